using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs.Prompts;

namespace CoachBot.BotFramework.Dialogs;

/// <summary>What a waterfall step sees: the turn, the previous step's result, and the dialog's typed state.</summary>
public sealed class WaterfallStepContext<TState> where TState : class, new()
{
    private readonly WaterfallDialog<TState> _parent;

    internal WaterfallStepContext(WaterfallDialog<TState> parent, DialogContext dc, TState state, int index, DialogReason reason, object? result)
    {
        _parent = parent;
        DialogContext = dc;
        State = state;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public DialogContext DialogContext { get; }

    public ITurnContext Context => DialogContext.Context;

    /// <summary>The dialog's state: change it in place; it is saved with the frame when the step returns.</summary>
    public TState State { get; }

    public int Index { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's result: a prompt's answer, a child dialog's result, or a <see cref="PromptSignal"/>.</summary>
    public object? Result { get; }

    /// <summary>True when the previous prompt was skipped, answered "not sure", or ran out of attempts.</summary>
    public bool Skipped => Result is PromptSignal { Kind: PromptSignalKind.Skip or PromptSignalKind.NotSure or PromptSignalKind.GaveUp };

    /// <summary>Goes straight to the next step with <paramref name="result"/>.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default) =>
        _parent.RunStepAsync(DialogContext, Index + 1, DialogReason.ContinueCalled, result, cancellationToken);

    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default) =>
        DialogContext.PromptAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);

    public Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default) =>
        DialogContext.EndDialogAsync(result, cancellationToken);

    /// <summary>Ends this dialog and starts another in its place; hand it <see cref="State"/> to carry the state on (a loop).</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default) =>
        DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);
}
