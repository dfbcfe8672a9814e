using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.TestSupport;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Suggestions;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>A scripted chat with the real coach over the real turn pipeline, on a fixed clock (Monday 4 January 2027, 09:00 UTC).</summary>
internal static class CoachChat
{
    public static TextCatalog Texts => RepoDialogs.Texts;

    public static DateTimeOffset Now { get; } = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    public static ConversationTest Start(IUserStore? store = null, string channel = Channels.Test, ISuggester? suggester = null,
        FakeTimeProvider? clock = null, string userId = "user-1", CoachingOptions? options = null,
        Microsoft.Extensions.Logging.ILogger<CoachingBot>? logger = null, string locale = "en-US", string? timeZone = "UTC")
    {
        clock ??= new FakeTimeProvider(Now);
        var bot = new CoachingBot(new CoachTexts(Texts), new SuggestionService(suggester ?? new NoSuggester(), clock), coaching: options, coachLogger: logger);
        return new(bot, Texts, store, clock, channel, userId, locale, timeZone, records: Records);
    }

    /// <summary>The record schema as the host composes it: the core's migration steps, then coaching's.</summary>
    public static UserRecordSerializer Records { get; } =
        new(new RecordMigrations([.. CoreRecordMigrations.Steps, .. CoachBot.Coaching.Plans.CoachingRecordMigrations.Steps]));

    /// <summary>A sentence as the coach says it, placeholders left out: the longest piece between placeholders.</summary>
    public static string Says(string key)
    {
        var text = Texts.Get(key, "en-US");
        return text.Split('{', '}').Where((_, i) => i % 2 == 0).OrderByDescending(p => p.Length).First().Trim();
    }

    /// <summary>The title a choice shows, found by its key.</summary>
    public static string Title<TKey>(ChoiceSet<TKey> set, TKey key) where TKey : struct, Enum =>
        Texts.Choices.Get(set, "en-US").Single(c => c.Key == set.KeyOf(key)).Title;

    public static async Task<CoachingState> StateAsync(ConversationTest chat)
    {
        var record = await chat.ReadRecordAsync();
        return record.Properties.TryGetValue(CoachingState.PropertyName, out var element)
            ? System.Text.Json.JsonSerializer.Deserialize(element, CoachingJsonContext.Default.CoachingState)!
            : new CoachingState();
    }
}
