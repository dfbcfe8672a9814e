using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Suggestions;

/// <summary>What a suggestion may know about the goal: never ids, names or conversation history.</summary>
public sealed record GoalBrief(
    string Statement,
    DateOnly Today,
    DateOnly Deadline,
    GoalType Type,
    IReadOnlyList<string> Values,
    IReadOnlyList<string> Skills,
    IReadOnlyList<string> GrowthAreas,
    string? CurrentRole)
{
    /// <summary>The brief for a goal being worded: its statement, deadline and type, and the profile items that matter.</summary>
    public static GoalBrief For(string statement, DateOnly deadline, GoalType type, Profile profile, DateOnly today) => new(
        statement, today, deadline, type, profile.Values.Select(v => v.Text).ToList(), profile.Skills.Select(s => s.Name).ToList(), profile.GrowthAreas, profile.CurrentRole);

    /// <summary>The brief for a saved goal (a goal without a deadline is given six months).</summary>
    public static GoalBrief For(Goal goal, Profile profile, DateOnly today) =>
        For(goal.Statement, goal.Deadline ?? today.AddMonths(6), goal.Type, profile, today);
}

/// <summary>
/// What a free-form answer may know: the message (a question or a feeling, never a crisis), the topic, and from the
/// goal and profile only what a personal answer needs. No names, ids or conversation history.
/// </summary>
public sealed record AnswerBrief(
    string Kind,
    string Message,
    string? Topic,
    string? Goal,
    DateOnly? Deadline,
    string? TargetRole,
    string? CurrentRole,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> LowSkills,
    IReadOnlyList<string> Values);

public sealed record SuggestedStep(string Title, DateOnly Due);

public sealed record SmartRewrite(string Statement, DateOnly Deadline);

public enum WayThroughKind { Alternative, Help, Shrink, Reschedule }

public sealed record WayThrough(string Title, WayThroughKind Kind);

/// <summary>
/// Optional suggestions from an LLM. Every method returns null when there is nothing usable (no LLM configured,
/// timeout, error, refusal, or an answer that failed validation); the coach then goes on with its rules.
/// Implementations must not throw for any of those.
/// </summary>
public interface ISuggester
{
    /// <summary>True when an LLM is configured (the welcome says so).</summary>
    bool IsEnabled { get; }

    Task<IReadOnlyList<SuggestedStep>?> SuggestStepsAsync(GoalBrief goal, CancellationToken cancellationToken);

    Task<SmartRewrite?> RewriteGoalAsync(string goalText, GoalBrief context, CancellationToken cancellationToken);

    Task<IReadOnlyList<WayThrough>?> SuggestWaysThroughAsync(GoalBrief goal, string blockedStep, CancellationToken cancellationToken);

    /// <summary>A short free-form coaching answer (plain text, already checked for shape), or null; none by default.</summary>
    Task<string?> AnswerAsync(AnswerBrief brief, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}

/// <summary>The default: no LLM, no suggestions, no HTTP call.</summary>
public sealed class NoSuggester : ISuggester
{
    public bool IsEnabled => false;
    public Task<IReadOnlyList<SuggestedStep>?> SuggestStepsAsync(GoalBrief goal, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<SuggestedStep>?>(null);
    public Task<SmartRewrite?> RewriteGoalAsync(string goalText, GoalBrief context, CancellationToken cancellationToken) => Task.FromResult<SmartRewrite?>(null);
    public Task<IReadOnlyList<WayThrough>?> SuggestWaysThroughAsync(GoalBrief goal, string blockedStep, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<WayThrough>?>(null);
}
