using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;
using CoachBot.Coaching.Views;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Which goal "edit plan" works on; null until the user picked one.</summary>
public sealed class PlanEditState
{
    public string? GoalId { get; set; }
}

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

    private readonly CoachTexts _texts;
    private readonly PlanEditor _editor;

    public PlanEditDialog(CoachTexts texts) : base(DialogId)
    {
        _texts = texts;
        _editor = new PlanEditor(texts);
        AddDialog(new WaterfallDialog<PlanEditState>(PickGoalId, DialogStateJsonContext.Default.PlanEditState,
            [AskWhichGoalAsync, SaveGoalStartEditingAsync]));
        AddDialog(new WaterfallDialog<PlanEditState>(LoopId, DialogStateJsonContext.Default.PlanEditState,
            [ShowPlanAskChangeAsync, ApplyChangeAskNextAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new TextPrompt(TextPromptId));
        InitialDialogId = PickGoalId;
    }

    private async Task<DialogTurnResult> AskWhichGoalAsync(WaterfallStepContext<PlanEditState> step, CancellationToken ct)
    {
        var context = step.Context;
        var goals = Editable(CoachTurn.State(context)).ToList();
        if (step.State.GoalId is null && goals.Count == 1) step.State.GoalId = goals[0].Id;
        if (step.State.GoalId is not null) return await step.NextAsync(null, ct);
        if (goals.Count == 0)
        {
            _texts.Say(context, PlanTexts.NoGoals);
            return await step.EndDialogAsync(null, ct);
        }
        // The goal's id is the choice's key: the list may come in any order, and a number said means its goal.
        var choices = goals.Select(g => new Choice(g.Id, g.Statement, [PlanSteps.Number(g).ToString(), "goal " + PlanSteps.Number(g)])).ToList();
        return await step.PromptAsync(ChoicePromptId, new PromptOptions { Prompt = _texts.Text(context, PlanTexts.WhichGoal), Choices = choices }, ct);
    }

    private Task<DialogTurnResult> SaveGoalStartEditingAsync(WaterfallStepContext<PlanEditState> step, CancellationToken ct)
    {
        if (step.Result is FoundChoice picked) step.State.GoalId = picked.Key;
        return step.State.GoalId is null ? step.EndDialogAsync(null, ct) : step.ReplaceDialogAsync(LoopId, step.State, ct);
    }

    private async Task<DialogTurnResult> ShowPlanAskChangeAsync(WaterfallStepContext<PlanEditState> step, CancellationToken ct)
    {
        var context = step.Context;
        if (Goal(step) is not { } goal) return await step.EndDialogAsync(null, ct);
        context.SendActivity(MessageRenderer.Render(PlanView.ForGoal(_texts, context, goal), context.Activity.ChannelId));
        return await step.PromptAsync(TextPromptId, new PromptOptions
        {
            Prompt = _texts.Text(context, PlanTexts.EditQuestion),
            MaxLength = 300,
            AllowBack = false,
            AllowSkip = false,
        }, ct);
    }

    private async Task<DialogTurnResult> ApplyChangeAskNextAsync(WaterfallStepContext<PlanEditState> step, CancellationToken ct)
    {
        var context = step.Context;
        var goal = Goal(step)!;
        var command = step.Result is string text ? PlanEditCommand.Parse(text) : new PlanEditCommand(PlanEditKind.Finish);
        if (command is null)
        {
            _texts.Say(context, PlanTexts.EditUnknown);
        }
        else if (command.Kind == PlanEditKind.Finish)
        {
            _texts.Say(context, PlanTexts.EditDone);
            return await step.EndDialogAsync(goal.Id, ct);
        }
        else if (GoalNamed(context, goal, command.Step) is { } target)
        {
            _editor.Apply(context, target, command);
        }
        else
        {
            _texts.Say(context, PlanTexts.GoalNotFound, ("goal", command.Step.Goal));
        }
        return await step.ReplaceDialogAsync(LoopId, step.State, ct);
    }

    /// <summary>"done 2.1" names its goal; "done 2" means the goal being edited.</summary>
    private static Goal? GoalNamed(ITurnContext context, Goal edited, StepReference step) =>
        step.Goal is { } number ? PlanSteps.FindGoal(CoachTurn.State(context), number) : edited;

    private static IEnumerable<Goal> Editable(CoachingState state) => state.Goals.Where(g => g.Status is GoalStatus.Active or GoalStatus.Paused);

    private static Goal? Goal(WaterfallStepContext<PlanEditState> step) =>
        CoachTurn.State(step.Context).Goals.FirstOrDefault(g => g.Id == step.State.GoalId);
}
