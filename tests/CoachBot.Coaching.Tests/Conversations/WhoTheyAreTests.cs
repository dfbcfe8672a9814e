using CoachBot.Coaching.Commands;
using CoachBot.Coaching.Dialogs;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// What new users say at the menu before they ask for anything: who they are, a greeting in their own language, a
/// worry about their English. A nurse trying the coach got "I read 'hola', but I'm not sure what you'd like to do",
/// the same for "i am a nurse, 9 years, in the hospital", and "Hi again!" to "hi, sorry my english is not perfect".
/// </summary>
public sealed class WhoTheyAreTests
{
    [Theory]
    [InlineData("i am a nurse, 9 years, in the hospital", "a nurse")]
    [InlineData("im an accountant", "an accountant")]
    [InlineData("I work as a teacher", "a teacher")]
    [InlineData("i currently work as a software engineer at a bank", "a software engineer")]
    [InlineData("right now i'm an office manager", "an office manager")]
    public async Task SomeoneSayingWhoTheyAreIsHeardAndAYesStartsTheSelfAssessment(string said, string aRole)
    {
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync(said);
        reply.AssertContains(Says(MenuTexts.IntroductionFresh));
        reply.AssertContains("your work as " + aRole + ".");
        Assert.False(reply.Contains(Says(MenuTexts.Heard)), reply.Text);

        await chat.SayAsync("yes");
        Assert.Contains((await chat.ReadRecordAsync()).DialogState.DialogStack, f => f.Id == SelfAssessmentDialog.DialogId);
    }

    [Theory]
    [InlineData("i am a bit lost")]           // no role the vocabulary knows: nothing is said back as one
    [InlineData("i am a little tired today")]
    public async Task NoRoleIsSaidBackThatWasNotRecognized(string said)
    {
        var chat = Start();
        await chat.JoinAsync();
        Assert.False((await chat.SayAsync(said)).Contains(Says(MenuTexts.IntroductionFresh)));
    }

    [Fact]
    public async Task AGoalSaidWithWhoTheyAreIsStillAGoal()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("i'm a nurse and i want to become a health informatics specialist");
        Assert.Contains((await chat.ReadRecordAsync()).DialogState.DialogStack, f => f.Id == GoalDialog.DialogId);
    }

    [Theory]
    [InlineData("hola")]
    [InlineData("Bonjour!")]
    [InlineData("hallo")]
    [InlineData("ciao")]
    public async Task AGreetingInAnotherLanguageIsAGreeting(string said)
    {
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync(said);
        Assert.False(reply.Contains(Says(MenuTexts.Heard)), reply.Text);
        Assert.False(reply.Contains(Says(BotFramework.Understanding.UnderstandingTexts.OtherLanguage)), reply.Text);
    }

    [Theory]
    [InlineData("hi, sorry my english is not perfect")]
    [InlineData("sorry for my english")]
    [InlineData("hello! english is not my first language")]
    public async Task AWorryAboutEnglishIsAnsweredKindly(string said)
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync(said)).AssertContains(Says(MenuTexts.EnglishWorryReply));
    }

    [Theory]
    [InlineData("sorry my english is bad, i want to become a nurse", true)]
    [InlineData("sorry for the long message, i want to become a nurse", false)]
    [InlineData("hi sorry, i want to become a nurse", false)]
    [InlineData("Sorry my English is not perfect. I want to become a nurse", true)]
    public async Task AGoalAfterAnApologyStartsTheGoal(string said, bool aboutEnglish)
    {
        // A new user's try: "sorry my english is bad, i want to become a nurse" was "I read ..., but I'm not sure what
        // you'd like to do": the clause after the comma was never read as a goal.
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync(said);
        reply.AssertContains("(become a nurse)").AssertNotContains(Says(MenuTexts.Heard), "sorry", "message");
        Assert.Equal(aboutEnglish, reply.Contains(Says(MenuTexts.EnglishWorryReply)));
        Assert.Contains((await chat.ReadRecordAsync()).DialogState.DialogStack, f => f.Id == GoalDialog.DialogId);
    }

    [Theory]
    [InlineData("sorry my english is bad, i want to become a nurse")]
    [InlineData("sorry for the long message, i want to become a nurse")]
    public async Task AGoalAfterAnApologyAtTheGoalQuestionIsTheGoal(string said)
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync(said)).AssertContains("(become a nurse)").AssertNotContains("sorry", "english", "message");
    }
}
