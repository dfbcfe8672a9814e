using CoachBot.BotFramework.State;
using CoachBot.Coaching.Suggestions;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

public sealed class SuggestionReuseTests
{
    [Fact]
    public async Task ATurnReRunAfterAStorageConflictReusesTheLlmAnswer()
    {
        var store = new ConflictOnNextWrite(new MemoryUserStore());
        var suggester = new ScriptedSuggester([new SuggestedStep("Shadow a certified colleague", new DateOnly(2027, 3, 1))]);
        var chat = Start(store, suggester: suggester);
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: pass the CKA exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning");

        store.ConflictNext = true; // the turn that asks the LLM for steps loses its write once and is re-run
        var reply = await chat.SayAsync("yes");
        reply.AssertContains("Shadow a certified colleague (suggested)");
        Assert.Equal(1, store.Conflicts);
        Assert.Equal(1, suggester.StepCalls);
    }

    [Fact]
    public async Task WhenTheLlmHasNothingUsableThePlanComesFromTheRulesWithoutAnError()
    {
        var chat = Start(suggester: new ScriptedSuggester(steps: null));
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: pass the CKA exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning");
        var plan = await chat.SayAsync("yes");
        plan.AssertContains("Goal 1:").AssertNotContains("(suggested)", "error", "Sorry");
        Assert.NotEmpty((await StateAsync(chat)).Goals[0].Steps);
    }

    /// <summary>A store whose next write fails with an ETag conflict, as when another instance wrote first.</summary>
    private sealed class ConflictOnNextWrite(IUserStore inner) : IUserStore
    {
        public bool ConflictNext { get; set; }
        public int Conflicts { get; private set; }

        public ValueTask<StoredRecord?> ReadAsync(string userKey, CancellationToken cancellationToken) => inner.ReadAsync(userKey, cancellationToken);

        public ValueTask<string> WriteAsync(string userKey, string json, string? expectedETag, IReadOnlyList<HistoryRow> history, CancellationToken cancellationToken)
        {
            if (!ConflictNext) return inner.WriteAsync(userKey, json, expectedETag, history, cancellationToken);
            ConflictNext = false;
            Conflicts++;
            throw new StoreConflictException(userKey);
        }

        public Task<IReadOnlyList<HistoryRow>> ReadHistoryAsync(string userKey, CancellationToken cancellationToken) => inner.ReadHistoryAsync(userKey, cancellationToken);
        public Task DeleteUserAsync(string userKey, CancellationToken cancellationToken) => inner.DeleteUserAsync(userKey, cancellationToken);
        public Task UpsertDueAsync(DueEntry entry, CancellationToken cancellationToken) => inner.UpsertDueAsync(entry, cancellationToken);
        public Task DeleteDueAsync(DueEntry entry, CancellationToken cancellationToken) => inner.DeleteDueAsync(entry, cancellationToken);
        public Task<IReadOnlyList<DueEntry>> QueryDueAsync(DateTimeOffset upToUtc, int max, CancellationToken cancellationToken) => inner.QueryDueAsync(upToUtc, max, cancellationToken);
        public Task CheckHealthAsync(CancellationToken cancellationToken) => inner.CheckHealthAsync(cancellationToken);
        public Task WriteHealthAsync(DateTimeOffset writtenUtc, CancellationToken cancellationToken) => inner.WriteHealthAsync(writtenUtc, cancellationToken);
    }
}

public sealed class WaysThroughTests
{
    [Fact]
    public async Task ABehindStepGetsTheLlmIdeasAsSuggestionsAndThePlanChangesOnlyByTheUsersChoice()
    {
        var suggester = new ScriptedSuggester(ways: [new WayThrough("Pair with a colleague on the lab", WayThroughKind.Help)]);
        var chat = Start(suggester: suggester);
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: pass the CKA exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning");
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        var before = (await StateAsync(chat)).Goals[0].Steps.Select(s => (s.Title, s.Due)).ToList();
        await chat.SayAsync("check in");
        var reply = await chat.SayAsync("behind");
        reply.AssertContains("Pair with a colleague on the lab", "suggestions only");
        Assert.Equal(before, (await StateAsync(chat)).Goals[0].Steps.Select(s => (s.Title, s.Due)).ToList());
    }
}
