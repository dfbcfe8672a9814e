using System.Diagnostics;
using System.Net;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.State;
using CoachBot.BotFramework.Text;
using CoachBot.Storage.Sqlite;
using CoachBot.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// Issue 14.6, the per-turn deadline (<c>Adapter:TurnDeadline</c>, 12 s by default so a turn answers inside the
/// channel's 15 s): a dependency call that hangs is cancelled at the deadline, the user gets an apology, the log says so
/// with the trace id, and nothing of the turn is stored. Small bounds keep the test fast; the real pipeline and a
/// SQLite file whose writes a test can hold. Also issue 14.12: the apology's log line says whether it was sent.
/// </summary>
public sealed class TurnDeadlineTests : IDisposable
{
    private static readonly string Apology = TextCatalog.Load(TextCatalog.DefaultDirectory).Get(CoreTexts.Apology, "en-US");
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task AHungWriteIsCancelledAtTheDeadlineWithAnApologyAndNothingStored()
    {
        var store = new HoldingStore(new SqliteUserStore(Path.Combine(_folder.Path, "coachbot.db")));
        await using var bot = await BotWithSettings.StartAsync(new Dictionary<string, string?>
        {
            ["Adapter:TurnDeadline"] = "00:00:03",
        }, services: s => s.AddSingleton<IUserStore>(store));
        await bot.PostAsync(bot.Message(BotWithSettings.NewUser(), "hi")); // the first turn of a process pays for start-up
        var user = BotWithSettings.NewUser();
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(bot.Message(user, "hi"))).StatusCode);
        var before = (await store.ReadAsync($"msteams|tenant-1|{user}", default))!.Json;

        store.HoldWrites = true;
        var clock = Stopwatch.StartNew();
        var response = await bot.PostAsync(bot.Message(user, "set a new goal: pass the AZ-104 exam by June 30 2027"));
        clock.Stop();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(12));
        Assert.Equal(Apology, (string?)bot.MessagesTo(user)[^1]["text"]);
        Assert.True(store.WriteWasCancelled);
        Assert.Equal(before, (await store.ReadAsync($"msteams|tenant-1|{user}", default))!.Json); // nothing half written
        var line = Assert.Single(bot.Logs.Lines, l => l.Message.Contains("deadline", StringComparison.Ordinal));
        Assert.Matches("trace [0-9a-f]{32}", line.Message);
        Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("apology for failed turn", StringComparison.Ordinal) && l.Message.EndsWith("was sent", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WhenTheApologyCannotBeSentTheLogSaysSo()
    {
        await using var bot = await BotWithSettings.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Adapter:TurnDeadline"] = "00:00:01",
            ["Connector:MaxRetries"] = "0",
        }, connector: (_, response) =>
        {
            response.StatusCode = 500;
            return Task.CompletedTask;
        }, services: s => s.AddSingleton<IUserStore>(new HoldingStore(new MemoryUserStore()) { HoldWrites = true }));

        var response = await bot.PostAsync(bot.Message(BotWithSettings.NewUser(), "hi"));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("apology for failed turn", StringComparison.Ordinal)
            && l.Message.Contains("not sent", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Message.EndsWith("was sent", StringComparison.Ordinal));
    }

    [Fact]
    public void TheDefaultDeadlineLeavesRoomInsideTheChannelsFifteenSeconds()
    {
        var options = new AdapterOptions();
        Assert.Equal(TimeSpan.FromSeconds(12), options.TurnDeadline);
        Assert.Empty(options.FindProblems());
        Assert.NotEmpty(new AdapterOptions { TurnDeadline = TimeSpan.FromSeconds(15) }.FindProblems());
        Assert.NotEmpty(new AdapterOptions { TurnDeadline = TimeSpan.Zero }.FindProblems());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    /// <summary>A real store whose writes, once <see cref="HoldWrites"/> is set, wait until the caller gives up (a hung disk or endpoint).</summary>
    private sealed class HoldingStore(IUserStore inner) : IUserStore
    {
        public volatile bool HoldWrites;
        public volatile bool WriteWasCancelled;

        public async ValueTask<string> WriteAsync(string userKey, string json, string? expectedETag, IReadOnlyList<HistoryRow> history,
            CancellationToken cancellationToken)
        {
            if (HoldWrites)
            {
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    WriteWasCancelled = true;
                    throw;
                }
            }
            return await inner.WriteAsync(userKey, json, expectedETag, history, cancellationToken);
        }

        public ValueTask<StoredRecord?> ReadAsync(string userKey, CancellationToken cancellationToken) => inner.ReadAsync(userKey, cancellationToken);
        public Task<IReadOnlyList<HistoryRow>> ReadHistoryAsync(string userKey, CancellationToken cancellationToken) => inner.ReadHistoryAsync(userKey, cancellationToken);
        public Task DeleteUserAsync(string userKey, CancellationToken cancellationToken) => inner.DeleteUserAsync(userKey, cancellationToken);
        public Task UpsertDueAsync(DueEntry entry, CancellationToken cancellationToken) => inner.UpsertDueAsync(entry, cancellationToken);
        public Task DeleteDueAsync(DueEntry entry, CancellationToken cancellationToken) => inner.DeleteDueAsync(entry, cancellationToken);
        public Task<IReadOnlyList<DueEntry>> QueryDueAsync(DateTimeOffset upToUtc, int max, CancellationToken cancellationToken) => inner.QueryDueAsync(upToUtc, max, cancellationToken);
        public Task CheckHealthAsync(CancellationToken cancellationToken) => inner.CheckHealthAsync(cancellationToken);
        public Task WriteHealthAsync(DateTimeOffset writtenUtc, CancellationToken cancellationToken) => inner.WriteHealthAsync(writtenUtc, cancellationToken);
    }
}
