using CoachBot.Host.Tests.State;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.CheckIns;
using CoachBot.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Scheduling;

/// <summary>
/// "Every Monday at 9:00" end to end inside one bot instance with an injected clock: the schedule set in
/// conversation, the scheduler's polls, the proactive message on a real loopback connector, the answer, the plan.
/// </summary>
public sealed class MondayCheckInTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2027-01-01T12:00:00Z")); // a Friday
    private LoopbackConnector _connector = null!;
    private SchedulerHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _bot = new SchedulerHarness(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" }, _clock);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task MondayAtNineArrivesOnceEachMondayAndTheAnswerChangesThePlan()
    {
        var user = ChannelUser.Teams(_bot, _connector.ServiceUrl, "ana", "Europe/Berlin", _clock);
        await user.SayAsync("hi");
        await SeededPlan.AddGoalAsync(_bot, user.UserKey, new DateOnly(2027, 3, 1));

        (await user.SayAsync("schedule every Monday at 9:00"))
            .AssertContains("every Monday at 09:00", "Europe/Berlin", "Mon, 4 January 2027 at 09:00");

        Assert.Equal(0, await _bot.Scheduler.RunOnceAsync(default));
        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-04T07:59:00Z"));
        Assert.Equal(0, await _bot.Scheduler.RunOnceAsync(default));
        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-04T08:00:00Z")); // 9:00 in Berlin
        Assert.Equal(1, await _bot.Scheduler.RunOnceAsync(default));
        Assert.Equal(0, await _bot.Scheduler.RunOnceAsync(default));

        var invite = Assert.Single(_connector.Received).Activity;
        Assert.Contains("weekly check-in", invite.Text);
        Assert.Contains("every Monday at 09:00", invite.Text); // why it came
        // The buttons, by the keys their titles stand for, in the order dialogs/ lists them.
        var buttons = TextCatalog.Load(TextCatalog.DefaultDirectory).Choices.Get(CheckInTexts.InviteAnswers, "en-US");
        // On Teams a check-in's buttons are a card's Action.Execute (README "Cards"), kept after other messages.
        var card = Assert.Single(invite.Attachments!).Content!;
        Assert.Equal(["startNow", "snoozeHour", "snoozeTomorrow", "skipThisTime"],
            card["actions"]!.AsArray().Select(a => buttons.Single(b => b.Title == (string?)a!["title"]).Key));

        _clock.Advance(TimeSpan.FromMinutes(10));
        (await user.SayAsync("Start now")).AssertContains(SeededPlan.StepTitle, "Done", "Behind");
        (await user.SayAsync("behind")).AssertContains("What would help most");
        (await user.SayAsync("Move the date")).AssertContains("To when");
        (await user.SayAsync("March 15")).AssertContains("Move \"" + SeededPlan.StepTitle + "\" to Mon, 15 March 2027?");
        (await user.SayAsync("yes")).AssertContains("plan is updated", "What went well");
        (await user.SayAsync("I studied three evenings")).AssertContains("What got in the way");
        (await user.SayAsync("A release at work")).AssertContains("still realistic");
        (await user.SayAsync("yes")).AssertContains("priorities changed");
        (await user.SayAsync("no")).AssertContains("opportunity or challenge");
        (await user.SayAsync("skip")).AssertContains("check-in is saved", "Mon, 11 January 2027 at 09:00");

        var history = await _bot.Store.ReadHistoryAsync(user.UserKey, default);
        var row = Assert.Single(history, h => h.RowId.StartsWith(CheckInHistory.RowPrefix, StringComparison.Ordinal));
        Assert.Contains("I studied three evenings", row.Json);
        Assert.Contains("\"changeApplied\":true", row.Json);
        (await user.SayAsync("my plan")).AssertContains(SeededPlan.StepTitle, "15 March 2027");

        // No reminder: the user answered. The next Monday brings exactly one more.
        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-05T08:00:00Z"));
        Assert.Equal(0, await _bot.Scheduler.RunOnceAsync(default));
        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-11T08:00:00Z"));
        Assert.Equal(1, await _bot.Scheduler.RunOnceAsync(default));
        Assert.Equal(0, await _bot.Scheduler.RunOnceAsync(default));
        Assert.Equal(2, _connector.CountFor(user.ConversationId));
    }

    [Fact]
    public async Task AnUnansweredCheckInGetsOneReminderAndDeleteRemovesTheDueRows()
    {
        var user = ChannelUser.Slack(_bot, _connector.ServiceUrl, "BEA", "Asia/Kolkata", _clock);
        await user.SayAsync("hi");
        (await user.SayAsync("schedule every Monday at 9:00")).AssertContains("Asia/Kolkata", "Mon, 4 January 2027 at 09:00");
        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-04T03:30:00Z"));
        Assert.Equal(1, await _bot.Scheduler.RunOnceAsync(default));
        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-05T03:30:00Z"));
        Assert.Equal(1, await _bot.Scheduler.RunOnceAsync(default));
        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-06T03:30:00Z"));
        Assert.Equal(0, await _bot.Scheduler.RunOnceAsync(default));
        var messages = _connector.Received.Select(r => r.Activity.Text).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains("only reminder", messages[1]);
        // Slack gets its buttons on a hero card (it ignores suggested actions).
        Assert.Contains(_connector.Received[0].Activity.Attachments!, a => a.ContentType == "application/vnd.microsoft.card.hero");

        Assert.NotEmpty(await _bot.Store.QueryDueAsync(DateTimeOffset.MaxValue, 10, default));
        await user.SayAsync("delete my data");
        await user.SayAsync("yes");
        Assert.Empty(await _bot.Store.QueryDueAsync(DateTimeOffset.MaxValue, 10, default));
        // Only the tombstone is left: the processed ids and the deletion marker, nothing of the user's (TurnRunner).
        var left = AppRecords.Serializer.Deserialize((await _bot.Store.ReadAsync(user.UserKey, default))!.Json);
        Assert.True(left.Deleted);
        Assert.Empty(left.Properties);
        Assert.Null(left.PersonalReference);
    }

    [Fact]
    public async Task TheScheduleIsSetInConversationAskingForTheZoneOnlyWhenTheChannelSentNone()
    {
        var user = ChannelUser.Teams(_bot, _connector.ServiceUrl, "cy", timeZone: null, _clock);
        await user.SayAsync("hi");
        (await user.SayAsync("schedule")).AssertContains("don't have check-ins set up yet", "When would you like your check-ins");
        (await user.SayAsync("every Friday at 17:00")).AssertContains("Which time zone");
        (await user.SayAsync("Mars/Olympus")).AssertContains("don't know that time zone");
        (await user.SayAsync("W. Europe Standard Time"))
            .AssertContains("every Friday at 17:00 (Europe/Berlin)", "quiet hours 21:00-08:00", "Fri, 1 January 2027 at 17:00");
        (await user.SayAsync("snooze an hour")).AssertContains("no check-in waiting");
        (await user.SayAsync("skip this week")).AssertContains("skip the check-in on Fri, 1 January 2027", "Fri, 8 January 2027 at 17:00");
        (await user.SayAsync("pause until February 1 2027")).AssertContains("paused until Mon, 1 February 2027");
        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-08T14:00:00Z"));
        Assert.Equal(0, await _bot.Scheduler.RunOnceAsync(default)); // paused
        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-08T15:00:00Z"));
        (await user.SayAsync("resume check-ins")).AssertContains("back on", "Fri, 8 January 2027 at 17:00");
        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-08T16:00:00Z"));
        Assert.Equal(1, await _bot.Scheduler.RunOnceAsync(default));
        (await user.SayAsync("stop check-ins")).AssertContains("Check-ins are off");
        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-15T16:00:00Z"));
        Assert.Equal(0, await _bot.Scheduler.RunOnceAsync(default));
    }
}
