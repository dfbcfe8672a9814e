using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs.Prompts;

namespace CoachBot.BotFramework.Dialogs;

/// <summary>What a waterfall step sees: the turn, the previous step's result, the dialog's options and values.</summary>
public sealed class WaterfallStepContext
{
    private readonly WaterfallDialog _parent;

    internal WaterfallStepContext(WaterfallDialog parent, DialogContext dc, JsonNode? options, JsonObject values, int index,
        DialogReason reason, object? result)
    {
        _parent = parent;
        DialogContext = dc;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public DialogContext DialogContext { get; }

    public ITurnContext Context => DialogContext.Context;

    /// <summary>The options the waterfall was started with, as JSON (see <see cref="GetOptions{T}"/>).</summary>
    public JsonNode? Options { get; }

    /// <summary>Values kept across this waterfall's steps, saved with the user's record.</summary>
    public JsonObject Values { get; }

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's result: a prompt's answer, a child dialog's result, or a <see cref="PromptSignal"/>.</summary>
    public object? Result { get; }

    /// <summary>True when the previous prompt was skipped, answered "not sure", or ran out of attempts.</summary>
    public bool Skipped => Result is PromptSignal { Kind: PromptSignalKind.Skip or PromptSignalKind.NotSure or PromptSignalKind.GaveUp };

    public T? GetOptions<T>() => Options is null ? default : Options.Deserialize<T>(DialogJson.Options);

    public T? GetValue<T>(string name) => Values[name] is { } node ? node.Deserialize<T>(DialogJson.Options) : default;

    public void SetValue<T>(string name, T value) =>
        Values[name] = value is null ? null : JsonSerializer.SerializeToNode(value, DialogJson.Options);

    /// <summary>Replaces the options the remaining steps of this waterfall see (saved with the frame).</summary>
    public void SetOptions(object? options) => _parent.SetOptions(DialogContext, options);

    /// <summary>Goes straight to the next step with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default) =>
        _parent.RunStepAsync(DialogContext, Index + 1, DialogReason.ContinueCalled, result, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
