using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Library;

/// <summary>Keys of dialogs/en-US/library.yaml that the code names; the topics themselves are named by the data (library.topics.&lt;key&gt;.*).</summary>
[TextKeys]
public static class LibraryTexts
{
    public static readonly string TopicsPrefix = "library.topics.";
    public static readonly string OutsidePrefix = "library.outside.";
    public const string OutsideNearest = "library.outsideNearest";
    public const string OutsideNone = "library.outsideNone";
    public const string OutsideProfessional = "library.outsideProfessional";
    public const string Offer = "library.offer";
    public const string OfferNoGoal = "library.offerNoGoal";
    public const string OfferGoalGone = "library.offerGoalGone";
    public const string OfferAdded = "library.offerAdded";
    public const string OfferDeclined = "library.offerDeclined";
    public const string OfferAbout = "library.offerAbout";
    public const string OfferAboutGoal = "library.offerAboutGoal";
    public const string OfferAboutAssessment = "library.offerAboutAssessment";
    public const string OfferAgain = "library.offerAgain";
    public const string OfferAgainGoal = "library.offerAgainGoal";
    public const string OfferAgainNamedGoal = "library.offerAgainNamedGoal";
    public const string OfferAgainAssessment = "library.offerAgainAssessment";
    public const string OfferLaterWords = "library.offerLaterWords";
    public const string OfferUnsureWords = "library.offerUnsureWords";
    public const string OfferLater = "library.offerLater";
    public const string OfferUnsure = "library.offerUnsure";
    public const string AskingCues = "library.askingCues";
    public const string Again = "library.again";
    public const string RoleQuestionLeads = "library.roleQuestion.leads";
    public const string RoleQuestionTails = "library.roleQuestion.tails";
    public const string RoleQuestionAnswer = "library.roleQuestion.answer";
    public const string RoleQuestionAnswerNoSkills = "library.roleQuestion.answerNoSkills";
    public const string RoleQuestionOffer = "library.roleQuestion.offer";

    public const string NextStepWords = "library.plan.nextStepWords";
    public const string ProgressWords = "library.plan.progressWords";
    public const string DueSoonWords = "library.plan.dueSoonWords";
    public const string NextStep = "library.plan.nextStep";
    public const string NextStepWhy = "library.plan.nextStepWhy";
    public const string NextStepOverdue = "library.plan.nextStepOverdue";
    public const string NoSteps = "library.plan.noSteps";
    public const string NextNoProfile = "library.plan.nextNoProfile";
    public const string NextNoGoal = "library.plan.nextNoGoal";
    public const string NextNoGoalSuggested = "library.plan.nextNoGoalSuggested";
    public const string StrayAnswers = "library.strayAnswers";
    public const string StrayAnswersNoGoal = "library.strayAnswersNoGoal";
    public const string WorkNames = "library.workNames";
    public const string CurrentRoleCues = "library.currentRoleCues";
    public const string PersonalMove = "library.topics.careerChange.personalMove";
    public const string PersonalMoveNoShared = "library.topics.careerChange.personalMoveNoShared";
    public const string OfferMove = "library.topics.careerChange.offerMove";
    public const string PersonalMoveNoFrom = "library.topics.careerChange.personalMoveNoFrom";
    public const string MoveGoal = "library.topics.careerChange.moveGoal";
    public const string ProgressGoal = "library.plan.progressGoal";
    public const string DaysLeft = "library.plan.daysLeft";
    public const string DueToday = "library.plan.dueToday";
    public const string PastDeadline = "library.plan.pastDeadline";
    public const string NoDeadline = "library.plan.noDeadline";
    public const string Streak = "library.plan.streak";
    public const string NoStreak = "library.plan.noStreak";
    public const string NoStreakNoSchedule = "library.plan.noStreakNoSchedule";
    public const string NoGoals = "library.plan.noGoals";
    public const string DueSoonTitle = "library.plan.dueSoonTitle";
    public const string DueSoonItem = "library.plan.dueSoonItem";
    public const string OverdueItem = "library.plan.overdueItem";
    public const string NothingDue = "library.plan.nothingDue";
    public const string NothingAtAll = "library.plan.nothingAtAll";
}
