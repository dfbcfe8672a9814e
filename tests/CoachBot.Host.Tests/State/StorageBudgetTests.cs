using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.TestSupport;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Suggestions;
using CoachBot.Storage.Sqlite;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace CoachBot.Host.Tests.State;

/// <summary>
/// The storage budget of a turn (issue 3): a scripted conversation through the real pipeline and the coach, on a
/// real SQLite file, reads the user's record exactly once per turn and writes it at most once, and only when the
/// turn changed what is stored. "Changed" is judged independently of the counter, from the record on disk.
/// </summary>
public sealed class StorageBudgetTests(ITestOutputHelper output) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task TenTurnsReadOncePerTurnAndWriteOnlyWhenStateChanged()
    {
        var texts = TextCatalog.Load(TextCatalog.DefaultDirectory);
        var sqlite = new SqliteUserStore(Path.Combine(_folder.Path, "coachbot.db"));
        var store = new CountingUserStore(sqlite);
        var chat = new ConversationTest(new CoachingBot(new CoachTexts(texts), new SuggestionService(new NoSuggester(), TimeProvider.System)), texts, store);

        // Ten turns: a welcome, the menu, the start of the self-assessment, answers, a channel's retry of an
        // activity already committed, help in the middle of a question (then resume), and "my plan".
        var turns = new List<(string Name, Func<Task<TurnReplies>> Send)>
        {
            ("hi", () => chat.SayAsync("hi")),
            ("help", () => chat.SayAsync("help")),
            ("self-assessment", () => chat.SayAsync("self-assessment")),
            ("strengths", () => chat.SayAsync("teaching, writing")),
            ("growth", () => chat.SendAsync(Message("public speaking", "growth-answer"))),
            ("retry of the growth answer", () => chat.SendAsync(Message("public speaking", "growth-answer"))),
            ("interests", () => chat.SayAsync("data projects")),
            ("help mid-question", () => chat.SayAsync("help")),
            ("values", () => chat.SayAsync("skip")),
            ("my plan", () => chat.SayAsync("my plan")),
        };

        var changedTurns = 0;
        var results = new List<(string Name, long Reads, long Writes, bool Changed)>();
        foreach (var (name, send) in turns)
        {
            var before = await sqlite.ReadAsync(chat.UserKey, CancellationToken.None);
            store.Reset();
            var replies = await send();
            var after = await sqlite.ReadAsync(chat.UserKey, CancellationToken.None);
            var changed = !JsonNode.DeepEquals(UserState(before), UserState(after));
            if (changed) changedTurns++;
            results.Add((name, store.Reads, store.Writes, changed));
            output.WriteLine($"{name}: {store.Reads} read(s), {store.Writes} write(s), user state {(changed ? "changed" : "unchanged")}");
            Assert.NotEmpty(replies.Activities);
        }

        Assert.Equal(10, results.Count);
        Assert.All(results, r => Assert.True(r.Reads == 1, $"'{r.Name}' read the record {r.Reads} times."));
        Assert.All(results, r => Assert.True(r.Writes == (r.Changed ? 1 : 0),
            $"'{r.Name}' wrote {r.Writes} times though the user's state {(r.Changed ? "changed" : "did not change")}."));
        Assert.True(results.Sum(r => r.Writes) <= changedTurns);

        // The retry is re-answered from the stored replies without running the turn again: nothing to write.
        var retry = results.Single(r => r.Name.StartsWith("retry", StringComparison.Ordinal));
        Assert.Equal(0, retry.Writes);
        Assert.False(retry.Changed);

        // Showing the plan and help in the middle of a question change nothing either.
        Assert.All(results.Where(r => r.Name is "my plan" or "help mid-question"), r => Assert.Equal(0, r.Writes));

        // The conversation itself did move on, and was stored: the first turn and each answer wrote.
        Assert.All(results.Where(r => r.Name is "hi" or "self-assessment" or "strengths" or "growth" or "interests"),
            r => Assert.Equal(1, r.Writes));
    }

    [Fact]
    public async Task ARetriedActivityIsAnsweredAgainWithoutRunningOrWriting()
    {
        var texts = TextCatalog.Load(TextCatalog.DefaultDirectory);
        var sqlite = new SqliteUserStore(Path.Combine(_folder.Path, "retry.db"));
        var store = new CountingUserStore(sqlite);
        var chat = new ConversationTest(new CoachingBot(new CoachTexts(texts), new SuggestionService(new NoSuggester(), TimeProvider.System)), texts, store);
        await chat.SayAsync("hi");
        await chat.SayAsync("self-assessment");

        var answered = await chat.SendAsync(Message("teaching", "strengths-answer"));
        var stored = await sqlite.ReadAsync(chat.UserKey, CancellationToken.None);

        store.Reset();
        var again = await chat.SendAsync(Message("teaching", "strengths-answer"));

        Assert.Equal(1, store.Reads);
        Assert.Equal(0, store.Writes);
        Assert.Equal(stored!.ETag, (await sqlite.ReadAsync(chat.UserKey, CancellationToken.None))!.ETag);
        // The same replies as the first time: the growth question, not the one after it.
        var growth = texts.Get(AssessmentTexts.Ask("growth"));
        Assert.Contains(growth, answered.Text);
        Assert.Equal(answered.Text, again.Text);
    }

    /// <summary>
    /// What the turn could have changed about the user, read from the stored JSON: everything but the adapter's
    /// own bookkeeping of a write (ids of committed activities and their replies, kept to answer a retry), which a
    /// write adds by itself and so cannot be the reason for one.
    /// </summary>
    private static JsonNode? UserState(StoredRecord? stored)
    {
        if (stored is null) return null;
        var record = JsonNode.Parse(stored.Json)!.AsObject();
        Assert.True(record.Remove("processed"),
            $"The stored record has no 'processed'; the test's idea of the record is out of date:\n{stored.Json}");
        return record;
    }

    /// <summary>
    /// A message with an id of the test's choosing: sent twice, it is what a channel sends again after a lost
    /// response (the same activity id).
    /// </summary>
    private static Activity Message(string text, string id) =>
        new() { Type = ActivityTypes.Message, Id = id, Text = text, TextFormat = "plain" };

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the folder can go.
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
