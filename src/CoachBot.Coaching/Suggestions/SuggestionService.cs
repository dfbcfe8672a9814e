using CoachBot.BotFramework.Builder;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Suggestions;

/// <summary>
/// The optional LLM suggestions as the dialogs use them: on only when an LLM is configured and the user has not said
/// "ai off", and asked once per activity (a re-run after a storage conflict reuses the answer, <see cref="SuggestionCache"/>).
/// </summary>
public sealed class SuggestionService(ISuggester suggester, TimeProvider clock)
{
    private readonly SuggestionCache _cache = new(clock);

    /// <summary>True when an LLM is configured (the welcome says so).</summary>
    public bool IsConfigured => suggester.IsEnabled;

    /// <summary>True when an LLM is configured and the user has not turned suggestions off.</summary>
    public bool IsOn(ITurnContext context) => IsConfigured && CoachTurn.State(context).AiSuggestions;

    public Task<IReadOnlyList<SuggestedStep>?> SuggestStepsAsync(ITurnContext context, GoalBrief brief, CancellationToken ct) =>
        _cache.GetOrAddAsync(CacheKey(context, "steps", brief.Statement), () => suggester.SuggestStepsAsync(brief, ct));

    public Task<SmartRewrite?> RewriteGoalAsync(ITurnContext context, string goalText, GoalBrief brief, CancellationToken ct) =>
        _cache.GetOrAddAsync(CacheKey(context, "rewrite", goalText), () => suggester.RewriteGoalAsync(goalText, brief, ct));

    public Task<IReadOnlyList<WayThrough>?> SuggestWaysThroughAsync(ITurnContext context, GoalBrief brief, string blockedStep, CancellationToken ct) =>
        _cache.GetOrAddAsync(CacheKey(context, "ways", blockedStep), () => suggester.SuggestWaysThroughAsync(brief, blockedStep, ct));

    public Task<string?> AnswerAsync(ITurnContext context, AnswerBrief brief, CancellationToken ct) =>
        _cache.GetOrAddAsync(CacheKey(context, "answer", brief.Message), () => suggester.AnswerAsync(brief, ct));

    private static string CacheKey(ITurnContext context, string kind, string subject) =>
        $"{context.UserKey}\n{context.Activity.Id}\n{kind}\n{subject}";
}
