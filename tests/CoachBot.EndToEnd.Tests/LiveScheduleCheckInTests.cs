using System.Globalization;
using CoachBot.EndToEnd.Tests.Infrastructure;

namespace CoachBot.EndToEnd.Tests;

/// <summary>
/// The issue's own words, live and without any test hook: through the Playground on msteams, a user sets a schedule
/// a minute or two ahead ("every Friday at 10:47", in UTC, no quiet hours) and the check-in arrives in their chat at
/// that minute by the real clock, with the production scheduler (only its poll interval is shortened).
/// </summary>
public sealed class LiveScheduleCheckInTests : IAsyncLifetime
{
    private readonly CheckInBotSession _session = new("CoachBot (live schedule)", new Dictionary<string, string?>
    {
        ["CheckIns__PollInterval"] = "00:00:01",
    });

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task AScheduleAMinuteAheadBringsTheCheckInAtThatMinute()
    {
        var user = _session.NewUser();
        await user.SayAsync("hello");
        await ProactiveCheckInTests.GiveTheUserAGoalAsync(user, _session.Database);

        // The next whole minute at least 45 seconds away, so the schedule is set before it comes.
        var now = DateTimeOffset.UtcNow;
        var at = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddMinutes(now.Second < 15 ? 1 : 2);
        var day = at.DayOfWeek.ToString();
        var time = at.ToString("HH:mm", CultureInfo.InvariantCulture);
        var set = await user.SayAsync($"schedule every {day} at {time} time zone UTC no quiet hours");
        Assert.Contains(set, r => r.Text.Contains($"every {day} at {time}"));

        var invite = await ProactiveCheckInTests.WaitForBotMessageAsync(user, "weekly check-in", at - DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30));
        var arrived = DateTimeOffset.UtcNow;
        Assert.True(arrived >= at, $"The check-in came at {arrived:O}, before its time {at:O}.");
        Assert.True(arrived < at + TimeSpan.FromSeconds(30), $"The check-in came at {arrived:O}, late for {at:O}.");
        // On Teams a check-in's buttons are an Adaptive Card's Action.Execute (README "Cards"), kept after other messages.
        Assert.Contains(invite.Activity.Attachments![0].Content!["actions"]!.AsArray(),
            a => (string?)a!["title"] == "Start now" && (string?)a["type"] == "Action.Execute");

        var progress = await user.SayAsync("Start now");
        Assert.Contains(progress, r => r.Text.Contains(ProactiveCheckInTests.StepTitle));
        var recording = await user.ReadRecordingAsync();
        Assert.Single(recording, e => e.IsFromBot && e.Activity.Text?.Contains("weekly check-in") == true);
    }
}
