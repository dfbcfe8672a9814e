using CoachBot.BotFramework.Understanding;
using CoachBot.Coaching.Commands;
using CoachBot.Coaching.Dialogs;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// The main menu in people's own words, with the rules only (Understanding:Matcher=Off): what the rules can read they
/// read; what they cannot is answered with what was heard and the nearest things, never the bare menu.
/// </summary>
public sealed class MenuUnderstandingTests
{
    [Fact]
    public async Task AGoalStatedAtTheMenuStartsTheGoalDialogWithThatGoal()
    {
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync("I want to become a data analyst");
        Assert.False(reply.Contains(Says(MenuTexts.Heard)), reply.Text);
        var record = await chat.ReadRecordAsync();
        Assert.Contains(record.DialogState.DialogStack, f => f.Id == GoalDialog.DialogId);
        var stored = await chat.Store.ReadAsync(chat.UserKey, CancellationToken.None);
        Assert.Contains("become a data analyst", stored!.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("i just graduated and i need a job lol", "get my first job")]
    [InlineData("I need a new job", "a new job")]
    [InlineData("i finished uni in june, and i want to get a job as a junior developer", "get a job as a junior developer")]
    public async Task AGoalAfterAFirstClauseOrAfterINeedIsHeardAsAGoal(string said, string goal)
    {
        // A new user's try: "i just graduated and i need a job lol" was "not sure what you'd like to do".
        var chat = Start();
        await chat.JoinAsync();
        Assert.False((await chat.SayAsync(said)).Contains(Says(MenuTexts.Heard)));
        Assert.Contains((await chat.ReadRecordAsync()).DialogState.DialogStack, f => f.Id == GoalDialog.DialogId);
        var stored = (await chat.Store.ReadAsync(chat.UserKey, CancellationToken.None))!.Json;
        Assert.Contains("\"" + goal + "\"", stored, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("lol", stored, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task INeedABreakIsAFeelingNotAGoal()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("i need a break")).AssertContains(Says("feelings.feelings.exhaustion.heard"));
        Assert.Empty((await chat.ReadRecordAsync()).DialogState.DialogStack);
    }

    [Theory]
    [InlineData("I'm so burnt out, but I want to become a team lead by next summer", "exhaustion", "become a team lead by next summer")]
    [InlineData("honestly I'm terrified and I want to get promoted to senior engineer this year", "fear", "get promoted to senior engineer this year")]
    [InlineData("honestly i'm so tired of my job, i've been thinking i want to become a data analyst but i don't know if i'm too old for this", "age",
        "become a data analyst")]
    public async Task AFeelingAndAGoalInOneMessageAreBothHeardAndTheGoalOfferedInItsWords(string said, string feeling, string goal)
    {
        // Terminal tries: only the feeling was answered, in three paragraphs, and the goal said with it was lost.
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync(said);
        reply.AssertContains(Says("feelings.feelings." + feeling + ".heard"), Says(MenuTexts.FeelingThenGoal), "\"" + goal + "\"")
            .AssertNotContains(Says(Feelings.FeelingTexts.BackNoPlan), Says("feelings.feelings." + feeling + ".normal"), Says("feelings.feelings." + feeling + ".step"));
        Assert.DoesNotContain("too old", reply.Text.Split(Says(MenuTexts.FeelingThenGoal))[0].Split("you want to").Last());
        // Offered, not started: a yes starts the goal with those words.
        Assert.Empty((await chat.ReadRecordAsync()).DialogState.DialogStack);
        (await chat.SayAsync("yes")).AssertNotContains(Says(Dialogs.GoalTexts.AskGoal));
        Assert.Contains((await chat.ReadRecordAsync()).DialogState.DialogStack, f => f.Id == GoalDialog.DialogId);
        var stored = await chat.Store.ReadAsync(chat.UserKey, CancellationToken.None);
        Assert.Contains(goal, stored!.Json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task NotNowToTheGoalOfferedWithAFeelingStartsNothing()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("I'm so burnt out, but I want to become a team lead by next summer");
        await chat.SayAsync("not now");
        var state = await StateAsync(chat);
        Assert.Empty((await chat.ReadRecordAsync()).DialogState.DialogStack);
        Assert.Empty(state.Goals);
        Assert.Null(state.PendingOffer);
    }

    [Fact]
    public async Task WhatFollowsAGoalOpeningMayBeACommand()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("I want to edit my values");
        var record = await chat.ReadRecordAsync();
        Assert.Contains(record.DialogState.DialogStack, f => f.Id == SelfAssessmentDialog.DialogId);
        Assert.DoesNotContain(record.DialogState.DialogStack, f => f.Id == GoalDialog.DialogId);
    }

    [Fact]
    public async Task ANumberAndATypoPickFromTheMenu()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("3")).AssertContains("Your plan");
        await chat.SayAsync("self assesment");
        Assert.Contains((await chat.ReadRecordAsync()).DialogState.DialogStack, f => f.Id == SelfAssessmentDialog.DialogId);
    }

    [Fact]
    public async Task NotUnderstoodSaysWhatItHeardAndAnOfferedNumberPicksIt()
    {
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync("purple monkey dishwasher");
        reply.AssertContains("purple monkey dishwasher", "Set a new goal", "My plan");
        Assert.False(reply.Contains(Says(CoachingTexts.Help)), "the bare menu came back");
        (await chat.SayAsync("2")).AssertContains("Your plan");
    }

    [Fact]
    public async Task ANumberBeyondTheOptionsShownSaysHowManyThereAreAndShowsThemAgain()
    {
        // A new user's try: "5" after three options were offered gave the whole help list.
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("purple monkey dishwasher");
        (await chat.SayAsync("5")).AssertContains("There are 3 options", "Set a new goal", "My plan", "Help")
            .AssertNotContains(Says(CoachingTexts.Help));
        (await chat.SayAsync("2")).AssertContains("Your plan");

        (await chat.SayAsync("9")).AssertContains("There are 5 options", "Self-assessment", "Schedule").AssertNotContains(Says(CoachingTexts.Help));
        Assert.Empty((await chat.ReadRecordAsync()).DialogState.DialogStack);
    }

    [Fact]
    public async Task AQuestionAtTheMenuIsAnsweredAndStartsNothing()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("what does measurable mean?")).AssertContains(Texts.Get(UnderstandingTexts.TermsPrefix + "measurable", "en-US"));
        var record = await chat.ReadRecordAsync();
        Assert.Empty(record.DialogState.DialogStack);
        Assert.Empty((await StateAsync(chat)).Goals);
    }

    [Theory]
    [InlineData("Kannst du mir meinen Plan zeigen?")]
    [InlineData("目標を設定したいです")]
    [InlineData("quiero cambiar de trabajo, puedes ayudarme?")]
    public async Task AnotherLanguageGetsAKindReply(string text)
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync(text)).AssertContains(Says(UnderstandingTexts.OtherLanguage));
    }

    [Theory]
    [InlineData("stop the check-ins bitte")]
    [InlineData("yaar, show my plan")]
    public async Task EnglishWithAForeignWordIsReadAsEnglish(string text)
    {
        var chat = Start();
        await chat.JoinAsync();
        Assert.False((await chat.SayAsync(text)).Contains(Says(UnderstandingTexts.OtherLanguage)));
    }

    [Fact]
    public async Task ThanksAndGoodbyeGetAnAnswerNotTheMenu()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("thanks!")).AssertContains(Says(MenuTexts.Thanks));
        (await chat.SayAsync("bye")).AssertContains(Says(MenuTexts.GoodbyeNoCheckIns));
    }

    [Theory]
    [InlineData("Hallo! hi")]
    [InlineData("hey, good morning")]
    [InlineData("hi hi")]
    public async Task SeveralHellosInOneMessageAreAGreeting(string said)
    {
        // A new user's try: "Hallo! hi" was "not sure what you'd like to do".
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync(said)).AssertContains(Says(CoachingTexts.GreetingFirst)).AssertNotContains(Says(MenuTexts.Heard));
    }

    [Theory]
    [InlineData("helo")]
    [InlineData("Helloo!")]
    [InlineData("heyyy")]
    [InlineData("hii there")]
    public async Task AHelloWithATypoIsAGreetingNotTheHelpList(string said)
    {
        // A terminal try: "helo" showed the whole help list.
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync(said)).AssertContains(Says(CoachingTexts.GreetingFirst)).AssertNotContains(Says(CoachingTexts.Help));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("hell")]
    public async Task AWordNoLetterRunMakesAHelloIsNoGreeting(string said)
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync(said)).AssertNotContains(Says(CoachingTexts.GreetingFirst));
    }

    [Fact]
    public async Task AGoodbyePromisesACheckInOnlyWhenOneIsScheduled()
    {
        // A new user's try: "bye" with no schedule said "I'll check in as scheduled".
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("bye")).AssertContains(Says(MenuTexts.GoodbyeNoCheckIns)).AssertNotContains(Says(MenuTexts.Goodbye));

        (await chat.SayAsync("schedule")).AssertContains(Says(Dialogs.ScheduleTexts.Ask));
        (await chat.SayAsync("every Monday at 9:00")).AssertContains(Says(Dialogs.ScheduleTexts.Saved));
        (await chat.SayAsync("bye")).AssertContains(Says(MenuTexts.Goodbye)).AssertNotContains(Says(MenuTexts.GoodbyeNoCheckIns));

        await chat.SayAsync("pause check-ins");
        (await chat.SayAsync("bye")).AssertContains(Says(MenuTexts.GoodbyeNoCheckIns));
    }
    // Moments that went wrong in terminal tries: each is heard as what it is.

    [Theory]
    [InlineData("asdfgh")]
    [InlineData("Sent from my iPhone")]
    public async Task NoiseIsNotUnderstoodWithTheNearestThingsAndStartsNothing(string text)
    {
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync(text);
        reply.AssertContains(text, "Set a new goal", "My plan");
        Assert.False(reply.Contains(Says(CoachingTexts.GreetingAgain)) || reply.Contains(Says(CoachingTexts.GreetingFirst)), "noise was read as a greeting");
        Assert.DoesNotContain(reply.Activities, a => a.Attachments is { Count: > 0 });
        Assert.Empty((await chat.ReadRecordAsync()).DialogState.DialogStack);
    }

    [Fact]
    public async Task AGermanQuestionAboutAWordGetsTheKindAnotherLanguageReply()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("was bedeutet measurable?")).AssertContains(Says(UnderstandingTexts.OtherLanguage));
    }

    [Fact]
    public async Task WhatIsThisIsAnsweredWithWhatTheCoachIs()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("um what is this exactly")).AssertContains(Says("about.topics.whoAreYou.answer"));
    }

    [Fact]
    public async Task AnUnsureCareerChangeGetsTheCareerChangeTopicNotAProfileEdit()
    {
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync("i dunno, maybe change careers? im a teacher");
        reply.AssertContains(Says("library.topics.careerChange.answer"));
        Assert.DoesNotContain((await chat.ReadRecordAsync()).DialogState.DialogStack, f => f.Id == SelfAssessmentDialog.DialogId);
    }

    [Fact]
    public async Task MovingAStepAtTheMenuDoesTheEdit()
    {
        var chat = await GoalConversationTests.WithGoal();
        var before = (await StateAsync(chat)).Goals[0].Steps.Single(s => s.Id == "s2");
        var reply = await chat.SayAsync("move 2 to 15 jan 2028");
        reply.AssertContains($"\"{before.Title}\" (step 2) is now due");
        Assert.DoesNotContain(Texts.Get(MenuTexts.DidYouMean, "en-US", ("title", "Edit my plan")), reply.Text);
        Assert.Equal(new DateOnly(2028, 1, 15), (await StateAsync(chat)).Goals[0].Steps.Single(s => s.Id == "s2").Due);
    }
}
