using CoachBot.BotFramework.Text;
using CoachBot.Coaching.CheckIns;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Keys of dialogs/en-US/reflection.yaml.</summary>
[TextKeys]
public static class ReflectionTexts
{
    /// <summary>How the current step is going.</summary>
    public static readonly ChoiceSet<ReflectionProgress> Progress = new("reflection.progress");

    /// <summary>What would help with a step that slipped.</summary>
    public static readonly ChoiceSet<StepFix> Fixes = new("reflection.fix");

    public const string Intro = "reflection.intro";
    public const string NoGoals = "reflection.noGoals";
    public const string AskProgress = "reflection.askProgress";
    public const string OnTrack = "reflection.onTrack";
    public const string AskFix = "reflection.askFix";
    public const string AskFixHeard = "reflection.askFixHeard";
    public const string SuggestedWays = "reflection.suggestedWays";
    public const string AskAlternative = "reflection.askAlternative";
    public const string AskHelp = "reflection.askHelp";
    public const string AskSmaller = "reflection.askSmaller";
    public const string AskNewDate = "reflection.askNewDate";
    public const string ConfirmRename = "reflection.confirmRename";
    public const string ConfirmHelp = "reflection.confirmHelp";
    public const string ConfirmMove = "reflection.confirmMove";
    public const string HelpStep = "reflection.helpStep";
    public const string Changed = "reflection.changed";
    public const string Unchanged = "reflection.unchanged";
    public const string AskWentWell = "reflection.askWentWell";
    public const string AskInTheWay = "reflection.askInTheWay";
    public const string AskDeadlines = "reflection.askDeadlines";
    public const string AskDeadlinesOneGoal = "reflection.askDeadlinesOneGoal";
    public const string DeadlinesHint = "reflection.deadlinesHint";
    public const string AskPriorities = "reflection.askPriorities";
    public const string AskPrioritiesOneGoal = "reflection.askPrioritiesOneGoal";
    public const string AskPrioritiesNoGoal = "reflection.askPrioritiesNoGoal";
    public const string AskOpportunity = "reflection.askOpportunity";
    public const string Saved = "reflection.saved";
    public const string Streak = "reflection.streak";
    public const string NextCheckIn = "reflection.nextCheckIn";
    public const string Celebrate = "reflection.celebrate";
    public const string NoWin = "reflection.noWin";
    public const string NoWinNotSure = "reflection.noWinNotSure";
    /// <summary>Prefix of the ways through, one per <see cref="Reflection.Obstacle"/> (reflection.through.&lt;kind&gt;).</summary>
    public static readonly string Through = "reflection.through.";
    public const string ThroughAny = "reflection.throughAny";

    /// <summary>The way through one obstacle: reflection.through.&lt;kind in camel case&gt; ("reflection.through.waitingOnOthers").</summary>
    public static string ThroughFor(Reflection.Obstacle obstacle)
    {
        var kind = obstacle.ToString();
        return Through + char.ToLowerInvariant(kind[0]) + kind[1..];
    }
    public const string HeardHardNoGoal = "reflection.heardHardNoGoal";
    public const string ProposeMove = "reflection.proposeMove";
    public const string MovedStep = "reflection.movedStep";
    public const string Moved = "reflection.moved";
    public const string NotMoved = "reflection.notMoved";
    public const string RevisitValues = "reflection.revisitValues";
    public const string RevisitValuesNoGoal = "reflection.revisitValuesNoGoal";
    public const string RevisitGoal = "reflection.revisitGoal";
    public const string RevisitGoalHow = "reflection.revisitGoalHow";
    public const string RevisitLater = "reflection.revisitLater";
    public const string OpportunityStep = "reflection.opportunityStep";
    public const string OpportunityGoal = "reflection.opportunityGoal";
    public const string Challenge = "reflection.challenge";
    public const string SummaryTitle = "reflection.summaryTitle";
    public const string SummaryDone = "reflection.summaryDone";
    public const string SummaryChanged = "reflection.summaryChanged";
    public const string SummaryNext = "reflection.summaryNext";
    public const string SummaryNoNext = "reflection.summaryNoNext";
    public const string SummaryStreak = "reflection.summaryStreak";
    public const string SummaryNoStreak = "reflection.summaryNoStreak";
    public const string ChangeMoved = "reflection.changeMoved";
    public const string ChangeStep = "reflection.changeStep";
    public const string SummaryNoSchedule = "reflection.summaryNoSchedule";
    public const string OfferLighter = "reflection.offerLighter";
    public const string OfferCloser = "reflection.offerCloser";
    public const string OfferCloserNoSchedule = "reflection.offerCloserNoSchedule";
    public const string ScheduleChanged = "reflection.scheduleChanged";
    public const string ScheduleKept = "reflection.scheduleKept";
    /// <summary>Prefix of what the coach says on hearing an opportunity, one per kind (reflection.opportunityHeard.&lt;kind&gt;, the kinds of reflection.reading.opportunity).</summary>
    public static readonly string OpportunityHeard = "reflection.opportunityHeard.";
}
