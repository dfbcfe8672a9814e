using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Tests.Conversations;
using CoachBot.TestSupport;
using Xunit;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.CoachTalk;

/// <summary>A check-in that reads as a conversation: wins named, obstacles met, dates moved with a yes, priorities revisited, opportunities offered.</summary>
public sealed class CheckInConversationTests
{
    /// <summary>A user with one goal, in a check-in, at "what went well?" after saying the step is on track.</summary>
    private static async Task<ConversationTest> AtWentWell()
    {
        var chat = await GoalConversationTests.WithGoal();
        (await chat.SayAsync("check in")).AssertContains(Says(ReflectionTexts.Intro));
        (await chat.SayAsync("on track")).AssertContains(Says(ReflectionTexts.AskWentWell));
        return chat;
    }

    private static async Task<ConversationTest> AtDeadlines(string wentWell = "did the module", string inTheWay = "nothing, it went smoothly")
    {
        var chat = await AtWentWell();
        await chat.SayAsync(wentWell);
        (await chat.SayAsync(inTheWay)).AssertContains(Says(ReflectionTexts.AskDeadlines));
        return chat;
    }

    [Theory]
    [InlineData("finished the first two modules of the course", "finished the first two modules of the course")]
    [InlineData("I actually spoke up in the leadership meeting 💪", "spoke up in the leadership meeting")]
    [InlineData("went to my first meetup, was terrified but it was fine", "went to my first meetup")]
    public async Task WhatWentWellIsCelebratedByName(string said, string named)
    {
        var chat = await AtWentWell();
        (await chat.SayAsync(said)).AssertContains("\"" + named + "\"", Says(ReflectionTexts.Celebrate), Says(ReflectionTexts.AskInTheWay));
    }

    [Fact]
    public async Task NothingWentWellGetsAKindWordNotACelebration()
    {
        var chat = await AtWentWell();
        (await chat.SayAsync("nothing really")).AssertContains(Says(ReflectionTexts.NoWin)).AssertNotContains(Says(ReflectionTexts.Celebrate));
    }

    [Theory]
    [InlineData("work was insane, two releases in one week", "workload")]
    [InlineData("waiting for my manager to sign off the training request", "dependency")]
    [InlineData("the course costs 900 and I can't afford it right now", "resources")]
    [InlineData("the statistics part is way harder than I expected", "skills")]
    public async Task WhatGotInTheWayIsMetWithAWayThrough(string said, string kind)
    {
        var chat = await AtWentWell();
        await chat.SayAsync("did the module");
        (await chat.SayAsync(said)).AssertContains(Says("reflection.through." + kind), Says(ReflectionTexts.AskDeadlines));
    }

    [Fact]
    public async Task UnrealisticDeadlinesMoveOnlyWithAYes()
    {
        var chat = await AtDeadlines();
        var before = (await StateAsync(chat)).Goals[0];
        (await chat.SayAsync("no, way too tight")).AssertContains("Shall I?");
        Assert.Equal(before.Deadline, (await StateAsync(chat)).Goals[0].Deadline);
        (await chat.SayAsync("yes")).AssertContains(Says(ReflectionTexts.Moved), Says(ReflectionTexts.AskPriorities));
        var after = (await StateAsync(chat)).Goals[0];
        Assert.Equal(before.Deadline!.Value.AddMonths(1), after.Deadline);
        Assert.True(after.Steps.Last().Due > before.Steps.Last().Due);
    }

    [Fact]
    public async Task SayingNoToNewDatesChangesNothing()
    {
        var chat = await AtDeadlines();
        var before = (await StateAsync(chat)).Goals[0];
        await chat.SayAsync("the March one isn't going to happen");
        (await chat.SayAsync("no")).AssertContains(Says(ReflectionTexts.NotMoved));
        var after = (await StateAsync(chat)).Goals[0];
        Assert.Equal(before.Deadline, after.Deadline);
        Assert.Equal(before.Steps.Select(s => s.Due), after.Steps.Select(s => s.Due));
    }

    [Fact]
    public async Task DatesCalledWrongEarlierAreProposedWithoutAskingAgain()
    {
        var chat = await AtWentWell();
        await chat.SayAsync("did the module");
        (await chat.SayAsync("the dates were way too ambitious, I planned three things a week")).AssertContains("Shall I?")
            .AssertNotContains(Says(ReflectionTexts.AskDeadlines));
    }

    [Fact]
    public async Task ChangedValuesAreRevisitedNotFollowedByTheNextQuestion()
    {
        var chat = await AtDeadlines();
        await chat.SayAsync("yes, on track");
        (await chat.SayAsync("kind of, I care more about remote work now than about the title"))
            .AssertContains(Says(ReflectionTexts.RevisitValues)).AssertNotContains(Says(ReflectionTexts.AskOpportunity));
        (await chat.SayAsync("yes")).AssertContains(Says(ReflectionTexts.SummaryTitle), Says("assessment.ask.values"));
    }

    [Fact]
    public async Task AChangedGoalIsRevisited()
    {
        var chat = await AtDeadlines();
        await chat.SayAsync("yep all good");
        (await chat.SayAsync("yeah, I don't think I want to be a manager anymore")).AssertContains("Shall we look at goal 1 again");
        (await chat.SayAsync("yes")).AssertContains("pause goal 1", "set a new goal");
    }

    [Fact]
    public async Task AnOpportunityIsOfferedAsAStepAndAYesAddsIt()
    {
        var chat = await AtDeadlines();
        await chat.SayAsync("yes");
        await chat.SayAsync("no, same as before");
        var steps = (await StateAsync(chat)).Goals[0].Steps.Count;
        (await chat.SayAsync("a job opening at my friend's company, she said she'd refer me"))
            .AssertContains(Says(ReflectionTexts.SummaryTitle), "Shall I add", "a job opening at my friend's company")
            .AssertNotContains(Says(ReflectionTexts.Saved) + "\n\n" + "Shall");
        (await chat.SayAsync("yes")).AssertContains("Added");
        Assert.Equal(steps + 1, (await StateAsync(chat)).Goals[0].Steps.Count);
    }

    [Fact]
    public async Task AnOpportunityBigEnoughIsOfferedAsAGoal()
    {
        var chat = await AtDeadlines();
        await chat.SayAsync("yes");
        await chat.SayAsync("nope");
        (await chat.SayAsync("my manager is leaving, her role might open up")).AssertContains("set a new goal: her role might open up");
    }

    [Fact]
    public async Task TheCheckInEndsWithASummary()
    {
        var chat = await AtDeadlines();
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        var goal = (await StateAsync(chat)).Goals[0];
        (await chat.SayAsync("nothing new")).AssertContains(Says(ReflectionTexts.SummaryTitle), goal.NextStep!.Title, "Streak");
    }

    [Fact]
    public async Task DistressPausesTheCheckInsQuestions()
    {
        var chat = await AtWentWell();
        var reply = await chat.SayAsync("I'm just exhausted. everything takes so much energy lately");
        reply.AssertContains(Says("feelings.checkInPaused"), Says("feelings.feelings.exhaustion.heard")).AssertNotContains(Says(ReflectionTexts.AskInTheWay));
        Assert.Empty((await chat.ReadRecordAsync()).DialogState.DialogStack);
    }

    [Fact]
    public async Task ThreeOnTrackCheckInsBringALighterScheduleOffer()
    {
        var chat = await GoalConversationTests.WithGoal();
        for (var i = 1; i <= 3; i++)
        {
            await chat.SayAsync("check in");
            await chat.SayAsync("on track");
            await chat.SayAsync("did the module");
            await chat.SayAsync("nothing");
            await chat.SayAsync("yes");
            await chat.SayAsync("no");
            var end = await chat.SayAsync("nothing new");
            Assert.Equal(i == 3, end.Contains(Says(ReflectionTexts.OfferLighter)));
        }
    }

    [Fact]
    public async Task AStepThatSlipsTwiceBringsACloserScheduleOffer()
    {
        var chat = await GoalConversationTests.WithGoal();
        for (var i = 1; i <= 2; i++)
        {
            await chat.SayAsync("check in");
            await chat.SayAsync("behind");
            await chat.SayAsync("keep it as it is");
            await chat.SayAsync("not much");
            await chat.SayAsync("no time, honestly");
            await chat.SayAsync("yes");
            await chat.SayAsync("no");
            var end = await chat.SayAsync("nothing new");
            Assert.Equal(i == 2, end.Contains("slipped twice"));
        }
    }
}
