using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Builder;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;
using CoachBot.Coaching.Suggestions;
using CoachBot.Coaching.Views;

namespace CoachBot.Coaching.Commands;

/// <summary>
/// What each global command does. Commands that answer on the side (help, my plan, export, ai on/off, "done 2")
/// resume the interrupted question; commands that start something new (a goal, the self-assessment, delete) end
/// what was running first.
/// </summary>
public sealed class CommandHandler(CoachTexts texts, SuggestionService suggestions)
{
    private readonly PlanEditor _editor = new(texts);
    private readonly CheckInCommands _checkIns = new(texts);

    public async Task<InterruptionOutcome> HandleAsync(DialogContext dc, CoachCommand command, CancellationToken ct)
    {
        var context = dc.Context;
        var state = CoachTurn.State(context);
        if (WouldOpenTheScheduleOrACheckIn(command) && IsSettingAGoal(context))
        {
            // The schedule dialog or a check-in would end the goal dialog and its goal in progress: the goal comes first.
            texts.Say(context, GoalTexts.FinishFirstSchedule);
            return InterruptionOutcome.Resume;
        }
        if (CheckInCommands.Handles(command.Kind)) return await _checkIns.HandleAsync(dc, command, ct).ConfigureAwait(false);
        if (WouldOpenThePlanEditor(command, state) && IsSettingAGoal(context))
        {
            // The plan editor would end the goal dialog and its goal in progress with it: the goal comes first.
            texts.Say(context, GoalTexts.FinishFirst);
            return InterruptionOutcome.Resume;
        }
        if (command.Kind is CoachCommandKind.NewGoal or CoachCommandKind.SelfAssessment or CoachCommandKind.EditProfilePart)
        {
            // Asked already ("set a new goal" again at "leave it?"): that is the yes.
            if (dc.ActiveDialog?.Id == LeaveGoalDialog.DialogId)
            {
                await LeaveGoalDialog.LeaveAsync(dc, ct).ConfigureAwait(false);
                return InterruptionOutcome.Handled;
            }
            // A restart would end the goal dialog and its goal in progress with it: asked once, on top of it.
            if (IsSettingAGoal(context) && LeaveGoalDialog.GoalInProgress(dc) is { } goal)
            {
                await dc.BeginDialogAsync(LeaveGoalDialog.DialogId, (command, goal), ct).ConfigureAwait(false);
                return InterruptionOutcome.Handled;
            }
        }
        switch (command.Kind)
        {
            case CoachCommandKind.Help:
                SendMenu(context, CoachingTexts.Help);
                return InterruptionOutcome.Resume;
            case CoachCommandKind.MyPlan:
                context.SendActivity(MessageRenderer.Render(MyPlanView.Build(texts, context, state), context.Activity.ChannelId));
                return InterruptionOutcome.Resume;
            case CoachCommandKind.Export:
                await DataExport.SendAsync(texts, context, ct).ConfigureAwait(false);
                return InterruptionOutcome.Resume;
            case CoachCommandKind.AiOn or CoachCommandKind.AiOff:
                state.AiSuggestions = command.Kind == CoachCommandKind.AiOn;
                texts.Say(context, !suggestions.IsConfigured ? CoachingTexts.AiNotConfigured : state.AiSuggestions ? CoachingTexts.AiOn : CoachingTexts.AiOff);
                return InterruptionOutcome.Resume;
            case CoachCommandKind.Cancel:
                var had = dc.ActiveDialog is not null;
                await dc.CancelAllDialogsAsync(ct).ConfigureAwait(false);
                texts.Say(context, had ? CoachingTexts.Cancelled : CoachingTexts.NothingToCancel);
                return InterruptionOutcome.Handled;
            case CoachCommandKind.StartOver:
                await dc.CancelAllDialogsAsync(ct).ConfigureAwait(false);
                SendMenu(context, CoachingTexts.StartOver);
                return InterruptionOutcome.Handled;
            case CoachCommandKind.SelfAssessment or CoachCommandKind.EditProfilePart or CoachCommandKind.NewGoal:
                var (dialogId, options) = StartOf(command);
                return await RestartWithAsync(dc, dialogId, options, ct).ConfigureAwait(false);
            case CoachCommandKind.EditPlan:
                // With a change said ("undo", "change the deadline of goal 1 to ..."), the editor applies just that.
                return await RestartWithAsync(dc, PlanEditDialog.DialogId, new PlanEditState
                {
                    GoalId = GoalIdOf(state, command.Goal), Command = command.Text, OneShot = command.Text is not null,
                }, ct).ConfigureAwait(false);
            case CoachCommandKind.Delete:
                return await RestartWithAsync(dc, DeleteDataDialog.DialogId, null, ct).ConfigureAwait(false);
            case CoachCommandKind.StepDone:
                // Several goals and none named: the plan editor asks which goal's step is meant.
                if (command.Goal is null && state.ActiveGoals.Count() > 1)
                    return await RestartWithAsync(dc, PlanEditDialog.DialogId, new PlanEditState { Command = $"done {command.Step}", OneShot = true }, ct).ConfigureAwait(false);
                if (PickGoal(context, state, command.Goal) is { } goal)
                    _editor.Apply(context, goal, new PlanEditCommand(PlanEditKind.Done, new StepReference(command.Goal, command.Step ?? 0)));
                return InterruptionOutcome.Resume;
            case CoachCommandKind.CompleteGoal or CoachCommandKind.DropGoal:
                // Both ask to confirm first (completing only with open steps left): the plan editor asks, with keyed choices.
                var verb = command.Kind == CoachCommandKind.DropGoal ? "drop" : "complete";
                return await RestartWithAsync(dc, PlanEditDialog.DialogId, new PlanEditState
                {
                    GoalId = GoalIdOf(state, command.Goal), Command = $"{verb} goal {command.Goal}".TrimEnd(), OneShot = true,
                }, ct).ConfigureAwait(false);
            case CoachCommandKind.PauseGoal or CoachCommandKind.ResumeGoal:
                ChangeGoalStatus(context, state, command);
                return InterruptionOutcome.Resume;
            default:
                return InterruptionOutcome.Resume;
        }
    }

    /// <summary>A text with the main choices as buttons (suggested actions, Slack buttons, or a numbered list).</summary>
    public void SendMenu(ITurnContext context, string key) => SendMenuUnder(context, texts.Text(context, key));

    /// <summary>The main choices under a sentence already said in words (its placeholders filled).</summary>
    public void SendMenuUnder(ITurnContext context, string text)
    {
        context.SendActivity(ChoiceFactory.ForChannel(context.Activity, text, texts.Choices(context, CoachingTexts.Menu)));
    }

    /// <summary>The dialog a command that starts something begins, with its options.</summary>
    internal static (string DialogId, object? Options) StartOf(CoachCommand command) => command.Kind switch
    {
        CoachCommandKind.SelfAssessment => (SelfAssessmentDialog.DialogId, null),
        CoachCommandKind.EditProfilePart => (SelfAssessmentDialog.DialogId, SelfAssessmentDialog.OnlyPart(command.Part!)),
        _ => (GoalDialog.DialogId, new GoalDraft { Text = UserText.Clean(command.Text) }),
    };

    /// <summary>A command that starts something new: what was running ends first.</summary>
    internal static async Task<InterruptionOutcome> RestartWithAsync(DialogContext dc, string dialogId, object? options, CancellationToken ct)
    {
        await dc.CancelAllDialogsAsync(ct).ConfigureAwait(false);
        await dc.BeginDialogAsync(dialogId, options, ct).ConfigureAwait(false);
        return InterruptionOutcome.Handled;
    }

    /// <summary>A plan change that restarts into the plan editor (see the cases below), rather than one answered on the side.</summary>
    private static bool WouldOpenThePlanEditor(CoachCommand command, CoachingState state) => command.Kind switch
    {
        CoachCommandKind.EditPlan or CoachCommandKind.CompleteGoal or CoachCommandKind.DropGoal => true,
        CoachCommandKind.StepDone => command.Goal is null && state.ActiveGoals.Count() > 1,
        _ => false,
    };

    /// <summary>A check-in command that restarts into a dialog; pausing, snoozing or skipping answer on the side.</summary>
    private static bool WouldOpenTheScheduleOrACheckIn(CoachCommand command) =>
        command.Kind is CoachCommandKind.Schedule or CoachCommandKind.CheckInStart;

    /// <summary>A goal is being set: the goal dialog is somewhere on the stack.</summary>
    private static bool IsSettingAGoal(ITurnContext context) =>
        context.Record.DialogState.DialogStack.Any(frame => frame.Id == GoalDialog.DialogId);

    private static string? GoalIdOf(CoachingState state, int? number) =>
        number is { } n && PlanSteps.FindGoal(state, n) is { } goal ? goal.Id : null;

    /// <summary>The goal a command means: the one named, or the only active one.</summary>
    private Goal? PickGoal(ITurnContext context, CoachingState state, int? number)
    {
        if (number is { } n)
        {
            if (PlanSteps.FindGoal(state, n) is { } named) return named;
            texts.Say(context, PlanTexts.GoalNotFound, ("goal", n));
            return null;
        }
        var active = state.Goals.Where(g => g.Status == GoalStatus.Active).ToList();
        if (active.Count == 1) return active[0];
        texts.Say(context, active.Count == 0 ? PlanTexts.NoGoals : PlanTexts.NameTheGoal);
        return null;
    }

    private void ChangeGoalStatus(ITurnContext context, CoachingState state, CoachCommand command)
    {
        if (PickGoal(context, state, command.Goal) is not { } goal) return;
        var number = PlanSteps.Number(goal);
        switch (command.Kind)
        {
            case CoachCommandKind.PauseGoal:
                goal.Status = GoalStatus.Paused;
                texts.Say(context, PlanTexts.GoalPaused, ("goal", number));
                break;
            case CoachCommandKind.ResumeGoal:
                goal.Status = GoalStatus.Active;
                texts.Say(context, PlanTexts.GoalResumed, ("goal", number));
                GoalHours.WarnWhenOver(texts, context, state);
                break;
            case CoachCommandKind.CompleteGoal:
                goal.Status = GoalStatus.Completed;
                goal.CompletedOn = CoachTurn.Today(context);
                texts.Say(context, PlanTexts.GoalCompleted, ("goal", number), ("statement", goal.Statement));
                break;
            case CoachCommandKind.DropGoal:
                goal.Status = GoalStatus.Dropped;
                texts.Say(context, PlanTexts.GoalDropped, ("goal", number));
                break;
        }
    }
}
