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

    public const string AskSpecific = "smart.ask.Specific";
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
        SmartReason.NoTime => AskAchievableTime,
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
            .Concat([Statement, StatementWithMeasure, StatementNoDeadline, AskSpecific, AskMeasurable, AskAchievable,
                     AskAchievableTime, AskAchievableSmaller, AskRelevant, AskTimeBound]);
}
