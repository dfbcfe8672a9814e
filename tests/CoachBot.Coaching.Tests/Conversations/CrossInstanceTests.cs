using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.TestSupport;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>Two bot instances (two adapters) over one store, as behind a load balancer.</summary>
public sealed class CrossInstanceTests
{
    [Fact]
    public async Task AChannelRetryThatLandsOnAnotherInstanceIsProcessedOnce()
    {
        var store = new CountingUserStore(new MemoryUserStore());
        var first = Start(store);
        var second = Start(store);
        await first.JoinAsync();
        await first.SayAsync("set a new goal");
        await first.SayAsync("I want to get better at my job");
        (await first.SayAsync("become a team lead")).AssertContains(Says(Dialogs.GoalTexts.AskConfidence));

        // "8" answers the confidence question and moves on; run again it would answer the hours question instead.
        var original = await first.SendAsync(new Activity { Type = ActivityTypes.Message, Id = "retried-activity", Text = "8" });
        var writes = store.Writes;
        var retry = await second.SendAsync(new Activity { Type = ActivityTypes.Message, Id = "retried-activity", Text = "8" });

        original.AssertContains(Says(CoachBot.Coaching.Smart.SmartTexts.AskAchievableTime));
        Assert.Equal(original.Text, retry.Text); // the same replies, re-sent
        Assert.Equal(writes, store.Writes);      // and the turn did not run again
        // The conversation is where the first delivery left it: the next answer is the hours, then relevance is asked.
        (await second.SayAsync("4")).AssertContains(Says(CoachBot.Coaching.Smart.SmartTexts.AskRelevant))
            .AssertNotContains(Says(CoachBot.Coaching.Smart.SmartTexts.AskAchievableTime));
    }

    [Fact]
    public async Task TwoMessagesAtOnceFromOneUserLoseNothing()
    {
        var store = new MemoryUserStore();
        var first = Start(store);
        var second = Start(store);
        await first.JoinAsync();
        await first.SayAsync("self-assessment");
        await first.SayAsync("skip");
        await first.SayAsync("skip");
        await first.SayAsync("skip");
        // Both instances take an answer at once: whichever commits second re-runs on the fresh record (on a conflict) or reads
        // it afresh, so the second answer goes to the next question instead of overwriting the first.
        await Task.WhenAll(first.SayAsync("salary"), second.SayAsync("learning"));
        var profile = (await StateAsync(first)).Profile;
        var kept = string.Join("|", profile.Values.Select(v => v.Key ?? v.Text).Append(profile.WorkEnvironment ?? "")).ToLowerInvariant();
        Assert.Contains("salary", kept);
        Assert.Contains("learning", kept);
    }
}
