using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Conversation;

/// <summary>Keys of dialogs/en-US/asides.yaml: what the coach says to a message on the side of an open question.</summary>
[TextKeys]
public static class AsideTexts
{
    public const string Leaving = "asides.leaving";
    public const string Thanks = "asides.thanks";
    public const string Greeting = "asides.greeting";
    public const string Fillers = "asides.fillers";
    public const string AnswerPlaces = "asides.answerPlaces";
    public const string WhenReady = "asides.whenReady";
    public const string BackAgain = "asides.backAgain";
    public const string Welcome = "asides.welcome";
    public const string Goodbye = "asides.goodbye";
    public const string NextGoal = "asides.next.goal";
    public const string NextAssessment = "asides.next.assessment";
    public const string NextSchedule = "asides.next.schedule";
    public const string ThenStep = "asides.next.thenStep";
    public const string ThenGoalPlan = "asides.next.thenGoalPlan";
    public const string ThenFirstGoal = "asides.next.thenFirstGoal";
    public const string ThenPlan = "asides.next.thenPlan";
    public const string FirstGoalProgress = "asides.firstGoalProgress";
    public const string OfferLater = "asides.offerLater";
    public const string HeldYes = "asides.heldYes";
    public const string HeldNo = "asides.heldNo";
    public const string AnswerFeelings = "asides.answerFeelings";
    public const string OutsideKept = "asides.outsideKept";
    public const string OutsideKeptElsewhere = "asides.outsideKeptElsewhere";
    public const string GoalKept = "asides.goalKept";
    public const string GoalKeptUnread = "asides.goalKeptUnread";
    public const string GoalOffer = "asides.goalOffer";
    public const string GoalOfferUnread = "asides.goalOfferUnread";
}
