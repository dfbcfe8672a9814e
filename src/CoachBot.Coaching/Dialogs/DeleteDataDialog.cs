using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Dialogs;

/// <summary>"delete my data": asks to confirm, then every row the user has goes, in every backend, at the end of the turn.</summary>
public sealed class DeleteDataDialog : ComponentDialog
{
    public const string DialogId = "deleteData";
    private const string ConfirmId = "deleteData.confirm";

    private readonly CoachTexts _texts;

    public DeleteDataDialog(CoachTexts texts) : base(DialogId)
    {
        _texts = texts;
        AddDialog(new WaterfallDialog("deleteData.steps", [AskConfirmAsync, DeleteIfConfirmedAsync]));
        AddDialog(new ConfirmPrompt(ConfirmId));
    }

    private Task<DialogTurnResult> AskConfirmAsync(WaterfallStepContext<NoState> step, CancellationToken ct) =>
        step.PromptAsync(ConfirmId, new PromptOptions
        {
            Prompt = _texts.Text(step.Context, DataTexts.ConfirmDelete),
            AllowBack = false,
            AllowSkip = false,
            MaxAttempts = 2,
            QuestionContext = PromptHelp.DeleteData,
        }, ct);

    private async Task<DialogTurnResult> DeleteIfConfirmedAsync(WaterfallStepContext<NoState> step, CancellationToken ct)
    {
        if (step.Result is true)
        {
            step.Context.DeleteUserData();
            _texts.Say(step.Context, DataTexts.Deleted);
        }
        else
        {
            _texts.Say(step.Context, DataTexts.NotDeleted);
        }
        return await step.EndDialogAsync(null, ct);
    }
}
