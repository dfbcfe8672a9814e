using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Dialogs;

/// <summary>
/// One level of the dialog stack during a turn: begin, continue, end, replace and cancel dialogs with Bot Builder's
/// semantics. The stack is the user's persisted <see cref="DialogState"/> (index 0 on top), so every change here is
/// saved with the user's record at the end of the turn.
/// </summary>
public sealed class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext context, List<DialogInstance> stack, TextCatalog texts, DialogContext? parent = null)
    {
        Dialogs = dialogs;
        Context = context;
        Stack = stack;
        Texts = texts;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    public List<DialogInstance> Stack { get; }

    /// <summary>Where prompts and dialogs find their sentences.</summary>
    public TextCatalog Texts { get; }

    /// <summary>The context of the component dialog this level runs in, if any.</summary>
    public DialogContext? Parent { get; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Finds a dialog at this level or in the levels around it.</summary>
    public Dialog? FindDialog(string id) => Dialogs.Find(id) ?? Parent?.FindDialog(id);

    /// <summary>Pushes the dialog on the stack and starts it.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with id '{dialogId}' is reachable from here.");
        Stack.Insert(0, new DialogInstance { Id = dialogId, Version = dialog.Version });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Starts a prompt: the same as <see cref="BeginDialogAsync"/> with prompt options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, Prompts.PromptOptions options, CancellationToken cancellationToken = default) =>
        BeginDialogAsync(dialogId, options, cancellationToken);

    /// <summary>Hands the user's message to the dialog on top; Empty when nothing is active.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is null ? Task.FromResult(DialogTurnResult.Empty) : ActiveDialogOrStale().ContinueDialogAsync(this, cancellationToken);

    /// <summary>Pops the dialog on top and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        if (ActiveDialog is null) return new DialogTurnResult(DialogTurnStatus.Complete, result);
        return await ActiveDialogOrStale().ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the dialog on top and starts another in its place (a loop without a growing stack).</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await PopAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Empties this level of the stack, letting each dialog clean up.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0) return DialogTurnResult.Empty;
        while (Stack.Count > 0) await PopAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active question again (after help or another interruption).</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default) =>
        ActiveDialog is { } instance ? ActiveDialogOrStale().RepromptDialogAsync(this, instance, cancellationToken) : Task.CompletedTask;

    /// <summary>
    /// Checks every frame, inner stacks included, against the dialogs running now.
    /// </summary>
    /// <exception cref="DialogStackStaleException">A frame's dialog is gone, has another version, or cannot read the frame.</exception>
    public void ValidateStack()
    {
        foreach (var frame in Stack)
        {
            var dialog = FindDialog(frame.Id);
            if (dialog is null || dialog.Version != frame.Version || !dialog.CanContinue(frame))
                throw new DialogStackStaleException(frame.Id, frame.Version, dialog?.Version);
            if (dialog is ComponentDialog component) component.CreateInnerContext(this, frame).ValidateStack();
        }
    }

    private async Task PopAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } instance) return;
        if (FindDialog(instance.Id) is { } dialog)
            await dialog.EndDialogAsync(this, instance, reason, cancellationToken).ConfigureAwait(false);
        Stack.Remove(instance);
    }

    private Dialog ActiveDialogOrStale()
    {
        var instance = ActiveDialog!;
        var dialog = FindDialog(instance.Id);
        if (dialog is null || dialog.Version != instance.Version)
            throw new DialogStackStaleException(instance.Id, instance.Version, dialog?.Version);
        return dialog;
    }
}
