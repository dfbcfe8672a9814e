using CoachBot.Storage.Tests;
using CoachBot.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Scheduling;

/// <summary>
/// Two bot instances, each with its own scheduler, on one real Azurite: they poll the same due index at the same
/// time and race for the same check-ins; the conditional write lets exactly one of them send each.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TwoInstancesTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task EveryDueCheckInIsSentExactlyOnceByTwoInstances()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2027-01-01T12:00:00Z"));
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureTables:TablePrefix"] = "two" + Guid.NewGuid().ToString("N")[..10],
        };
        await using var connector = await LoopbackConnector.StartAsync();
        await using var first = new SchedulerHarness(settings, clock);
        await using var second = new SchedulerHarness(settings, clock);

        // Twelve users in four zones, on Teams and Slack, all asking for Monday 9:00 local; half meet the first instance.
        string[] zones = ["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney"];
        var users = Enumerable.Range(0, 12).Select(i => i % 2 == 0
            ? ChannelUser.Teams(i % 4 < 2 ? first : second, connector.ServiceUrl, "u" + i, zones[i % 4], clock)
            : ChannelUser.Slack(i % 4 < 2 ? first : second, connector.ServiceUrl, "U" + i, zones[i % 4], clock)).ToList();
        foreach (var user in users)
        {
            await user.SayAsync("hi");
            (await user.SayAsync("schedule every Monday at 9:00")).AssertContains("every Monday at 09:00");
        }

        // Monday 9:00 comes to Sydney first (Sunday 22:00 UTC), then Kolkata, Berlin, New York. At each, both instances race.
        var sent = new List<int>();
        foreach (var nineLocal in new[] { "2027-01-03T22:00:00Z", "2027-01-04T03:30:00Z", "2027-01-04T08:00:00Z", "2027-01-04T14:00:00Z" })
        {
            clock.SetUtcNow(DateTimeOffset.Parse(nineLocal));
            sent.AddRange(await Task.WhenAll(first.Scheduler.RunOnceAsync(default), second.Scheduler.RunOnceAsync(default),
                first.Scheduler.RunOnceAsync(default), second.Scheduler.RunOnceAsync(default)));
            Assert.Equal(users.Count / 4 * (sent.Count / 4), connector.Received.Count);
        }
        sent.Add(await first.Scheduler.RunOnceAsync(default));
        sent.Add(await second.Scheduler.RunOnceAsync(default));

        Assert.Equal(users.Count, sent.Sum());
        foreach (var user in users) Assert.Equal(1, connector.CountFor(user.ConversationId));
        Assert.All(connector.Received, r => Assert.Contains("weekly check-in", r.Activity.Text));
    }
}
