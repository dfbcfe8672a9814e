using System.Diagnostics;
using System.Text.Json;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.CheckIns;
using CoachBot.Host.Tests.State;
using CoachBot.Storage.Sqlite;
using CoachBot.TestSupport;

namespace CoachBot.Host.Tests.Scheduling;

/// <summary>
/// The real bot process, killed at the worst moment: the connector kills it (SIGKILL) when its first proactive POST
/// arrives and drops that POST unread. The bot sends only after the claim is committed, so the claim is on disk and
/// the channel has nothing. A second process on the same SQLite file finds the expired claim and sends the check-in:
/// once, not zero times, not twice. No hook in the bot: the crash comes from outside, as a real one would.
/// </summary>
public sealed class CrashBetweenClaimAndSendTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task ACheckInClaimedByACrashedProcessIsSentOnceByTheNextOne()
    {
        using var folder = new TempFolder();
        await using var connector = await LoopbackConnector.StartAsync();
        var database = Path.Combine(folder.Path, "coachbot.db");
        const string userKey = "msteams|tenant-1|29:crash";
        var due = DateTimeOffset.UtcNow.AddSeconds(-5);
        await SeedUserWithDueCheckInAsync(database, userKey, connector.ServiceUrl, due);

        var settings = new Dictionary<string, string?>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__Sqlite__Path"] = database,
            ["CheckIns__PollInterval"] = "00:00:00.200",
            ["CheckIns__ClaimTimeout"] = "00:00:01",
        };

        // First process: claims, commits, and dies the moment its send reaches the channel.
        await using (var doomed = BotProcess.Start(folder.Path, ["--urls", "http://127.0.0.1:0"], settings, "CoachBot (doomed)"))
        {
            connector.DiscardNextPost(doomed.Kill);
            var exitCode = await doomed.WaitForExitAsync(Deadline);
            Assert.NotEqual(0, exitCode);
        }
        Assert.Empty(connector.Received);
        var claimed = await ReadStateAsync(database, userKey);
        Assert.Equal(due, claimed.Pending?.Id); // committed, not sent

        // Second process on the same file: the claim expires, the check-in goes out once and is recorded as sent.
        await using var survivor = BotProcess.Start(folder.Path, ["--urls", "http://127.0.0.1:0"], settings, "CoachBot (survivor)");
        var watch = Stopwatch.StartNew();
        CheckInState state;
        while (true)
        {
            state = await ReadStateAsync(database, userKey);
            if (state.Pending is null && state.Deliveries.Any(d => d.Outcome == "sent")) break;
            if (watch.Elapsed > Deadline) throw new TimeoutException($"The check-in was not sent again:\n{survivor.Output}");
            await Task.Delay(100);
        }
        var sent = Assert.Single(connector.Received);
        Assert.Equal("a:crash", sent.ConversationId);
        Assert.Contains("weekly check-in", sent.Activity.Text);
        Assert.Equal(due, Assert.Single(state.Deliveries, d => d.Outcome == "sent").Id);
        Assert.True(state.NextUtc > DateTimeOffset.UtcNow.AddDays(6)); // the next one is next week: nothing more to send
    }

    private static async Task SeedUserWithDueCheckInAsync(string database, string userKey, Uri serviceUrl, DateTimeOffset due)
    {
        var store = new SqliteUserStore(database);
        var checkIns = new CheckInState
        {
            Schedule = new CheckInSchedule { Cadence = Cadence.Weekly, Day = due.DayOfWeek, Time = TimeOnly.FromDateTime(due.UtcDateTime), TimeZone = "Etc/UTC" },
            NextUtc = due,
            IndexedDueUtc = due,
        };
        var record = new UserRecord
        {
            Welcomed = true,
            PersonalReference = new ConversationReference
            {
                ChannelId = Channels.Msteams,
                ServiceUrl = serviceUrl.ToString(),
                User = new ChannelAccount { Id = "29:crash", Name = "Crash Test" },
                Bot = new ChannelAccount { Id = "28:bot", Name = "CoachBot" },
                Conversation = new ConversationAccount { Id = "a:crash", ConversationType = "personal", TenantId = "tenant-1" },
                Locale = "en-US",
            },
        };
        record.Properties[CheckInState.PropertyName] = JsonSerializer.SerializeToElement(checkIns, CheckInJsonContext.Default.CheckInState);
        await store.UpsertDueAsync(new DueEntry(due, userKey), default);
        await store.WriteAsync(userKey, AppRecords.Serializer.Serialize(record), null, [], default);
    }

    private static async Task<CheckInState> ReadStateAsync(string database, string userKey)
    {
        var stored = await new SqliteUserStore(database).ReadAsync(userKey, default) ?? throw new InvalidOperationException("No record.");
        var record = AppRecords.Serializer.Deserialize(stored.Json);
        return record.Properties[CheckInState.PropertyName].Deserialize(CheckInJsonContext.Default.CheckInState)!;
    }
}
