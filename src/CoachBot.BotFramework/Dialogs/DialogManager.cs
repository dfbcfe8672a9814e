using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.Text;
using Microsoft.Extensions.Logging;

namespace CoachBot.BotFramework.Dialogs;

/// <summary>What an interruption did, so the manager knows whether to ask the interrupted question again.</summary>
public enum InterruptionOutcome
{
    /// <summary>Answered on the side (help, "my plan"): the interrupted question is asked again.</summary>
    Resume,

    /// <summary>Changed the conversation (cancel, start over, a new dialog begun): nothing is re-asked.</summary>
    Handled,
}

/// <summary>
/// A command that works anywhere, even in the middle of a question: help, cancel, start over, and the global
/// commands that coaching adds (my plan, schedule, delete my data...).
/// </summary>
public sealed record DialogInterruption(
    string Name,
    Func<ITurnContext, bool> Matches,
    Func<DialogContext, CancellationToken, Task<InterruptionOutcome>> HandleAsync);

/// <summary>
/// Runs a turn on the dialog stack: checks the stored stack against the running dialogs (a stale stack after a
/// deployment is reset with a friendly message, never an exception), gives interruptions the first look at a
/// message, continues the active dialog, and calls <c>onIdle</c> when no dialog is active.
/// </summary>
public sealed class DialogManager(DialogSet dialogs, TextCatalog texts, ILogger<DialogManager>? logger = null)
{
    public DialogSet Dialogs { get; } = dialogs;

    /// <summary>Checked in order; the first that matches handles the message.</summary>
    public List<DialogInterruption> Interruptions { get; } = [];

    /// <summary>The understanding pipeline the prompts use (attached to each turn); the rules only when unset.</summary>
    public Understanding.Understander? Understanding { get; init; }

    public DialogContext CreateContext(ITurnContext turnContext) =>
        new(Dialogs, turnContext, turnContext.Record.DialogState.DialogStack, texts);

    public async Task<DialogTurnResult> OnTurnAsync(ITurnContext turnContext,
        Func<DialogContext, CancellationToken, Task<DialogTurnResult>> onIdle, CancellationToken cancellationToken)
    {
        if (Understanding is not null) BotFramework.Understanding.TurnUnderstanding.Attach(turnContext, Understanding);
        var dc = CreateContext(turnContext);
        try
        {
            dc.ValidateStack();
        }
        catch (DialogStackStaleException stale)
        {
            Reset(dc, stale);
        }

        if (turnContext.Activity.IsType(ActivityTypes.Message))
        {
            foreach (var interruption in Interruptions)
            {
                if (!interruption.Matches(turnContext)) continue;
                var outcome = await interruption.HandleAsync(dc, cancellationToken).ConfigureAwait(false);
                if (outcome == InterruptionOutcome.Resume && dc.ActiveDialog is not null)
                    await dc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
                return dc.ActiveDialog is null ? DialogTurnResult.Empty : DialogTurnResult.Waiting;
            }
        }

        try
        {
            var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
            return result.Status == DialogTurnStatus.Empty ? await onIdle(dc, cancellationToken).ConfigureAwait(false) : result;
        }
        catch (DialogStackStaleException stale)
        {
            // Found only when a dialog below the top resumed: the check above covers the frames it could see.
            Reset(dc, stale);
            return DialogTurnResult.Empty;
        }
    }

    private void Reset(DialogContext dc, DialogStackStaleException stale)
    {
        logger?.LogInformation("Dialog stack reset for a deployment change: {DialogId} no longer matches", stale.DialogId);
        dc.Stack.Clear();
        dc.Context.SendActivity(texts.Get(DialogTexts.Reset, dc.Context.Activity.Locale));
    }
}
