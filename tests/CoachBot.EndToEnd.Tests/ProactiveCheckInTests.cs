using System.Diagnostics;
using System.Text.Json;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.Coaching.Model;
using CoachBot.EndToEnd.Tests.Infrastructure;

namespace CoachBot.EndToEnd.Tests;

/// <summary>
/// Through the real Playground on msteams: a user sets a schedule, the coach writes first (a proactive message the
/// user did not ask for in that moment), the user answers the check-in, and "my plan" shows the change. The bot
/// polls fast, and the test moves the first check-in to two seconds after the schedule is set (instead of next
/// Monday) by seeding that due time in the bot's store: nothing in the bot is there for the test.
/// </summary>
public sealed class ProactiveCheckInTests : IAsyncLifetime
{
    internal const string StepTitle = "Book the AZ-104 exam";

    private readonly CheckInBotSession _session = new("CoachBot (check-ins)", new Dictionary<string, string?>
    {
        ["CheckIns__PollInterval"] = "00:00:00.200",
    });

    public Task InitializeAsync() => _session.InitializeAsync();

    public Task DisposeAsync() => _session.DisposeAsync();

    [Fact]
    public async Task TheCoachWritesFirstOnScheduleAndTheAnswerUpdatesThePlan()
    {
        var user = _session.NewUser();
        await user.SayAsync("hello");
        await GiveTheUserAGoalAsync(user, _session.Database);

        // No quiet hours: the check-in comes now, whatever the hour in Berlin.
        var set = await user.SayAsync("schedule every Monday at 9:00 time zone Europe/Berlin no quiet hours");
        Assert.Contains(set, r => r.Text.Contains("every Monday at 09:00 (Europe/Berlin)"));
        await new BotStore(_session.Database).MoveNextCheckInAsync(await UserKeyAsync(user), DateTimeOffset.UtcNow.AddSeconds(2));

        // Nobody types: the check-in arrives on its own.
        var invite = await WaitForBotMessageAsync(user, "weekly check-in", TimeSpan.FromSeconds(20));
        Assert.Equal(Channels.Msteams, invite.Activity.ChannelId);
        // On Teams a check-in's buttons are an Adaptive Card's Action.Execute (README "Cards"), kept after other messages.
        Assert.Contains(invite.Activity.Attachments![0].Content!["actions"]!.AsArray(),
            a => (string?)a!["title"] == "Start now" && (string?)a["type"] == "Action.Execute");

        var progress = await user.SayAsync("Start now");
        Assert.Contains(progress, r => r.Text.Contains(StepTitle));
        var done = await user.SayAsync("Done");
        Assert.Contains(done, r => r.Text.Contains("Well done"));
        await user.SayAsync("I practised every evening");
        await user.SayAsync("skip");
        await user.SayAsync("yes");
        await user.SayAsync("no");
        var saved = await user.SayAsync("skip");
        Assert.Contains(saved, r => r.Text.Contains("check-in is saved"));

        var plan = await user.SayAsync("my plan");
        Assert.Contains(plan, r => r.Text.Contains(StepTitle) && r.Text.Contains("✓ done"));
        // Exactly one check-in arrived (and no reminder: the user answered).
        var recording = await user.ReadRecordingAsync();
        Assert.Single(recording, e => e.IsFromBot && e.Activity.Text?.Contains("weekly check-in") == true);
    }

    /// <summary>The goal dialog has its own tests; here the goal goes straight into the bot's store.</summary>
    internal static async Task GiveTheUserAGoalAsync(PlaygroundClient user, string database)
    {
        var coach = new CoachingState { NextGoalNumber = 2 };
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        coach.Goals.Add(new Goal
        {
            Id = "g1", Text = "get certified", Statement = "Pass the AZ-104 exam", Status = GoalStatus.Active, CreatedOn = today,
            Deadline = today.AddMonths(6),
            Steps = [new PlanStep { Id = "s1", Title = StepTitle, Due = today.AddDays(40) }, new PlanStep { Id = "s2", Title = "Take a practice test", Due = today.AddDays(70) }],
        });
        await new BotStore(database).ChangeAsync(await UserKeyAsync(user), record =>
            record.Properties[CoachingState.PropertyName] = JsonSerializer.SerializeToElement(coach, CoachingJsonContext.Default.CoachingState));
    }

    /// <summary>The storage key of the Playground's user, from the first message it sent the bot.</summary>
    private static async Task<string> UserKeyAsync(PlaygroundClient user)
    {
        var recording = await user.ReadRecordingAsync();
        return UserKeys.For(recording.First(e => e.IsToBot && e.Activity.IsType(ActivityTypes.Message)).Activity)!;
    }

    internal static async Task<BotReply> WaitForBotMessageAsync(PlaygroundClient user, string fragment, TimeSpan deadline)
    {
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var recording = await user.ReadRecordingAsync();
            if (recording.FirstOrDefault(e => e.IsFromBot && e.Activity.Text?.Contains(fragment) == true) is { } found)
                return new BotReply(found.Activity, found.ResponseId);
            if (watch.Elapsed > deadline) throw new TimeoutException($"No bot message with \"{fragment}\" within {deadline}.");
            await Task.Delay(100);
        }
    }
}
