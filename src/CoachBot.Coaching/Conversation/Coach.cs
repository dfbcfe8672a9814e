using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Suggestions;

namespace CoachBot.Coaching.Conversation;

/// <summary>What every coaching dialog needs: the sentences, the optional suggester, and the user's coaching state.</summary>
public sealed class Coach(TextCatalog texts, ISuggester suggester, TimeProvider? clock = null)
{
    private readonly SuggestionCache _suggestions = new(clock ?? TimeProvider.System);

    public TextCatalog Texts { get; } = texts;

    public ISuggester Suggester { get; } = suggester;

    /// <summary>True when an LLM is configured and the user has not turned suggestions off.</summary>
    public bool SuggestionsOn(ITurnContext context) => Suggester.IsEnabled && State(context).AiSuggestions;

    /// <summary>Plan steps from the LLM, asked once per activity (a re-run after a storage conflict reuses the answer).</summary>
    public Task<IReadOnlyList<SuggestedStep>?> SuggestStepsAsync(ITurnContext context, GoalBrief brief, CancellationToken ct) =>
        _suggestions.GetOrAddAsync(CacheKey(context, "steps", brief.Statement), () => Suggester.SuggestStepsAsync(brief, ct));

    public Task<SmartRewrite?> RewriteGoalAsync(ITurnContext context, string goalText, GoalBrief brief, CancellationToken ct) =>
        _suggestions.GetOrAddAsync(CacheKey(context, "rewrite", goalText), () => Suggester.RewriteGoalAsync(goalText, brief, ct));

    public Task<IReadOnlyList<WayThrough>?> SuggestWaysThroughAsync(ITurnContext context, GoalBrief brief, string blockedStep, CancellationToken ct) =>
        _suggestions.GetOrAddAsync(CacheKey(context, "ways", blockedStep), () => Suggester.SuggestWaysThroughAsync(brief, blockedStep, ct));

    private static string CacheKey(ITurnContext context, string kind, string subject) =>
        $"{context.UserKey}\n{context.Activity.Id}\n{kind}\n{subject}";

    /// <summary>A sentence from dialogs/ in the user's locale.</summary>
    public string Text(ITurnContext context, string key, params (string Name, object? Value)[] args) =>
        Texts.Get(key, context.Activity.Locale, args);

    public void Say(ITurnContext context, string key, params (string Name, object? Value)[] args) =>
        context.SendActivity(Text(context, key, args));

    /// <summary>The items of a ';'-separated list sentence (choice lists live in dialogs/ too).</summary>
    public IReadOnlyList<string> List(ITurnContext context, string key) =>
        Text(context, key).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The user's coaching state, read from the record once per turn and saved with it.</summary>
    public static CoachingState State(ITurnContext context) =>
        context.GetProperty(CoachingState.PropertyName, CoachingJsonContext.Default.CoachingState, () => new CoachingState());

    /// <summary>Today in the user's zone (the activity's localTimezone, else UTC).</summary>
    public static DateOnly Today(ITurnContext context) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Clock.GetUtcNow(), Zone(context)).DateTime);

    public static TimeZoneInfo Zone(ITurnContext context) => UserTimeZone.Resolve(context.Activity.LocalTimezone);

    public static string Date(ITurnContext context, DateOnly date) => UserTimeZone.FormatDate(date, context.Activity.Locale);
}
