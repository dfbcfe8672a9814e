using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Smart;

public enum SmartLetter { Specific, Measurable, Achievable, Relevant, TimeBound }

/// <summary>
/// Why a letter is or is not met. Dialogs turn each reason into a sentence from dialogs/en-US/smart.yaml
/// (key <c>smart.reason.{Reason}</c>), so the analyzer stays free of wording.
/// </summary>
public enum SmartReason
{
    // Specific
    ConcreteOutcome,
    VagueOutcome,
    TooShort,
    // Measurable
    HasNumber,
    HasFinishLine,
    NoMeasure,
    // Achievable
    ConfidentWithTime,
    LowConfidence,
    NoTime,
    AskConfidenceAndTime,
    // Relevant
    MatchesValue,
    MatchesVision,
    RelevanceGiven,
    NoConnection,
    // Time-bound
    HasDeadline,
    NoDeadline,
    PastDeadline,
}

public sealed record LetterVerdict(SmartLetter Letter, bool Met, SmartReason Reason, string? Evidence = null);

/// <summary>What the analyzer found, letter by letter, with the facts it read from the text.</summary>
public sealed record SmartAnalysis(
    LetterVerdict Specific,
    LetterVerdict Measurable,
    LetterVerdict Achievable,
    LetterVerdict Relevant,
    LetterVerdict TimeBound,
    DateOnly? Deadline,
    GoalType Type,
    int? Confidence,
    decimal? HoursPerWeek)
{
    public IEnumerable<LetterVerdict> Letters => [Specific, Measurable, Achievable, Relevant, TimeBound];

    public bool AllMet => Letters.All(l => l.Met);

    /// <summary>The first letter still missing, in S-M-A-R-T order: the one question the coach asks next.</summary>
    public LetterVerdict? FirstMissing => Letters.FirstOrDefault(l => !l.Met);
}

/// <summary>
/// What the analyzer reads: the goal text, the profile, and the answers already given for this goal. Answers win
/// over what the text says (the user was asked); <paramref name="Measure"/> is the user's answer to "how will you
/// know it's done?".
/// </summary>
public sealed record SmartInput(
    string GoalText,
    Profile Profile,
    DateTimeOffset Now,
    TimeZoneInfo Zone,
    string? Locale = "en-US",
    int? Confidence = null,
    decimal? HoursPerWeek = null,
    string? Relevance = null,
    DateOnly? Deadline = null,
    string? Measure = null);
