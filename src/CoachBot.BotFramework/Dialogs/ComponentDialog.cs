namespace CoachBot.BotFramework.Dialogs;

/// <summary>
/// A dialog made of dialogs, with its own inner stack kept in its frame: the way to package a conversation
/// (self-assessment, goal refinement) so the rest of the bot starts it by one id.
/// </summary>
public abstract class ComponentDialog(string id) : Dialog(id)
{
    private string? _version;

    public DialogSet Dialogs { get; } = new();

    /// <summary>The inner dialog started when the component begins; the first one added unless set.</summary>
    public string? InitialDialogId { get; protected set; }

    /// <summary>Changes when any inner dialog's id or version changes, so a deployment that reshapes it resets old stacks.</summary>
    public override string Version => _version ??= DialogVersion.Of([Id, Dialogs.Version]);

    protected ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        _version = null;
        return this;
    }

    public DialogContext CreateInnerContext(DialogContext outer, DialogInstance instance) =>
        new(Dialogs, outer.Context, instance.InnerStack ??= [], outer.Texts, outer);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc, dc.ActiveDialog!);
        var result = await inner.BeginDialogAsync(InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs."),
            options, cancellationToken).ConfigureAwait(false);
        return await EndWhenInnerEndsAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var inner = CreateInnerContext(dc, dc.ActiveDialog!);
        var result = await inner.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return await EndWhenInnerEndsAsync(dc, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A dialog this component started on the outer stack ended: ask the inner question again and wait.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result,
        CancellationToken cancellationToken)
    {
        await RepromptDialogAsync(dc, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return DialogTurnResult.Waiting;
    }

    public override Task RepromptDialogAsync(DialogContext dc, DialogInstance instance, CancellationToken cancellationToken) =>
        CreateInnerContext(dc, instance).RepromptDialogAsync(cancellationToken);

    public override async Task EndDialogAsync(DialogContext dc, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
    {
        if (reason == DialogReason.CancelCalled)
            await CreateInnerContext(dc, instance).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
    }

    private static Task<DialogTurnResult> EndWhenInnerEndsAsync(DialogContext dc, DialogTurnResult inner, CancellationToken cancellationToken) =>
        inner.Status switch
        {
            DialogTurnStatus.Complete => dc.EndDialogAsync(inner.Result, cancellationToken),
            DialogTurnStatus.Cancelled or DialogTurnStatus.Empty => dc.EndDialogAsync(null, cancellationToken),
            _ => Task.FromResult(DialogTurnResult.Waiting),
        };
}
