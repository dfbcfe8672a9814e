using CoachBot.BotFramework.Schema;
using CoachBot.Coaching.Dialogs;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

public sealed class FirstContactTests
{
    [Fact]
    public async Task WelcomeComesOnceOnJoinAndSaysWhatTheCoachDoesAndHowToDeleteData()
    {
        var chat = Start();
        var welcome = await chat.JoinAsync();
        welcome.AssertContains("career coach", "delete my data", "Self-assessment", "Set a new goal");
        (await chat.SayAsync("hi")).AssertNotContains("career coach").AssertContains(Says(CoachingTexts.GreetingFirst));
        (await chat.SayAsync("hello")).AssertNotContains("career coach");
    }

    [Fact]
    public async Task OnlyAReturningUserIsGreetedAgain()
    {
        // A terminal try: a brand-new user's first "hey", right after the welcome, got "Hi again!".
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now);
        var chat = Start(clock: clock);
        await chat.JoinAsync();
        (await chat.SayAsync("hey")).AssertContains(Says(CoachingTexts.GreetingFirst)).AssertNotContains(Says(CoachingTexts.GreetingAgain));
        // Said hello before: now it is "again", the same day and days later.
        (await chat.SayAsync("hi")).AssertContains(Says(CoachingTexts.GreetingAgain));
        clock.Advance(TimeSpan.FromDays(6));
        (await chat.SayAsync("hello")).AssertContains(Says(CoachingTexts.GreetingAgain)).AssertNotContains(Says(CoachingTexts.GreetingFirst));
    }

    [Fact]
    public async Task FirstMessageGetsTheWelcomeWhenThereWasNoJoin()
    {
        var chat = Start();
        (await chat.SayAsync("hello")).AssertContains("career coach");
        (await chat.SayAsync("hello")).AssertNotContains("career coach");
    }

    [Fact]
    public async Task AFirstMessageThatIsACommandIsWelcomedAndRun()
    {
        var chat = Start();
        (await chat.SayAsync("set a new goal")).AssertContains("career coach", Says(GoalTexts.AskGoal));
    }

    [Fact]
    public async Task WelcomeSaysWhetherAnLlmIsConfigured()
    {
        (await Start().JoinAsync()).AssertContains(Says(CoachingTexts.WelcomeAiNotConfigured));
        (await Start(suggester: new ScriptedSuggester()).JoinAsync()).AssertContains(Says(CoachingTexts.WelcomeAiConfigured));
    }

    [Fact]
    public async Task HelpListsEveryCommandAndMenuButtonsAreOffered()
    {
        var chat = Start(channel: Channels.Msteams);
        await chat.JoinAsync();
        var help = await chat.SayAsync("help");
        help.AssertContains("self-assessment", "set a new goal", "my plan", "export my data", "delete my data");
        Assert.NotNull(help.Activities[0].SuggestedActions);
    }

    [Theory]
    [InlineData("self-assessment", AssessmentTexts.Intro)]
    [InlineData("Set a new goal", GoalTexts.AskGoal)]
    [InlineData("my plan", "myplan.empty")]
    [InlineData("export my data", DataTexts.ExportIntro)]
    [InlineData("delete my data", DataTexts.ConfirmDelete)]
    [InlineData("help", CoachingTexts.Help)]
    public async Task EveryMenuItemWorksAsTypedTextFromTheMiddleOfAQuestion(string command, string expectedKey)
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal"); // now in the middle of a question
        (await chat.SayAsync(command)).AssertContains(Says(expectedKey));
    }

    [Fact]
    public async Task MyPlanInTheMiddleOfAQuestionAsksThatQuestionAgain()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("self-assessment");
        (await chat.SayAsync("my plan")).AssertContains(Says("myplan.empty"), Says("assessment.ask.strengths"));
        (await chat.SayAsync("listening, writing")).AssertContains(Says("assessment.ask.growth"));
    }

    [Fact]
    public async Task CancelStopsAndStartOverGoesBackToTheMenu()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("self-assessment");
        (await chat.SayAsync("cancel")).AssertContains(Says(CoachingTexts.Cancelled));
        (await chat.SayAsync("cancel")).AssertContains(Says(CoachingTexts.NothingToCancel));
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("start over")).AssertContains(Says(CoachingTexts.StartOver), "Self-assessment");
        (await chat.SayAsync("blah")).AssertContains(Says(CoachBot.Coaching.Commands.MenuTexts.Heard), "blah");
    }

    [Fact]
    public async Task AiCanBeTurnedOffAndOnInConversation()
    {
        var chat = Start(suggester: new ScriptedSuggester());
        await chat.JoinAsync();
        (await chat.SayAsync("ai off")).AssertContains(Says(CoachingTexts.AiOff));
        Assert.False((await StateAsync(chat)).AiSuggestions);
        (await chat.SayAsync("AI on")).AssertContains(Says(CoachingTexts.AiOn));
        Assert.True((await StateAsync(chat)).AiSuggestions);
    }
}
