using CoachBot.Coaching.Dialogs;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>People who type little ("y", "k", "nah") are understood at the goal's and the plan's yes-or-edit questions,
/// as Tom typed them in tests/transcripts/tom-2026-12-03.txt (where three of them unread saved a plan he said "nah" to).</summary>
public sealed class TerseAnswersTests
{
    private const string OneLineGoal =
        "set a new goal: pass the CKA exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning";

    [Theory]
    [InlineData("y")]
    [InlineData("k")]
    [InlineData("kk")]
    [InlineData("yup")]
    [InlineData("yeah")]
    public async Task AShortYesAcceptsTheGoalAndThePlan(string yes)
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync(OneLineGoal);
        var atPlan = await chat.SayAsync(yes);
        Assert.Contains(Says(GoalTexts.PlanQuestion), atPlan.Text);
        Assert.Single((await StateAsync(chat)).Goals);
        var saved = await chat.SayAsync(yes);
        Assert.Contains(Says(GoalTexts.PlanSaved), saved.Text);
    }

    [Theory]
    [InlineData("nah")]
    [InlineData("n")]
    [InlineData("nope")]
    public async Task AShortNoAtThePlanEditsTheSteps(string no)
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync(OneLineGoal);
        await chat.SayAsync("yes");
        var reply = await chat.SayAsync(no);
        Assert.Contains(Says(PlanTexts.EditQuestion), reply.Text);
        Assert.DoesNotContain(Says(GoalTexts.PlanSaved), reply.Text);
    }
}

/// <summary>Durations written short ("in 3y", "within 18mo"), as Tom wrote "staff engineer in 3y": a deadline, not a
/// number to count (before: "Measurable: there's a number to count (3y)", then "By when would you like to reach it?").</summary>
public sealed class ShortDurationGoalTests
{
    [Theory]
    [InlineData("staff engineer in 3y")]
    [InlineData("become a staff engineer within 3yrs")]
    [InlineData("become a staff engineer in 18mo")]
    public async Task AShortDurationIsTheDeadline(string goal)
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        var reply = await chat.SayAsync(goal);
        reply.AssertContains("Time-bound: you set a date.");
        reply.AssertNotContains("number to count", Says(CoachBot.Coaching.Smart.SmartTexts.AskTimeBound));
    }
}

/// <summary>A goal led by "wo xiang" (Mandarin for "I want to"), as Mei wrote it in tests/transcripts/mei-2026-12-03.txt
/// at the transferable-skills question (before: "So you'd bring wo xiang find accountant job ... to any job").</summary>
public sealed class PinyinGoalLeadTests
{
    [Fact]
    public async Task WoXiangLeadsAGoalLikeIWantTo()
    {
        var chat = await SelfAssessmentTests.AtQuestion(AssessmentParts.Transferable);
        (await chat.SayAsync("wo xiang find accountant job part time before next summer"))
            .AssertContains(Says(CoachBot.Coaching.Conversation.AsideTexts.GoalKept)).AssertNotContains("you'd bring");
        Assert.Empty((await StateAsync(chat)).Profile.TransferableSkills);
    }

    /// <summary>Round ten: the kept goal was quoted as typed ("wo xiang find accountant job part time before next summer").</summary>
    [Fact]
    public async Task TheKeptGoalIsSaidBackAsTheCoachReadsIt()
    {
        var chat = await SelfAssessmentTests.AtQuestion(AssessmentParts.Transferable);
        (await chat.SayAsync("wo xiang find accountant job part time before next summer"))
            .AssertContains("I will find a part-time accountant job by")
            .AssertNotContains("wo xiang", "find accountant job part time", "before next summer");
    }
}
