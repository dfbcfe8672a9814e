using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Dialogs;

/// <summary>One step of a waterfall: ask something (usually a prompt), or act on the previous step's answer.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TState>(WaterfallStepContext<TState> step, CancellationToken cancellationToken)
    where TState : class, new();

/// <summary>
/// A fixed sequence of steps, each receiving the previous step's result, as in Bot Builder, over a typed state
/// object. A step reads and changes <see cref="WaterfallStepContext{TState}.State"/>; the state is saved into the
/// frame (source-generated JSON, no type names) when the step returns, the way <c>TurnContext</c> properties are
/// saved into the record at the end of the turn, so nothing has to be written back by hand. The frame keeps the
/// step index and the state, so a conversation resumes at the same step after a restart. A prompt answered with
/// "back" runs the previous step again.
/// </summary>
/// <remarks>
/// The version is built from the step names and the state's stored shape (its JSON properties): adding, renaming or
/// reordering steps, or reshaping the state, makes stored frames stale, and <see cref="DialogManager"/> resets them
/// with the friendly sentence rather than read a frame that means something else now. A frame whose state cannot be
/// read is treated the same way.
/// </remarks>
public class WaterfallDialog<TState> : Dialog where TState : class, new()
{
    private const string StepIndexKey = "stepIndex";
    private const string StateKey = "state";

    private readonly JsonTypeInfo<TState> _stateType;
    private readonly List<WaterfallStep<TState>> _steps;
    private string? _version;

    public WaterfallDialog(string id, JsonTypeInfo<TState> stateType, IEnumerable<WaterfallStep<TState>> steps) : base(id)
    {
        _stateType = stateType;
        _steps = [.. steps];
    }

    public override string Version => _version ??= DialogVersion.Of(
        _steps.Select(s => s.Method.Name)
            .Prepend(Id)
            .Append("state:" + string.Join(",", _stateType.Properties.Select(p => p.Name + ":" + p.PropertyType.Name))));

    /// <summary>Starts with <paramref name="options"/> as the state when it is one (a loop hands its state on), else a new state.</summary>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var state = options switch
        {
            null => new TState(),
            TState given => given,
            _ => throw new ArgumentException($"Waterfall '{Id}' starts with a {typeof(TState).Name} or nothing, not a {options.GetType().Name}.", nameof(options)),
        };
        var instance = dc.ActiveDialog!;
        instance.LoadedState = state;
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
        var state = Load(instance);
        instance.State[StepIndexKey] = index;
        var step = new WaterfallStepContext<TState>(this, dc, state, index, reason, result);
        var turn = await _steps[index](step, cancellationToken).ConfigureAwait(false);
        // Saved even when the step ended or replaced the frame: a frame off the stack is simply not stored.
        instance.State[StateKey] = JsonSerializer.SerializeToNode(state, _stateType);
        return turn;
    }

    /// <summary>A stored frame continues only when its state reads as this dialog's state type (read once, kept for the turn).</summary>
    public override bool CanContinue(DialogInstance instance) => TryLoad(instance) is not null;

    /// <summary>The state of the frame: the object this turn already has, or the stored one, read once per turn.</summary>
    private TState Load(DialogInstance instance) =>
        TryLoad(instance) ?? throw new DialogStackStaleException(instance.Id, instance.Version, Version);

    private TState? TryLoad(DialogInstance instance)
    {
        if (instance.LoadedState is TState loaded) return loaded;
        try
        {
            var stored = instance.State[StateKey]?.Deserialize(_stateType);
            instance.LoadedState = stored;
            return stored;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int CurrentIndex(DialogInstance instance) => instance.State[StepIndexKey]?.GetValue<int>() ?? 0;
}

/// <summary>A waterfall that keeps nothing between its steps but their results.</summary>
public sealed class WaterfallDialog(string id, IEnumerable<WaterfallStep<NoState>> steps)
    : WaterfallDialog<NoState>(id, DialogJsonContext.Default.NoState, steps);
