using CoachBot.TestSupport;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Smart;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// A date typed where no date was asked is the deadline, never a finish line or a reason (Raj, casual lowercase: "by
/// june" at "how will you know you got there?" became "I'll know it's done when I have june"). Today is Monday 4
/// January 2027.
/// </summary>
public sealed class DateAtAGoalQuestionTests
{
    [Fact]
    public async Task ADateAtTheMeasureQuestionIsTheDeadlineAndTheMeasureIsAskedAgain()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("i wanna learn python")).AssertContains(Says(SmartTexts.AskMeasurable));
        (await chat.SayAsync("by june"))
            .AssertContains("So the deadline is Wed, 30 June 2027.", "Time-bound: you set a date.", Says(SmartTexts.AskMeasurable))
            .AssertNotContains("(by june)", "finish line (june)", "Noted as well");
        (await chat.SayAsync("when i can build a small web app in python")).AssertContains(Says(GoalTexts.AskConfidence));
        await chat.SayAsync("7");
        await chat.SayAsync("5 hours");
        var proposal = await chat.SayAsync("cuz i want a dev job");
        proposal.AssertContains("by Wed, 30 June 2027", "I'll know it's done when I can build a small web app in Python")
            .AssertNotContains("have june", "when june", "(by june)");
        await chat.SayAsync("yes");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(new DateOnly(2027, 6, 30), goal.Deadline);
        Assert.DoesNotContain("june", goal.Measure ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ADateAskedAsTheMeasureTwiceLeavesTheFinishLineOpenAndNeverMakesItTheMeasure()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        await chat.SayAsync("i wanna learn python");
        await chat.SayAsync("by june");
        (await chat.SayAsync("end of june i guess")).AssertContains(Says(GoalTexts.LeftOpenMeasurable)).AssertNotContains("(end of june");
        await chat.SayAsync("7");
        await chat.SayAsync("5 hours");
        var proposal = await chat.SayAsync("cuz i want a dev job");
        proposal.AssertContains("I will learn Python by Wed, 30 June 2027.", "– Measurable:").AssertNotContains("know it's done when");
    }

    [Fact]
    public async Task ADateBesideAFinishLineIsTheDeadlineAndStaysOutOfTheMeasure()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        await chat.SayAsync("i wanna learn python");
        (await chat.SayAsync("when i can build a small web app, by june")).AssertContains("30 June 2027", Says(GoalTexts.AskConfidence));
        await chat.SayAsync("7");
        await chat.SayAsync("5 hours");
        var proposal = await chat.SayAsync("cuz i want a dev job");
        proposal.AssertContains("by Wed, 30 June 2027, and I'll know it's done when I can build a small web app.").AssertNotContains("app, by june", "app by june");
    }

    [Fact]
    public async Task ADateAtTheWhyQuestionIsTheDeadlineNotTheReason()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: pass the aws exam, 8/10 sure, 5 hours a week");
        (await chat.SayAsync("by march")).AssertContains("So the deadline is Wed, 31 March 2027.", Says(SmartTexts.AskRelevant))
            .AssertNotContains("you said why it matters");
    }

    [Fact]
    public async Task ADateAtTheConfidenceQuestionIsTheDeadlineAndARatingStaysARating()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: pass the aws exam because i want a cloud job");
        (await chat.SayAsync("by june")).AssertContains("So the deadline is Wed, 30 June 2027.", Says(GoalTexts.AskConfidence))
            .AssertNotContains(Says(DialogTextsNotANumber));
        (await chat.SayAsync("7/10")).AssertContains(Says(SmartTexts.AskAchievableTime)).AssertNotContains("So the deadline is");
    }

    [Fact]
    public async Task ADateAtTheMeasureQuestionThatDiffersFromTheGoalsOwnDateAsksWhichOneHolds()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        await chat.SayAsync("i wanna learn python by march");
        (await chat.SayAsync("by june")).AssertContains("Wed, 31 March 2027", "Wed, 30 June 2027", Title(GoalTexts.DeadlineAnswers, DeadlineAnswer.Answered))
            .AssertNotContains("finish line (by june)");
    }

    [Fact]
    public async Task ADateInsteadOfTheGoalIsKeptAsTheDeadlineAndTheGoalIsAskedFor()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("by june")).AssertContains("So the deadline is Wed, 30 June 2027.", Says(GoalTexts.AskGoal));
        (await chat.SayAsync("get a junior dev job")).AssertNotContains(Says(SmartTexts.AskTimeBound));
    }

    private const string DialogTextsNotANumber = BotFramework.Dialogs.DialogTexts.NotANumber;
}
