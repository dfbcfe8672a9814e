using CoachBot.BotFramework.Schema;
using CoachBot.Scheduling;
using CoachBot.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Scheduling;

/// <summary>
/// Proactive sends are paced per tenant (README "Check-ins": <c>CheckIns:TenantMessagesPerSecond</c>), on a clock the
/// test drives: the pacer's own, apart from the business clock, as in production.
/// </summary>
public sealed class TenantPacingTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2027-01-04T12:00:00Z");

    [Fact]
    public void EachTenantGetsEvenlySpacedSlotsOfItsOwn()
    {
        var clock = new FakeTimeProvider(Start);
        var pacer = new TenantPacer(clock, perSecond: 4);

        Assert.Equal([0, 250, 500, 750, 1000], Enumerable.Range(0, 5).Select(_ => pacer.Reserve("msteams|a").TotalMilliseconds));
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("msteams|b")); // another tenant does not wait behind the first
        clock.Advance(TimeSpan.FromSeconds(5));
        // A tenant that was quiet gets its next slot now, and no burst for the time it did not use.
        Assert.Equal([0, 250], Enumerable.Range(0, 2).Select(_ => pacer.Reserve("msteams|a").TotalMilliseconds));
    }

    [Fact]
    public async Task AWaitEndsOnlyWhenTheTenantsSlotHasCome()
    {
        var clock = new FakeTimeProvider(Start);
        var pacer = new TenantPacer(clock, perSecond: 2);
        await pacer.WaitAsync("msteams|a", default);

        var second = pacer.WaitAsync("msteams|a", default);
        clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(30));
    }

    [Theory]
    [InlineData("slack||U0ADA:T0ONE", "slack|T0ONE")]
    [InlineData("slack||U0ADA:T0TWO", "slack|T0TWO")]
    [InlineData("slack||W0GRID:T0ONE", "slack|T0ONE")]
    [InlineData("slack||U0ADA", "slack|")]
    [InlineData("msteams|tenant-1|29:ada", "msteams|tenant-1")]
    [InlineData("emulator||user-1", "emulator|")]
    public void ASlackUsersWorkspaceIsTheirTenant(string userKey, string bucket) =>
        Assert.Equal(bucket, TenantPacer.TenantOf(userKey));

    [Fact]
    public Task TheSchedulerSendsNoFasterThanTheRatePerTenant() =>
        SendsAtTheRateOfEachAsync(["tenant-a", "tenant-b"], (bot, url, business, tenant, i) =>
            new ChannelUser(bot, url, Channels.Msteams, $"29:{tenant}-{i}", $"a:{tenant}-{i}", tenant, "Etc/UTC", business));

    [Fact]
    public Task TheSchedulerSendsNoFasterThanTheRatePerSlackWorkspace() =>
        SendsAtTheRateOfEachAsync(["T0ONE", "T0TWO"], (bot, url, business, team, i) =>
            new ChannelUser(bot, url, Channels.Slack, $"U{i}X:{team}", $"B0BOT:{team}:D{i}X", null, "Etc/UTC", business));

    private static async Task SendsAtTheRateOfEachAsync(string[] tenants,
        Func<SchedulerHarness, Uri, FakeTimeProvider, string, int, ChannelUser> userOf)
    {
        const double perSecond = 2;
        var business = new FakeTimeProvider(DateTimeOffset.Parse("2027-01-01T12:00:00Z")); // a Friday
        var pacing = new FakeTimeProvider(Start);
        await using var connector = await LoopbackConnector.StartAsync(pacing);
        await using var bot = new SchedulerHarness(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["CheckIns:TenantMessagesPerSecond"] = perSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, business, pacing);
        var conversations = new Dictionary<string, string>();
        foreach (var tenant in tenants)
            for (var i = 0; i < 4; i++)
            {
                var user = userOf(bot, connector.ServiceUrl, business, tenant, i);
                conversations[user.ConversationId] = tenant;
                await user.SayAsync("hi");
                (await user.SayAsync("schedule every Monday at 9:00 no quiet hours")).AssertContains("every Monday at 09:00");
            }
        business.SetUtcNow(DateTimeOffset.Parse("2027-01-04T09:00:00Z"));

        // The pacer's clock stands still unless the test moves it: at each instant, each tenant may send once. The
        // clock moves by one spacing only once both tenants have sent what that instant allows.
        var spacing = TimeSpan.FromSeconds(1 / perSecond);
        var poll = bot.Scheduler.RunOnceAsync(default);
        for (var slot = 1; slot <= 4; slot++)
        {
            await WaitUntilAsync(() => connector.Messages.Count >= slot * tenants.Length, poll);
            if (slot < 4) pacing.Advance(spacing);
        }
        Assert.Equal(8, await poll.WaitAsync(TimeSpan.FromSeconds(30)));

        // So each tenant's k-th send came k spacings after the start, both tenants side by side.
        foreach (var tenant in tenants)
        {
            var times = connector.Messages.Where(m => conversations[m.ConversationId] == tenant)
                .Select(m => (m.ReceivedAt - Start).TotalMilliseconds).Order();
            Assert.Equal([0, 500, 1000, 1500], times);
        }
    }

    /// <summary>Polls for a condition the poll reaches on its own threads; fails if the poll ends or a minute passes first.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition, Task poll)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!condition())
        {
            if (poll.IsFaulted) await poll; // its error, not a timeout
            Assert.True(DateTime.UtcNow < deadline, "The sends did not come.");
            await Task.WhenAny(poll, Task.Delay(10));
        }
    }
}
