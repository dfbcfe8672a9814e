using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Conversation;
using Microsoft.Extensions.Time.Testing;
using Xunit;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.CoachTalk;

/// <summary>Coming back days later to an open question (the clock is injected): where they were, then carry on or start over.</summary>
public sealed class ComingBackTests
{
    [Fact]
    public async Task DaysLaterTheCoachSaysWhereTheyWereAndCarriesOn()
    {
        var clock = new FakeTimeProvider(Now);
        var chat = Start(clock: clock);
        await chat.JoinAsync();
        var question = (await chat.SayAsync("self-assessment")).Text;
        Assert.Contains(Says("assessment.ask.strengths"), question);
        clock.Advance(TimeSpan.FromDays(5));
        (await chat.SayAsync("hi")).AssertContains("Last time we were", Texts.Get("welcome.where.assessment"), "Carry on", "Start over")
            .AssertNotContains(Says("assessment.ask.strengths"));
        (await chat.SayAsync("carry on")).AssertContains(Says("assessment.ask.strengths"));
        (await chat.SayAsync("explaining complex things to people")).AssertContains(Says("assessment.ask.growth"));
    }

    [Fact]
    public async Task StartOverLeavesTheOpenQuestion()
    {
        var clock = new FakeTimeProvider(Now);
        var chat = Start(clock: clock);
        await chat.JoinAsync();
        await chat.SayAsync("self-assessment");
        clock.Advance(TimeSpan.FromDays(4));
        await chat.SayAsync("hello");
        await chat.SayAsync("start over");
        Assert.Empty((await chat.ReadRecordAsync()).DialogState.DialogStack);
    }

    [Fact]
    public async Task TheNextDayTheQuestionSimplyGoesOn()
    {
        var clock = new FakeTimeProvider(Now);
        var chat = Start(clock: clock);
        await chat.JoinAsync();
        await chat.SayAsync("self-assessment");
        clock.Advance(TimeSpan.FromDays(1));
        (await chat.SayAsync("explaining complex things to people")).AssertNotContains("Last time we were");
    }

    [Fact]
    public async Task AnAnswerAfterTheGreetingGoesToTheOpenQuestion()
    {
        var clock = new FakeTimeProvider(Now);
        var chat = Start(clock: clock);
        await chat.JoinAsync();
        await chat.SayAsync("self-assessment");
        clock.Advance(TimeSpan.FromDays(ComingBack.DaysAway));
        await chat.SayAsync("hey");
        (await chat.SayAsync("explaining complex things to people")).AssertContains(Says("assessment.ask.growth"));
    }

    [Fact]
    public async Task DaysLaterInTheMiddleOfAGoalTheCoachNamesTheQuestion()
    {
        // Terminal, three days after leaving at the confidence question: "Last time we were shaping your goal".
        var clock = new FakeTimeProvider(Now);
        var chat = Start(clock: clock);
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("i want to become a team lead at my company")).AssertContains("how confident");
        clock.Advance(TimeSpan.FromDays(3));
        (await chat.SayAsync("hi")).AssertContains("Last time we were", Texts.Get("welcome.where.asked.goalhelp_achievable"), "Carry on")
            .AssertNotContains(Texts.Get("welcome.where.goal"));
        (await chat.SayAsync("carry on")).AssertContains("how confident");
        (await chat.SayAsync("7")).AssertContains("hours");
    }

    [Fact]
    public async Task DaysLaterInTheMiddleOfACheckInTheCoachNamesTheQuestion()
    {
        var clock = new FakeTimeProvider(Now);
        var chat = Start(clock: clock);
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: pass the CKA exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning");
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        await chat.SayAsync("check in");
        (await chat.SayAsync("on track")).AssertContains("What went well?");
        clock.Advance(TimeSpan.FromDays(4));
        // (CheckInConversationTests had the same conversation as DaysLaterAnOpenCheckInSaysWhereTheyWere; its checks are here.)
        (await chat.SayAsync("hey")).AssertContains("Last time we were", Texts.Get("welcome.where.asked.prompthelp_checkin_wentWell"), "Carry on")
            .AssertNotContains(Texts.Get("welcome.where.reflection")).AssertNotContains(Says(ReflectionTexts.AskWentWell));
        (await chat.SayAsync("carry on")).AssertContains("What went well?", Says(ReflectionTexts.AskWentWell));
        (await chat.SayAsync("did two labs")).AssertContains("\"did two labs\"", "What got in the way?");
    }
}
