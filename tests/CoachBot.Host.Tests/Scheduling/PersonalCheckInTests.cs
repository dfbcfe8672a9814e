using CoachBot.BotFramework.State;
using CoachBot.Host.Tests.State;
using CoachBot.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Scheduling;

/// <summary>
/// Issue 14.1: check-ins go to the user's personal conversation only (DESIGN.md "Conversation scopes"), whatever channel
/// or group chat the user wrote in last; a record that knows only a channel pauses delivery until the user writes in the
/// personal chat. SQLite files, the scheduler's polls, a loopback connector over real HTTP, an injected clock.
/// </summary>
public sealed class PersonalCheckInTests : IAsyncLifetime
{
    private const string TeamsChannel = "19:general@thread.tacv2;messageid=1767000000001";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-12-04T12:00:00Z")); // a Friday, before the fixture's due time
    private readonly TempFolder _folder = new();
    private LoopbackConnector _connector = null!;
    private SchedulerHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _bot = new SchedulerHarness(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = Path.Combine(_folder.Path, "coachbot.db"),
        }, _clock);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task AfterAMentionInATeamChannelTheCheckInStillGoesToThePersonalChat()
    {
        var user = ChannelUser.Teams(_bot, _connector.ServiceUrl, "ana", "Etc/UTC", _clock);
        await user.SayAsync("hi");
        (await user.SayAsync("schedule every Monday at 9:00 no quiet hours")).AssertContains("every Monday at 09:00");
        await user.SayInChannelAsync("help", TeamsChannel);
        _connector.Clear();

        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-04T09:00:00Z"));
        Assert.Equal(1, await _bot.Scheduler.RunOnceAsync(default));

        var invite = Assert.Single(_connector.Messages);
        Assert.Equal(user.ConversationId, invite.ConversationId);
        Assert.Contains("weekly check-in", invite.Activity.Text);
    }

    [Fact]
    public async Task AfterAMentionInASlackChannelTheCheckInStillGoesToTheDm()
    {
        var user = ChannelUser.Slack(_bot, _connector.ServiceUrl, "GRACE", "Etc/UTC", _clock);
        await user.SayAsync("hi");
        (await user.SayAsync("schedule every Monday at 9:00 no quiet hours")).AssertContains("every Monday at 09:00");
        await user.SayInChannelAsync("help", "B1:T1:C0GENERAL");
        _connector.Clear();

        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-04T09:00:00Z"));
        Assert.Equal(1, await _bot.Scheduler.RunOnceAsync(default));

        Assert.Equal(user.ConversationId, Assert.Single(_connector.Messages).ConversationId);
    }

    [Fact]
    public async Task AVersionTwoRecordThatOnlyKnowsAChannelPausesUntilThePersonalChat()
    {
        // As the version-2 bot left it (tests/Data/records): a weekly check-in due Monday 7 December 2026 at 08:00 UTC,
        // and the reference of the team channel where the user last mentioned the bot.
        var user = ChannelUser.Teams(_bot, _connector.ServiceUrl, "ada", "Europe/Berlin", _clock);
        var json = await File.ReadAllTextAsync(Path.Combine(RepoPaths.TestData, "records", "v2-scopes-teams-channel-last.json"));
        var due = DateTimeOffset.Parse("2026-12-07T08:00:00Z");
        await _bot.Store.WriteAsync(user.UserKey, json, null, [], default);
        await _bot.Store.UpsertDueAsync(new DueEntry(due, user.UserKey), default);
        _clock.SetUtcNow(due);

        Assert.Equal(0, await _bot.Scheduler.RunOnceAsync(default));
        Assert.Empty(_connector.Messages);
        Assert.Empty(await _bot.Store.QueryDueAsync(due.AddYears(1), 10, default)); // paused, not polled again and again

        // The user writes in the personal chat: delivery resumes there.
        await user.SayAsync("hi");
        Assert.NotEmpty(await _bot.Store.QueryDueAsync(due.AddYears(1), 10, default));
        _connector.Clear();
        Assert.Equal(1, await _bot.Scheduler.RunOnceAsync(default));
        Assert.Equal(user.ConversationId, Assert.Single(_connector.Messages).ConversationId);
        var record = AppRecords.Serializer.Deserialize((await _bot.Store.ReadAsync(user.UserKey, default))!.Json);
        Assert.Equal(user.ConversationId, record.PersonalReference!.Conversation!.Id);
    }
}
