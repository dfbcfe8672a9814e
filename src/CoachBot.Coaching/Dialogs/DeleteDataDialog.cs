using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Dialogs;

/// <summary>"delete my data": asks to confirm, then every row the user has goes, in every backend, at the end of the turn.</summary>
public sealed class DeleteDataDialog : ComponentDialog
{
    public const string DialogId = "deleteData";
    private const string ConfirmId = "deleteData.confirm";

    private readonly Coach _coach;

    public DeleteDataDialog(Coach coach) : base(DialogId)
    {
        _coach = coach;
        AddDialog(new WaterfallDialog("deleteData.steps", [ConfirmAsync, DeleteAsync]));
        AddDialog(new ConfirmPrompt(ConfirmId));
    }

    private Task<DialogTurnResult> ConfirmAsync(WaterfallStepContext step, CancellationToken ct) =>
        step.PromptAsync(ConfirmId, new PromptOptions
        {
            Prompt = _coach.Text(step.Context, DataTexts.ConfirmDelete),
            AllowBack = false,
            AllowSkip = false,
            MaxAttempts = 2,
        }, ct);

    private async Task<DialogTurnResult> DeleteAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (step.Result is true)
        {
            step.Context.DeleteUserData();
            _coach.Say(step.Context, DataTexts.Deleted);
        }
        else
        {
            _coach.Say(step.Context, DataTexts.NotDeleted);
        }
        return await step.EndDialogAsync(null, ct);
    }
}
