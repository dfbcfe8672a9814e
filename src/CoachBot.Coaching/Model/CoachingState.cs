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

    /// <summary>The next goal number, so ids are never reused after a goal is dropped.</summary>
    public int NextGoalNumber { get; set; } = 1;

    /// <summary>The hours a week the user has for all goals together (asked once, when a second goal is set).</summary>
    public decimal? WeeklyHours { get; set; }

    /// <summary>The last plan change, for "undo" (one level).</summary>
    public PlanUndo? Undo { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<Goal> ActiveGoals => Goals.Where(g => g.Status == GoalStatus.Active);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(CoachingState))]
public sealed partial class CoachingJsonContext : JsonSerializerContext;
