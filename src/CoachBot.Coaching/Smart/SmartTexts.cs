using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Smart;

/// <summary>Keys of dialogs/en-US/smart.yaml: why each letter is met or missing, the question per missing letter, the statement templates.</summary>
[TextKeys]
public static class SmartTexts
{
    /// <summary>"{outcome} by {deadline}." - when the measure is already in the outcome.</summary>
    public const string Statement = "smart.statement";
    /// <summary>"{outcome} by {deadline}, measured by {measure}."</summary>
    public const string StatementWithMeasure = "smart.statementWithMeasure";
    /// <summary>"{outcome}." - a goal still without a deadline.</summary>
    public const string StatementNoDeadline = "smart.statementNoDeadline";
    /// <summary>"I will {outcome}, and I'll know it's done when {measure}."</summary>
    public const string StatementNoDeadlineWithMeasure = "smart.statementNoDeadlineWithMeasure";

    /// <summary>"Which one is the deadline: {stated} or {answered}?"</summary>
    public const string AskDeadlineConflict = "smart.ask.DeadlineConflict";

    public const string ReadingIntro = "smart.reading.intro";
    public const string ReadingOutcome = "smart.reading.outcome";
    public const string ReadingMeasure = "smart.reading.measure";
    public const string ReadingDeadline = "smart.reading.deadline";
    public const string ReadingMilestone = "smart.reading.milestone";
    public const string ReadingCheck = "smart.reading.check";

    /// <summary>"{mark} {letter}: {verdict}", one line per letter under the proposed statement.</summary>
    public const string VerdictLine = "smart.verdictLine";
    /// <summary>"{letter}: {text}", one line of feedback.</summary>
    public const string FeedbackLine = "smart.feedbackLine";
    public const string MarkMet = "smart.mark.met";
    public const string MarkNotMet = "smart.mark.notMet";

    /// <summary>The letter's name: "Specific", ..., "Time-bound".</summary>
    public static string LetterKey(SmartLetter letter) => "smart.letter." + letter;

    /// <summary>
    /// The feedback for a verdict in the user's terms: what a met letter has ("you named the role ({evidence})"), or the
    /// question for a missing one ("how will you know you got there?").
    /// </summary>
    public static string FeedbackKey(LetterVerdict verdict) =>
        verdict.Reason == SmartReason.ConcreteOutcome
            ? "smart.feedback.ConcreteOutcome." + (verdict.Named == SpecificAspect.None ? SpecificAspect.Action : verdict.Named)
            : "smart.feedback." + verdict.Reason;

    /// <summary>What the coach says to a message that is no goal; null for a goal, and for KeepGoal (keep the goal we had).</summary>
    public static string? NotAGoalKey(GoalTextKind kind) =>
        kind is GoalTextKind.Goal or GoalTextKind.KeepGoal ? null : "smart.notAGoal." + kind;

    public const string AskSpecific = "smart.ask.Specific";
    /// <summary>A career move with no destination: which role or field.</summary>
    public const string AskSpecificDestination = "smart.ask.SpecificDestination";
    public const string AskMeasurable = "smart.ask.Measurable";
    /// <summary>Confidence (out of 10) and weekly hours, both unknown.</summary>
    public const string AskAchievable = "smart.ask.Achievable";
    /// <summary>Confident enough, but no weekly time yet.</summary>
    public const string AskAchievableTime = "smart.ask.AchievableTime";
    /// <summary>Confidence below 6: offer a smaller first goal.</summary>
    public const string AskAchievableSmaller = "smart.ask.AchievableSmaller";
    public const string AskRelevant = "smart.ask.Relevant";
    public const string AskTimeBound = "smart.ask.TimeBound";

    /// <summary>The sentence that says why a letter is met or missing: <c>smart.reason.{Reason}</c>.</summary>
    public static string ReasonKey(SmartReason reason) => "smart.reason." + reason;

    /// <summary>The question for a missing letter, chosen by why it is missing; null when the letter is met.</summary>
    public static string? AskKey(LetterVerdict verdict) => verdict.Met ? null : verdict.Reason switch
    {
        SmartReason.LowConfidence => AskAchievableSmaller,
        SmartReason.NoTime or SmartReason.FairlySureNoTime => AskAchievableTime,
        SmartReason.DeadlineConflict => AskDeadlineConflict,
        SmartReason.NotAGoal => AskSpecific,
        SmartReason.NoDestination => AskSpecificDestination,
        _ => verdict.Letter switch
        {
            SmartLetter.Specific => AskSpecific,
            SmartLetter.Measurable => AskMeasurable,
            SmartLetter.Achievable => AskAchievable,
            SmartLetter.Relevant => AskRelevant,
            _ => AskTimeBound,
        },
    };

    /// <summary>Every key the analyzer can lead to, for the start-up and test checks.</summary>
    public static IEnumerable<string> AllKeys =>
        Enum.GetValues<SmartReason>().Select(ReasonKey)
            .Concat(Enum.GetValues<SmartReason>().Where(r => r != SmartReason.ConcreteOutcome).Select(r => "smart.feedback." + r))
            .Concat(Enum.GetValues<SpecificAspect>().Where(a => a != SpecificAspect.None).Select(a => "smart.feedback.ConcreteOutcome." + a))
            .Concat(Enum.GetValues<SmartLetter>().Select(LetterKey))
            .Concat(Enum.GetValues<GoalTextKind>().Select(NotAGoalKey).OfType<string>())
            .Concat([Statement, StatementWithMeasure, StatementNoDeadline, StatementNoDeadlineWithMeasure, AskSpecific, AskSpecificDestination, AskMeasurable,
                     AskAchievable, AskAchievableTime, AskAchievableSmaller, AskRelevant, AskTimeBound, AskDeadlineConflict]);
}
