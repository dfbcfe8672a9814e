using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Keys of dialogs/en-US/plan.yaml.</summary>
[TextKeys]
public static class PlanTexts
{
    public const string WhichGoal = "plan.whichGoal";
    public const string NoGoals = "plan.noGoals";
    public const string GoalNotFound = "plan.goalNotFound";
    public const string StepNotFound = "plan.stepNotFound";
    public const string EditIntro = "plan.editIntro";
    public const string EditQuestion = "plan.editQuestion";
    public const string EditUnknown = "plan.editUnknown";
    public const string StepDone = "plan.stepDone";
    public const string NextStep = "plan.nextStep";
    public const string AllStepsDone = "plan.allStepsDone";
    public const string StepRemoved = "plan.stepRemoved";
    public const string StepMoved = "plan.stepMoved";
    public const string StepRenamed = "plan.stepRenamed";
    public const string StepAdded = "plan.stepAdded";
    public const string StepReopened = "plan.stepReopened";
    public const string DatePast = "plan.datePast";
    public const string DateAfterDeadline = "plan.dateAfterDeadline";
    public const string NoDate = "plan.noDate";
    public const string EditDone = "plan.editDone";
    public const string StepLine = "plan.stepLine";
    public const string StatusDone = "plan.statusDone";
    public const string StatusSkipped = "plan.statusSkipped";
    public const string GoalPaused = "plan.goalPaused";
    public const string GoalResumed = "plan.goalResumed";
    public const string GoalCompleted = "plan.goalCompleted";
    public const string GoalDropped = "plan.goalDropped";
    public const string StepSkipped = "plan.stepSkipped";
    public const string GoalRenamed = "plan.goalRenamed";
    public const string DeadlineChanged = "plan.deadlineChanged";
    public const string NoDeadlineDate = "plan.noDeadlineDate";
    public const string OfferRespace = "plan.offerRespace";
    public const string OfferRespaceShortTerm = "plan.offerRespaceShortTerm";
    public const string ShortTermDropped = "plan.shortTermDropped";
    public const string Respaced = "plan.respaced";
    public const string NotRespaced = "plan.notRespaced";
    public const string NothingToUndo = "plan.nothingToUndo";
    public const string Undone = "plan.undone";
    public const string ConfirmDrop = "plan.confirmDrop";
    public const string ConfirmComplete = "plan.confirmComplete";
    public const string ConfirmRenameDone = "plan.confirmRenameDone";
    public const string KeptAsItWas = "plan.keptAsItWas";
    public const string WhichGoalForStep = "plan.whichGoalForStep";
    public const string NameTheGoal = "plan.nameTheGoal";

    /// <summary>Yes or no before a change that is hard to take back, and to the offer to re-space the open steps.</summary>
    public static readonly ChoiceSet<ConfirmAnswer> ConfirmAnswers = new("plan.confirm");
}

/// <summary>The keys of <see cref="PlanTexts.ConfirmAnswers"/>.</summary>
public enum ConfirmAnswer { Yes, No }
