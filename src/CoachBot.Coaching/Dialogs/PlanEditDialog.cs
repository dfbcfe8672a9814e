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

/// <summary>What a change waits on: a yes before it is applied, or a yes to re-space the open steps after it.</summary>
public enum PendingEdit { Confirm, Respace }

/// <summary>
/// Which goal "edit plan" works on (null until the user picked one), and a change to apply first: a command said
/// anywhere ("done 1" with several goals, "drop goal 2", "change the deadline of goal 1 to ..."). A <see cref="OneShot"/>
/// edit applies that change (asking what it must ask) and ends, rather than staying in the editing loop.
/// </summary>
public sealed class PlanEditState
{
    public string? GoalId { get; set; }

    /// <summary>The change to apply first, as the user said it.</summary>
    public string? Command { get; set; }

    public bool OneShot { get; set; }

    /// <summary>The change waiting on a yes, as the user said it, with what it waits for.</summary>
    public string? Pending { get; set; }

    public PendingEdit? PendingKind { get; set; }

    /// <summary>The goal the pending change applies to (it may name another goal than the one edited).</summary>
    public string? PendingGoalId { get; set; }
}

/// <summary>
/// "edit plan": pick the goal (when there are several), then a loop of changes typed in plain words until the user
/// says "finished". Each change is applied and confirmed at once, so stopping halfway loses nothing. Changes that are
/// hard to take back ask first; a new deadline offers to spread the open steps again.
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
            [ShowPlanAskChangeAsync, ApplyChangeAsync, ApplyConfirmedChangeAsync]));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new TextPrompt(TextPromptId));
        InitialDialogId = PickGoalId;
    }

    private async Task<DialogTurnResult> AskWhichGoalAsync(WaterfallStepContext<PlanEditState> step, CancellationToken ct)
    {
        var context = step.Context;
        var state = CoachTurn.State(context);
        var goals = Editable(state).ToList();
        // A change that names its goal ("drop goal 2", "2.1") needs no pick; "undo" knows its goal.
        if (step.State.GoalId is null && PlanEditCommand.Parse(step.State.Command) is { } first)
        {
            if (first.Kind == PlanEditKind.Undo && state.Undo is { } undo) step.State.GoalId = undo.GoalId;
            else if ((first.Goal ?? first.Step.Goal) is { } named)
            {
                if (PlanSteps.FindGoal(state, named) is not { } goal)
                {
                    _texts.Say(context, PlanTexts.GoalNotFound, ("goal", named));
                    return await step.EndDialogAsync(null, ct);
                }
                step.State.GoalId = goal.Id;
            }
            else if (first.Kind == PlanEditKind.Undo)
            {
                _texts.Say(context, PlanTexts.NothingToUndo);
                return await step.EndDialogAsync(null, ct);
            }
        }
        if (step.State.GoalId is null && goals.Count == 1) step.State.GoalId = goals[0].Id;
        if (step.State.GoalId is not null) return await step.NextAsync(null, ct);
        if (goals.Count == 0)
        {
            _texts.Say(context, PlanTexts.NoGoals);
            return await step.EndDialogAsync(null, ct);
        }
        // The goal's id is the choice's key: the list may come in any order, and a number said means its goal.
        var choices = goals.Select(g => new Choice(g.Id, g.Statement, [PlanSteps.Number(g).ToString(), "goal " + PlanSteps.Number(g)])).ToList();
        var prompt = PlanEditCommand.Parse(step.State.Command) is { Kind: PlanEditKind.Done } done
            ? _texts.Text(context, PlanTexts.WhichGoalForStep, ("step", done.Step.Step))
            : _texts.Text(context, PlanTexts.WhichGoal);
        return await step.PromptAsync(ChoicePromptId, new PromptOptions { Prompt = prompt, Choices = choices, QuestionContext = PromptHelp.WhichGoal }, ct);
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
        if (step.State.Command is { } first)
        {
            // The change said with the command comes first, without showing the plan again.
            step.State.Command = null;
            return await step.NextAsync(first, ct);
        }
        context.SendActivity(MessageRenderer.Render(PlanView.ForGoal(_texts, context, goal), context.Activity.ChannelId));
        return await step.PromptAsync(TextPromptId, new PromptOptions
        {
            Prompt = _texts.Text(context, PlanTexts.EditQuestion),
            MaxLength = 300,
            AllowBack = false,
            AllowSkip = false,
            QuestionContext = PromptHelp.EditPlan,
        }, ct);
    }

    private async Task<DialogTurnResult> ApplyChangeAsync(WaterfallStepContext<PlanEditState> step, CancellationToken ct)
    {
        var context = step.Context;
        var goal = Goal(step)!;
        var command = step.Result is string text ? PlanEditCommand.Parse(text) : new PlanEditCommand(PlanEditKind.Finish);
        if (command is null)
        {
            _texts.Say(context, PlanTexts.EditUnknown);
            return await NextRoundAsync(step, ct);
        }
        if (command.Kind == PlanEditKind.Finish)
        {
            _texts.Say(context, PlanTexts.EditDone);
            return await step.EndDialogAsync(goal.Id, ct);
        }
        if (GoalNamed(context, goal, command) is not { } target)
        {
            _texts.Say(context, PlanTexts.GoalNotFound, ("goal", command.Goal ?? command.Step.Goal));
            return await NextRoundAsync(step, ct);
        }
        var result = _editor.Apply(context, target, command);
        return await AskWhatTheChangeNeedsAsync(step, target, (string)step.Result!, result, ct);
    }

    private async Task<DialogTurnResult> ApplyConfirmedChangeAsync(WaterfallStepContext<PlanEditState> step, CancellationToken ct)
    {
        var context = step.Context;
        var state = step.State;
        var yes = PlanTexts.ConfirmAnswers.Read(step.Result) == ConfirmAnswer.Yes;
        var target = CoachTurn.State(context).Goals.FirstOrDefault(g => g.Id == state.PendingGoalId);
        var (pending, kind) = (state.Pending, state.PendingKind);
        state.Pending = null;
        state.PendingKind = null;
        state.PendingGoalId = null;
        if (target is null || pending is null) return await NextRoundAsync(step, ct);
        if (kind == PendingEdit.Respace)
        {
            if (yes) _editor.Respace(context, target);
            else _texts.Say(context, PlanTexts.NotRespaced);
            return await NextRoundAsync(step, ct);
        }
        if (!yes)
        {
            _texts.Say(context, PlanTexts.KeptAsItWas);
            return await NextRoundAsync(step, ct);
        }
        var result = _editor.Apply(context, target, PlanEditCommand.Parse(pending)!, confirmed: true);
        return await AskWhatTheChangeNeedsAsync(step, target, pending, result, ct);
    }

    /// <summary>A yes first (or a re-spacing offer after), with keyed choices; otherwise on to the next change.</summary>
    private async Task<DialogTurnResult> AskWhatTheChangeNeedsAsync(WaterfallStepContext<PlanEditState> step, Goal target, string said,
        EditResult result, CancellationToken ct)
    {
        if (result.Outcome is EditOutcome.NeedsConfirmation or EditOutcome.OfferRespace)
        {
            step.State.Pending = said;
            step.State.PendingKind = result.Outcome == EditOutcome.NeedsConfirmation ? PendingEdit.Confirm : PendingEdit.Respace;
            step.State.PendingGoalId = target.Id;
            return await step.PromptAsync(ChoicePromptId, new PromptOptions
            {
                Prompt = result.Question!,
                Choices = [.. _texts.Choices(step.Context, PlanTexts.ConfirmAnswers)],
                AllowBack = false,
                AllowSkip = false,
                QuestionContext = PromptHelp.ConfirmEdit,
                MaxAttempts = 2,
            }, ct);
        }
        return await NextRoundAsync(step, ct);
    }

    /// <summary>Back to "what would you like to change?", or the end for a change said anywhere.</summary>
    private Task<DialogTurnResult> NextRoundAsync(WaterfallStepContext<PlanEditState> step, CancellationToken ct) =>
        step.State.OneShot ? step.EndDialogAsync(step.State.GoalId, ct) : step.ReplaceDialogAsync(LoopId, step.State, ct);

    /// <summary>"done 2.1" and "rename goal 2 to ..." name their goal; "done 2" means the goal being edited.</summary>
    private static Goal? GoalNamed(ITurnContext context, Goal edited, PlanEditCommand command) =>
        (command.Goal ?? command.Step.Goal) is { } number ? PlanSteps.FindGoal(CoachTurn.State(context), number) : edited;

    private static IEnumerable<Goal> Editable(CoachingState state) => state.Goals.Where(g => g.Status is GoalStatus.Active or GoalStatus.Paused);

    private static Goal? Goal(WaterfallStepContext<PlanEditState> step) =>
        CoachTurn.State(step.Context).Goals.FirstOrDefault(g => g.Id == step.State.GoalId);
}
