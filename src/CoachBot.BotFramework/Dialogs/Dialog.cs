namespace CoachBot.BotFramework.Dialogs;

/// <summary>Why a dialog is resumed or ended, as in Bot Builder.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,
    EndCalled,
    ReplaceCalled,
    CancelCalled,
}

/// <summary>
/// A unit of conversation with an id, the Bot Builder lifecycle (begin, continue, resume, reprompt, end) and a
/// version. The version is recorded in every stack frame: a stored frame whose dialog changed after a deployment
/// is reset with a friendly message instead of being continued at a step that no longer means the same thing.
/// </summary>
public abstract class Dialog(string id)
{
    public string Id { get; } = string.IsNullOrWhiteSpace(id) ? throw new ArgumentException("A dialog needs an id.", nameof(id)) : id;

    /// <summary>Changes when the dialog's shape changes (its steps, its inner dialogs).</summary>
    public virtual string Version => "1";

    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken);

    /// <summary>The user answered while this dialog was on top. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.EndDialogAsync(null, cancellationToken);

    /// <summary>A child this dialog started has ended with <paramref name="result"/>. By default the dialog ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result,
        CancellationToken cancellationToken) =>
        dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the question again, e.g. after an interruption such as help.</summary>
    public virtual Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// Whether a stored frame of this dialog can be continued: false when its state no longer reads as this version
    /// expects (a frame of an older shape), so the stack is reset instead of failing mid-turn.
    /// </summary>
    public virtual bool CanContinue(DialogInstance instance) => true;

    /// <summary>The frame is leaving the stack (ended, replaced or cancelled).</summary>
    public virtual Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
