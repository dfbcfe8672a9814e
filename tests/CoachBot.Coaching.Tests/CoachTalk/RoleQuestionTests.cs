using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Library;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.CoachTalk;

/// <summary>
/// "what's a data analyst actually do?" (a new user, an accountant thinking about data work, got "That's outside what I
/// know well"): a question about what a role is gets the role's skills and the two ways to see its days, with a chat
/// with someone in the role offered; look-alikes about becoming one, pay or the coach's words are left to the library.
/// </summary>
public sealed class RoleQuestionTests
{
    private static readonly RoleQuestion Reader = new(new CoachTexts(Texts), new CareerLibrary(new CoachTexts(Texts)));

    public static TheoryData<string, string?> Items()
    {
        var data = new TheoryData<string, string?>();
        foreach (var item in LabelledSet.Items("role-questions.yaml")) data.Add(item.Text, item["role"]);
        return data;
    }

    [Theory, MemberData(nameof(Items))]
    public void EachQuestionIsReadAsAboutItsRoleOrNot(string text, string? role) =>
        Assert.Equal(role, Reader.Read(text)?.Key);

    [Fact]
    public async Task AtTheMenuTheRoleIsAnsweredWithItsSkillsAndAChatWithSomeoneInItIsOffered()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("what's a data analyst actually do?"))
            .AssertContains("Data analysts mostly work with SQL", Says(LibraryTexts.OfferNoGoal))
            .AssertNotContains(Says(LibraryTexts.OutsideNone));
    }

    [Fact]
    public async Task WithAGoalTheChatIsOfferedAsAStepAndAYesAddsIt()
    {
        var chat = await Conversations.GoalConversationTests.WithGoal();
        (await chat.SayAsync("what does a ux designer do?"))
            .AssertContains("UX designers mostly work with", "have a 20-minute chat with a UX designer about their work");
        await chat.SayAsync("yes");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Contains(goal.Steps, s => s.Title.Contains("20-minute chat with a UX designer", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AtAPromptTheRoleIsAnsweredAndTheQuestionAskedAgainWithNothingKept()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("self-assessment");
        var reply = await chat.SayAsync("what does a data analyst do");
        reply.AssertContains("Data analysts mostly work with");
        Assert.Empty((await StateAsync(chat)).Profile.Strengths);
    }
}
