using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Dialogs;

/// <summary>One step of a waterfall: ask something (usually a prompt), or act on the previous step's answer.</summary>
public delegate Task<DialogTurnResult> WaterfallStep(WaterfallStepContext step, CancellationToken cancellationToken);

/// <summary>
/// A fixed sequence of steps, each receiving the previous step's result, as in Bot Builder. Its frame keeps the
/// step index, the options it was started with and a bag of values, so a conversation resumes at the same step
/// after a restart. A prompt answered with "back" runs the previous step again.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string StepIndexKey = "stepIndex";
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";

    private readonly List<WaterfallStep> _steps = [];
    private string? _version;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep>? steps = null) : base(id)
    {
        if (steps is not null) _steps.AddRange(steps);
    }

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step);
        _version = null;
        return this;
    }

    /// <summary>Built from the step names: adding, removing, renaming or reordering steps makes stored frames stale.</summary>
    public override string Version => _version ??= DialogVersion.Of(_steps.Select(s => s.Method.Name).Prepend(Id));

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var state = dc.ActiveDialog!.State;
        state[StepIndexKey] = 0;
        state[ValuesKey] = new JsonObject();
        state[OptionsKey] = ToNode(options);
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message arrived while no prompt of this waterfall was waiting: the text is the step's result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.Context.Activity.IsType(ActivityTypes.Message)
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken)
            : Task.FromResult(DialogTurnResult.Waiting);

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result,
        CancellationToken cancellationToken)
    {
        var index = CurrentIndex(dc.ActiveDialog!);
        // "back" at a prompt: run the step before the one that asked, so its question is asked again. At the first
        // step there is no step before: the next step gets the signal and decides (e.g. a loop goes to its previous round).
        var back = result is PromptSignal { Kind: PromptSignalKind.Back } && index > 0;
        return back
            ? RunStepAsync(dc, index - 1, reason, null, cancellationToken)
            : RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result,
        CancellationToken cancellationToken)
    {
        if (index >= _steps.Count) return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        var instance = dc.ActiveDialog!;
        instance.State[StepIndexKey] = index;
        var step = new WaterfallStepContext(this, dc, instance.State[OptionsKey], (JsonObject)instance.State[ValuesKey]!, index, reason, result);
        return await _steps[index](step, cancellationToken).ConfigureAwait(false);
    }

    internal void SetOptions(DialogContext dc, object? options) => dc.ActiveDialog!.State[OptionsKey] = ToNode(options);

    private static int CurrentIndex(DialogInstance instance) => instance.State[StepIndexKey]?.GetValue<int>() ?? 0;

    private static JsonNode? ToNode(object? options) => options switch
    {
        null => null,
        JsonNode node => node.DeepClone(),
        _ => JsonSerializer.SerializeToNode(options, options.GetType(), DialogJson.Options),
    };
}
