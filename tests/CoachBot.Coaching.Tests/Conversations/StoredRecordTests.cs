using CoachBot.BotFramework.State;
using CoachBot.Coaching.Model;
using CoachBot.TestSupport;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// Users whose records an older build stored (tests/Data/records, captured from real conversations) carry on with the
/// coach as if nothing had changed, and their records are stored in the current shape afterwards.
/// </summary>
public sealed class StoredRecordTests
{
    private static async Task<ConversationTest> WithStoredRecordAsync(string file)
    {
        var store = new MemoryUserStore();
        var chat = Start(store);
        await store.WriteAsync(chat.UserKey, File.ReadAllText(Path.Combine(RepoPaths.TestData, "records", file)), null, [], default);
        return chat;
    }

    [Fact]
    public async Task AVersionOneUserWithAPlanSeesItAndMovesItOn()
    {
        var chat = await WithStoredRecordAsync("v1-planned.json");

        (await chat.SayAsync("my plan")).AssertContains("I will become a team lead", "Find a mentor who has done this")
            .AssertNotContains(Says(BotFramework.Builder.CoreTexts.Apology));
        (await chat.SayAsync("done 2")).AssertContains("Find a mentor who has done this");

        var state = await StateAsync(chat);
        var goal = Assert.Single(state.Goals);
        Assert.Equal([StepStatus.Done, StepStatus.Done, StepStatus.Open], goal.Steps.Take(3).Select(s => s.Status));
        Assert.Equal(["teaching", "writing"], state.Profile.Strengths);
        var stored = (await chat.Store.ReadAsync(chat.UserKey, default))!.Json;
        Assert.StartsWith($"{{\"schemaVersion\":{chat.Records.CurrentVersion},", stored);
        Assert.DoesNotContain("processedActivityIds", stored);
    }

    [Fact]
    public async Task AVersionOneUserInTheMiddleOfAReflectionGetsAnAnswerNotAnApology()
    {
        var chat = await WithStoredRecordAsync("v1-in-reflection.json");

        var replies = await chat.SayAsync("Done");

        Assert.NotEmpty(replies.Activities);
        replies.AssertNotContains(Says(BotFramework.Builder.CoreTexts.Apology));
        Assert.Single((await StateAsync(chat)).Goals);
    }

    [Fact]
    public async Task AVersionTwoPlanKeepsItsStepNumbersAndItsNudgeThroughTheStableIdsStep()
    {
        var chat = await WithStoredRecordAsync("v2-goals-edited-plan.json");

        (await chat.SayAsync("my plan")).AssertContains("2. Compare programs, costs and exam requirements for CKA", "3. Book a study room");
        (await chat.SayAsync("edit plan")).AssertContains(Says(Dialogs.PlanTexts.EditQuestion));
        (await chat.SayAsync("add Ask a colleague about the exam by January 20 2027")).AssertContains("as step 7");
        (await chat.SayAsync("remove 3")).AssertContains("Book a study room");
        await chat.SayAsync("finished");

        var state = await StateAsync(chat);
        var goal = Assert.Single(state.Goals);
        Assert.Equal(["s1", "s7", "s2", "s4", "s5", "s6"], goal.Steps.Select(s => s.Id));
        Assert.Equal(8, goal.NextStepNumber);
        var record = await chat.ReadRecordAsync();
        var checkIns = record.Properties["checkIns"];
        // The nudge planned for step 2 still names the step it was planned for, whatever was added before it.
        Assert.Equal("g1/s2", checkIns.GetProperty("nudgeStep").GetString());
        Assert.Equal("Compare programs, costs and exam requirements for CKA", goal.Steps.Single(s => s.Id == "s2").Title);
    }
}
