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
    /// <summary>Sure enough to go on (6 out of 10), not confident, with weekly time.</summary>
    FairlySureWithTime,
    /// <summary>Sure enough to go on (6 out of 10), not confident, and no weekly time yet.</summary>
    FairlySureNoTime,
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
    /// <summary>The text states one deadline and an answer gave another: the dialog asks which.</summary>
    DeadlineConflict,
    /// <summary>The message is no goal at all (<see cref="SmartAnalysis.Kind"/> says what it is).</summary>
    NotAGoal,
    /// <summary>Weekly time given, confidence not yet: only the confidence is asked.</summary>
    NoConfidence,
    /// <summary>A move out of one's career or into a job with no destination yet ("change careers lol"): Specific asks which role or field.</summary>
    NoDestination,
}

/// <summary>What made a goal specific, so the feedback can say it in the user's terms ("you named the role").</summary>
public enum SpecificAspect { None, Role, Credential, Skill, Field, Result, Action }

/// <summary>The deadline written in the goal and the one an answer gave, when they differ.</summary>
public sealed record DeadlineConflict(DateOnly Stated, DateOnly Answered);

public sealed record LetterVerdict(SmartLetter Letter, bool Met, SmartReason Reason, string? Evidence = null)
{
    /// <summary>For a met Specific: what was named (a role, a credential...).</summary>
    public SpecificAspect Named { get; init; }
}

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

    /// <summary>Goal, or what else the message was ("yeah that's my goal" is KeepGoal: keep the goal we had).</summary>
    public GoalTextKind Kind { get; init; } = GoalTextKind.Goal;

    public bool IsGoal => Kind == GoalTextKind.Goal;

    /// <summary>The goal as read: without markup, questions, hedges and fillers.</summary>
    public string Cleaned { get; init; } = "";

    /// <summary>The main goal's clause, with its deadline, without the milestones.</summary>
    public string MainClause { get; init; } = "";

    /// <summary>The milestones the user wrote on the way ("lead the consolidation by June"), in their order.</summary>
    public IReadOnlyList<GoalMilestone> Milestones { get; init; } = [];

    /// <summary>The main goal's own verb phrases when it joins two or more (GoalStructure.Parts): steps of the plan, not of the statement.</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];

    /// <summary>The finish line as given (an answer, or "I'll know it's done when ..." in the text), cleaned; or null.</summary>
    public string? MeasureText { get; init; }

    /// <summary>The deadline written in the goal text, whatever the answers say.</summary>
    public DateOnly? StatedDeadline { get; init; }

    /// <summary>Set when an answer gave another deadline than the text: ask which one holds.</summary>
    public DeadlineConflict? DeadlineConflict { get; init; }

    /// <summary>What the goal is about: the role, field, course or skill, as written.</summary>
    public GoalTarget Target { get; init; } = new(null, null, null, null);

    /// <summary>How many hedges and fillers were dropped; the reading is less sure when it had to drop many.</summary>
    public int HedgesDropped { get; init; }

    /// <summary>A question was set aside from the message (the dialog answers it).</summary>
    public bool HadQuestion { get; init; }

    /// <summary>The plan template key of <see cref="Type"/> ("jobSearch", "speakOrPublish", "generic").</summary>
    public string TemplateKey => GoalClassifier.KeyOf(Type);

    public bool AllMet => Letters.All(l => l.Met);

    /// <summary>The first letter still missing, in S-M-A-R-T order: the one question the coach asks next.</summary>
    public LetterVerdict? FirstMissing => Letters.FirstOrDefault(l => !l.Met);
}

/// <summary>
/// What the analyzer reads: the goal text, the profile, and the answers already given for this goal. Answers win
/// over what the text says (the user was asked); <paramref name="Measure"/> is the user's answer to "how will you
/// know it's done?". A <paramref name="Deadline"/> that differs from the one the text states is a conflict the
/// analysis reports, unless <paramref name="DeadlineSettled"/> says the user already chose it. <paramref name="Vocabulary"/>
/// is the locale's words (<see cref="GoalVocabulary.From"/>); without it, <see cref="GoalVocabulary.Default"/>.
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
    string? Measure = null,
    GoalVocabulary? Vocabulary = null,
    bool DeadlineSettled = false);
