using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;
using CoachBot.Coaching.Views;

namespace CoachBot.Coaching.Dialogs;

/// <summary>
/// "edit plan": pick the goal (when there are several), then a loop of changes typed in plain words until the user
/// says "finished". Each change is applied and confirmed at once, so stopping halfway loses nothing.
/// </summary>
public sealed class PlanEditDialog : ComponentDialog
{
    public const string DialogId = "planEdit";
    private const string PickGoalId = "planEdit.pick";
    private const string LoopId = "planEdit.loop";
    private const string ChoicePromptId = "planEdit.choice";
    private const string TextPromptId = "planEdit.text";

    private readonly Coach _coach;
    private readonly PlanEditor _editor;

    public PlanEditDialog(Coach coach) : base(DialogId)
    {
        _coach = coach;
        _editor = new PlanEditor(coach);
        AddDialog(new WaterfallDialog(PickGoalId, [PickGoalAsync, StartEditingAsync]));
        AddDialog(new WaterfallDialog(LoopId, [ShowAndAskAsync, ApplyAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new TextPrompt(TextPromptId));
        InitialDialogId = PickGoalId;
    }

    public sealed record EditOptions(string? GoalId = null);

    private async Task<DialogTurnResult> PickGoalAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var state = Coach.State(context);
        var goalId = step.GetOptions<EditOptions>()?.GoalId;
        var goals = state.Goals.Where(g => g.Status is GoalStatus.Active or GoalStatus.Paused).ToList();
        if (goalId is not null || goals.Count == 1) return await step.NextAsync(goalId ?? goals[0].Id, ct);
        if (goals.Count == 0)
        {
            _coach.Say(context, PlanTexts.NoGoals);
            return await step.EndDialogAsync(null, ct);
        }
        var choices = goals.Select(g => new Choice(g.Statement, [PlanSteps.Number(g).ToString(), "goal " + PlanSteps.Number(g)])).ToList();
        return await step.PromptAsync(ChoicePromptId, new PromptOptions { Prompt = _coach.Text(context, PlanTexts.WhichGoal), Choices = choices }, ct);
    }

    private Task<DialogTurnResult> StartEditingAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var state = Coach.State(step.Context);
        var goalId = step.Result switch
        {
            string id => id,
            FoundChoice choice => state.Goals.Where(g => g.Status is GoalStatus.Active or GoalStatus.Paused).ElementAt(choice.Index).Id,
            _ => null,
        };
        return goalId is null ? step.EndDialogAsync(null, ct) : step.ReplaceDialogAsync(LoopId, new EditOptions(goalId), ct);
    }

    private async Task<DialogTurnResult> ShowAndAskAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var goal = Goal(step);
        if (goal is null) return await step.EndDialogAsync(null, ct);
        context.SendActivity(MessageRenderer.Render(PlanView.ForGoal(_coach, context, goal), context.Activity.ChannelId));
        return await step.PromptAsync(TextPromptId, new PromptOptions
        {
            Prompt = _coach.Text(context, PlanTexts.EditQuestion),
            MaxLength = 300,
            AllowBack = false,
            AllowSkip = false,
        }, ct);
    }

    private async Task<DialogTurnResult> ApplyAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var goal = Goal(step)!;
        var command = step.Result is string text ? PlanEditCommand.Parse(text) : new PlanEditCommand(PlanEditKind.Finish);
        if (command is null)
        {
            _coach.Say(context, PlanTexts.EditUnknown);
        }
        else if (command.Kind == PlanEditKind.Finish)
        {
            _coach.Say(context, PlanTexts.EditDone);
            return await step.EndDialogAsync(goal.Id, ct);
        }
        else
        {
            _editor.Apply(context, goal, command);
        }
        return await step.ReplaceDialogAsync(LoopId, step.GetOptions<EditOptions>(), ct);
    }

    private static Goal? Goal(WaterfallStepContext step) =>
        Coach.State(step.Context).Goals.FirstOrDefault(g => g.Id == step.GetOptions<EditOptions>()?.GoalId);
}
