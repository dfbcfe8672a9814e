using CoachBot.Coaching.Suggestions;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>An LLM stand-in for dialog tests: returns the steps it was given (the real client is tested in CoachBot.Llm.Tests).</summary>
internal sealed class ScriptedSuggester(IReadOnlyList<SuggestedStep>? steps = null, IReadOnlyList<WayThrough>? ways = null) : ISuggester
{
    public int StepCalls { get; private set; }
    public GoalBrief? LastBrief { get; private set; }
    public bool IsEnabled => true;

    public Task<IReadOnlyList<SuggestedStep>?> SuggestStepsAsync(GoalBrief goal, CancellationToken cancellationToken)
    {
        StepCalls++;
        LastBrief = goal;
        return Task.FromResult(steps);
    }

    public Task<SmartRewrite?> RewriteGoalAsync(string goalText, GoalBrief context, CancellationToken cancellationToken) => Task.FromResult<SmartRewrite?>(null);

    public Task<IReadOnlyList<WayThrough>?> SuggestWaysThroughAsync(GoalBrief goal, string blockedStep, CancellationToken cancellationToken) =>
        Task.FromResult(ways);
}
