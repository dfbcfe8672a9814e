using System.Text.Json.Nodes;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.TestSupport;
using Microsoft.Extensions.Logging;

namespace CoachBot.BotFramework.Tests.Builder;

/// <summary>
/// The contract of the turn pipeline (DESIGN.md "One turn"), each part a test: one read, replies collected and sent
/// after the commit, at most one conditional write, a bounded re-run on conflict, a channel's retry answered from
/// the record, 502 when sending fails after the commit, an apology and untouched state when a turn fails.
/// </summary>
public sealed class TurnPipelineTests
{
    [Fact]
    public async Task ATurnThatChangesStateReadsOnceWritesOnceAndSendsItsReplyAfterwards()
    {
        await using var bot = await PipelineHarness.StartAsync();
        await bot.SayAsync("next");
        var (reads, writes) = (bot.Store.Reads, bot.Store.Writes);

        var response = await bot.SayAsync("next");

        Assert.Equal(200, response.Status);
        Assert.Equal((reads + 1, writes + 1), (bot.Store.Reads, bot.Store.Writes));
        Assert.Equal(2, await bot.StoredCountAsync());
        Assert.Equal(["count is 1", "count is 2"], bot.SentTexts);
    }

    [Fact]
    public async Task ATurnThatChangesNothingDoesNotWrite()
    {
        await using var bot = await PipelineHarness.StartAsync();
        await bot.SayAsync("next");
        var writes = bot.Store.Writes;

        await bot.SayAsync("show");
        await bot.SayAsync("show");

        Assert.Equal(writes, bot.Store.Writes);
        Assert.Equal("count is 1", bot.SentTexts[^1]);
    }

    [Fact]
    public async Task AChannelRetryOfAStateAdvancingActivityIsAnsweredFromTheRecordWithoutRunningAgain()
    {
        await using var bot = await PipelineHarness.StartAsync();
        await bot.SayAsync("next");
        await bot.SayAsync("next", id: "retried");
        var (runs, writes) = (bot.Bot.Runs, bot.Store.Writes);

        await bot.SayAsync("next", id: "retried");

        Assert.Equal(runs, bot.Bot.Runs);
        Assert.Equal(writes, bot.Store.Writes);
        Assert.Equal(2, await bot.StoredCountAsync());
        Assert.Equal(["count is 1", "count is 2", "count is 2"], bot.SentTexts);
    }

    [Fact]
    public async Task ASendFailingAfterTheCommitAnswers502AndTheChannelsRetryResendsTheCommittedReply()
    {
        await using var bot = await PipelineHarness.StartAsync();
        bot.Connector.Status = 500;
        Assert.Equal(502, (await bot.SayAsync("next", id: "lost")).Status);
        Assert.Equal(1, await bot.StoredCountAsync()); // committed before the send
        Assert.Empty(bot.SentTexts);

        bot.Connector.Status = 200;
        Assert.Equal(200, (await bot.SayAsync("next", id: "lost")).Status);

        Assert.Equal(1, bot.Bot.Runs);
        Assert.Equal(1, await bot.StoredCountAsync());
        Assert.Equal(["count is 1"], bot.SentTexts);
    }

    [Fact]
    public async Task AConflictReRunsTheTurnOnTheFreshRecord()
    {
        var store = new InterferingStore(new MemoryUserStore());
        await using var bot = await PipelineHarness.StartAsync(store);
        await using var other = await PipelineHarness.StartAsync(store);
        await bot.SayAsync("next");
        // Another instance commits a turn of the same user between this turn's read and its write (on this instance
        // the user's turns run one after another, so it takes another adapter).
        store.BeforeNextWrite = () => other.SayAsync("next", id: "on-the-other-instance").GetAwaiter().GetResult();

        await bot.SayAsync("next");

        Assert.Equal(3, await bot.StoredCountAsync()); // nothing lost: the re-run counted on top of the other turn
        Assert.Equal(["count is 2"], other.SentTexts);
        Assert.Equal(["count is 1", "count is 3"], bot.SentTexts); // the first run's "count is 2" was not sent
        Assert.Contains(bot.Logger.Entries, e => e.Message.Contains("ETag conflict"));
    }

    [Fact]
    public async Task ConflictsAreRetriedABoundedNumberOfTimesThenTheUserGetsAnApology()
    {
        var store = new InterferingStore(new MemoryUserStore()) { AlwaysConflict = true };
        await using var bot = await PipelineHarness.StartAsync(store, new AdapterOptions { MaxConflictRetries = 2 });

        await bot.SayAsync("next");

        Assert.Equal(3, bot.Bot.Runs);
        Assert.Null(await bot.StoredCountAsync());
        Assert.Equal([PipelineHarness.Apology], bot.SentTexts);
    }

    [Fact]
    public async Task AFailedTurnApologisesLogsItsTraceIdAndLeavesStateAsItWas()
    {
        await using var bot = await PipelineHarness.StartAsync();
        await bot.SayAsync("next");
        var before = (await bot.Store.Inner.ReadAsync(PipelineHarness.UserKey, default))!;

        var response = await bot.SayAsync("fail");

        Assert.Equal(200, response.Status);
        Assert.Equal(PipelineHarness.Apology, bot.SentTexts[^1]);
        Assert.Equal(before, await bot.Store.Inner.ReadAsync(PipelineHarness.UserKey, default));
        var error = Assert.Single(bot.Logger.Entries, e => e.Level == LogLevel.Error);
        Assert.Matches("trace [0-9a-f]{32}", error.Message);
        Assert.IsType<InvalidOperationException>(error.Exception);
    }

    [Fact]
    public async Task AStorageFailureApologisesTheSameWay()
    {
        await using var bot = await PipelineHarness.StartAsync(new InterferingStore(new MemoryUserStore()) { FailReads = true });

        await bot.SayAsync("next");

        Assert.Equal(0, bot.Bot.Runs);
        Assert.Equal([PipelineHarness.Apology], bot.SentTexts);
        Assert.Contains(bot.Logger.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("while loading"));
    }

    [Fact]
    public async Task ExpectRepliesAnswersInTheBodyAndSendsNothing()
    {
        await using var bot = await PipelineHarness.StartAsync();
        var message = bot.Message("next");
        message.DeliveryMode = DeliveryModes.ExpectReplies;

        var response = await bot.Adapter.ProcessActivityAsync(message, BotClaims.Anonymous, default);

        Assert.Equal("count is 1", (string?)response.Body!["activities"]![0]!["text"]);
        Assert.Empty(bot.Connector.Received);
    }

    [Fact]
    public async Task ASlowTurnShowsTypingOnceItsDelayHasPassedAndAFastOneNever()
    {
        var options = new AdapterOptions { TypingDelay = TimeSpan.FromSeconds(1), TypingPeriod = TimeSpan.FromSeconds(3) };
        await using var bot = await PipelineHarness.StartAsync(options: options);

        await bot.SayAsync("next"); // the clock does not move: the delay never passes
        Assert.DoesNotContain(bot.Connector.Received, r => r.IsTyping);

        var slow = bot.SayAsync("slow");
        await bot.Bot.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.DoesNotContain(bot.Connector.Received, r => r.IsTyping);
        // The typing loop starts its delay on its own thread: move the clock on until it has seen the delay pass.
        for (var tries = 0; !bot.Connector.Received.Any(r => r.IsTyping); tries++)
        {
            Assert.True(tries < 600, "No typing indicator after the delay passed.");
            bot.Clock.Advance(options.TypingDelay);
            await Task.Delay(10);
        }
        bot.Bot.Release();
        Assert.Equal(200, (await slow).Status);

        var received = bot.Connector.Received.ToList();
        var typing = received.FindIndex(r => r.IsTyping);
        Assert.Equal(PipelineHarness.ConversationId, received[typing].ConversationId);
        Assert.Equal("28:bot", received[typing].Activity.From?.Id);
        Assert.True(typing < received.FindLastIndex(r => !r.IsTyping), "The reply came before the typing indicator.");
    }

    [Fact]
    public async Task AnOlderRecordIsMigratedOnReadAndStoredInTheCurrentShape()
    {
        var memory = new MemoryUserStore();
        await memory.WriteAsync(PipelineHarness.UserKey, """
            {"schemaVersion":1,"welcomed":true,"dialogState":{"dialogStack":[]},"processedActivityIds":["old-1"],
             "lastReplies":[{"type":"message","conversation":{"id":"a:ada"},"text":"count is 4"}],"lastRepliesActivityId":"old-1",
             "properties":{"counter":{"Value":4}}}
            """, null, [], default);
        await using var bot = await PipelineHarness.StartAsync(memory);

        await bot.SayAsync("next", id: "old-1"); // a retry of what version 1 committed is still one
        await bot.SayAsync("next");

        Assert.Equal(["count is 4", "count is 5"], bot.SentTexts);
        var stored = JsonNode.Parse((await memory.ReadAsync(PipelineHarness.UserKey, default))!.Json)!.AsObject();
        Assert.Equal(TestRecords.Serializer.CurrentVersion, (int)stored["schemaVersion"]!);
        Assert.Equal(["old-1", "activity-1"], stored["processed"]!["ids"]!.AsArray().Select(n => (string)n!["activity"]!));
    }

    [Fact]
    public async Task AProactiveTurnRunsForAStoredUserAndItsRepliesGoToTheStoredConversation()
    {
        await using var bot = await PipelineHarness.StartAsync();
        Assert.Equal(ProactiveStatus.NoReference,
            (await bot.Adapter.ContinueConversationAsync(PipelineHarness.UserKey, (_, _) => Task.CompletedTask, default)).Status);
        await bot.SayAsync("next");

        var result = await bot.Adapter.ContinueConversationAsync(PipelineHarness.UserKey, (context, _) =>
        {
            context.SendActivity("checking in");
            return Task.CompletedTask;
        }, default);

        Assert.Equal(new ProactiveResult(ProactiveStatus.Sent, 1), result);
        var sent = bot.Connector.Messages[^1];
        Assert.Equal(("checking in", PipelineHarness.ConversationId), (sent.Activity.Text, sent.ConversationId));
        Assert.EndsWith("/activities", sent.RawTarget); // a new message in the conversation, not a reply to an activity
    }

    [Theory]
    [InlineData(404, SendFailure.Unreachable)]
    [InlineData(403, SendFailure.Unreachable)]
    [InlineData(400, SendFailure.Refused)]
    [InlineData(500, SendFailure.Transient)]
    public async Task AProactiveSendThatFailsAfterItsCommitSaysWhy(int status, SendFailure failure)
    {
        await using var bot = await PipelineHarness.StartAsync();
        await bot.SayAsync("next");
        bot.Connector.Status = status;

        var result = await bot.Adapter.ContinueConversationAsync(PipelineHarness.UserKey, (context, _) =>
        {
            context.GetProperty(Counter.PropertyName, PipelineJsonContext.Default.Counter, () => new Counter()).Value = 10;
            context.SendActivity("checking in");
            return Task.CompletedTask;
        }, default);

        Assert.Equal(new ProactiveResult(ProactiveStatus.SendFailed, 1, failure, status), result);
        Assert.Equal(10, await bot.StoredCountAsync()); // the claim was committed before the send
    }

    /// <summary>A store that can fail reads, conflict on every write, or let something happen just before the next write.</summary>
    private sealed class InterferingStore(IUserStore inner) : IUserStore
    {
        public Action? BeforeNextWrite { get; set; }
        public bool AlwaysConflict { get; init; }
        public bool FailReads { get; init; }

        public ValueTask<StoredRecord?> ReadAsync(string userKey, CancellationToken cancellationToken) =>
            FailReads ? throw new IOException("The disk is gone.") : inner.ReadAsync(userKey, cancellationToken);

        public ValueTask<string> WriteAsync(string userKey, string json, string? expectedETag, IReadOnlyList<HistoryRow> history,
            CancellationToken cancellationToken)
        {
            if (AlwaysConflict) throw new StoreConflictException(userKey);
            if (BeforeNextWrite is { } interfere)
            {
                BeforeNextWrite = null;
                interfere();
            }
            return inner.WriteAsync(userKey, json, expectedETag, history, cancellationToken);
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
