using System.Text.Json;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.CheckIns;
using CoachBot.Host.Tests.Scheduling;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Dialogs;

/// <summary>
/// A choice means its key, not its place in the list: a coach who reorders a list in dialogs/ changes what people
/// see first, and nothing else. The bot runs as the host wires it, with <c>Dialogs:Path</c> on an edited copy.
/// </summary>
public sealed class ReorderedChoicesTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2027-01-04T09:00:00Z"));
    private readonly DialogsCopy _dialogs = new();

    public ReorderedChoicesTests() => _dialogs.SwapChoices("reflection", "progress", "done", "behind");

    public void Dispose() => _dialogs.Dispose();

    [Fact]
    public async Task SwappingDoneAndBehindChangesTheOrderShownAndNotWhatAnAnswerMeans()
    {
        await using var bot = Bot(_dialogs.Folder);
        var user = await UserWithAPlanAsync(bot, "ana");

        var question = await user.SayAsync("check in");
        Assert.Equal(["Behind", "On track", "Done", "Blocked"], question.Activities.Last().SuggestedActions!.Actions!.Select(a => a.Title));

        // "behind" still means behind: the coach asks what would help, and the step stays open.
        (await user.SayAsync("behind")).AssertContains("What would help most").AssertNotContains("Well done");
        await FinishCheckInAsync(user, fromFix: true);
        Assert.Equal(ReflectionProgress.Behind, await SavedProgressAsync(bot, user));
    }

    [Fact]
    public async Task AnAnswerByNumberMeansTheChoiceShownAtThatNumber()
    {
        await using var edited = Bot(_dialogs.Folder);
        var reordered = await UserWithAPlanAsync(edited, "bea");
        await reordered.SayAsync("check in");
        (await reordered.SayAsync("1")).AssertContains("What would help most"); // first shown: Behind

        await using var shipped = Bot(dialogsPath: null);
        var original = await UserWithAPlanAsync(shipped, "cy");
        await original.SayAsync("check in");
        (await original.SayAsync("1")).AssertContains("Well done"); // first shown: Done
    }

    private SchedulerHarness Bot(string? dialogsPath) => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Memory",
        ["Dialogs:Path"] = dialogsPath,
    }, _clock);

    private async Task<ChannelUser> UserWithAPlanAsync(SchedulerHarness bot, string name)
    {
        var user = ChannelUser.Teams(bot, new Uri("https://connector.invalid/"), name, "Europe/Berlin", _clock);
        await user.SayAsync("hi");
        await SeededPlan.AddGoalAsync(bot, user.UserKey, new DateOnly(2027, 1, 10));
        return user;
    }

    private static async Task FinishCheckInAsync(ChannelUser user, bool fromFix)
    {
        if (fromFix) await user.SayAsync("Keep it as it is");
        foreach (var answer in new[] { "skip", "skip", "yes", "no", "skip" }) await user.SayAsync(answer);
    }

    private static async Task<ReflectionProgress?> SavedProgressAsync(SchedulerHarness bot, ChannelUser user)
    {
        var row = Assert.Single(await bot.Store.ReadHistoryAsync(user.UserKey, default), h => h.RowId.StartsWith(CheckInHistory.RowPrefix, StringComparison.Ordinal));
        var history = JsonSerializer.Deserialize(row.Json, CheckInJsonContext.Default.CheckInHistory)!;
        return Assert.Single(history.Goals).Progress;
    }
}
