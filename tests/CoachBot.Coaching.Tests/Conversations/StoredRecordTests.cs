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
}
