using System.Text.Json.Serialization;

namespace CoachBot.Coaching.Model;

/// <summary>Everything the coach keeps about one user, stored in the user's record as the property <see cref="PropertyName"/>.</summary>
public sealed class CoachingState
{
    public const string PropertyName = "coach";

    public Profile Profile { get; set; } = new();

    public List<Goal> Goals { get; set; } = [];

    /// <summary>The user can turn LLM suggestions off ("ai off") and on again.</summary>
    public bool AiSuggestions { get; set; } = true;

    /// <summary>A step the coach offered at the end of an answer, waiting for a one-word yes; dropped by any other answer.</summary>
    public PendingOffer? PendingOffer { get; set; }

    /// <summary>
    /// An offer made while a question was open (a library step, a goal named during the self-assessment): a yes could
    /// not be read then, so it is put to the user when the conversation there ends.
    /// </summary>
    public PendingOffer? LaterOffer { get; set; }

    /// <summary>How the check-ins went lately, for offering a lighter or a closer schedule.</summary>
    public Reflection.CheckInPatternState Pattern { get; set; } = new();

    /// <summary>The day (UTC) the user last wrote, to greet them with where they were after days away.</summary>
    public DateOnly? LastSeenOn { get; set; }

    /// <summary>True while the coach waits for "carry on" or "start over" after a return to an open question.</summary>
    public bool AskedToResume { get; set; }

    /// <summary>
    /// The day the user last said they were worn out (FeelingReply): a plan proposed within a few days offers a lighter
    /// start. Null in older records and after that offer was made.
    /// </summary>
    public DateOnly? WornOutOn { get; set; }

    /// <summary>The library topic answered last, so a second phrasing of the same question gets the rest of the answer.</summary>
    public string? LastTopic { get; set; }

    /// <summary>The next goal number, so ids are never reused after a goal is dropped.</summary>
    public int NextGoalNumber { get; set; } = 1;

    /// <summary>The hours a week the user has for all goals together (asked once, when a second goal is set).</summary>
    public decimal? WeeklyHours { get; set; }

    /// <summary>The last plan change, for "undo" (one level).</summary>
    public PlanUndo? Undo { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<Goal> ActiveGoals => Goals.Where(g => g.Status == GoalStatus.Active);
}

/// <summary>A step offered for a goal's plan ("ask two former colleagues for an introduction", due next Friday).</summary>
public sealed class PendingOffer
{
    public string GoalId { get; set; } = "";

    public string Step { get; set; } = "";

    public DateOnly Due { get; set; }

    /// <summary>Where the offer came from (a library topic key, a check-in's opportunity), for the reader of an export.</summary>
    public string? Source { get; set; }

    /// <summary>
    /// Set when the offer starts something instead of adding a step (the user has no goal yet):
    /// <see cref="StartsGoal"/> or <see cref="StartsAssessment"/>. Older records have none: a step offer.
    /// </summary>
    public string? Starts { get; set; }

    /// <summary>The goal in the user's words that a yes starts with ("become a UX designer"), or null for a blank goal.</summary>
    public string? GoalText { get; set; }

    /// <summary>
    /// For an offer held back while a question was open (<see cref="CoachingState.LaterOffer"/>): true on the turn right
    /// after it was held, so a bare yes or no then is read as meant for it; <see cref="Accepted"/> once it was a yes.
    /// </summary>
    public bool JustHeld { get; set; }

    /// <summary>A held offer the user already said yes to: the step is added when the conversation there ends.</summary>
    public bool Accepted { get; set; }

    public const string StartsGoal = "goal";
    public const string StartsAssessment = "assessment";
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CoachingState))]
public sealed partial class CoachingJsonContext : JsonSerializerContext;
