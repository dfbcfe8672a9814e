using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;
using static CoachBot.Coaching.Tests.Conversations.GoalConversationTests;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>Editing goals and plans in plain words: numbers that stay, steps named by their text, undo, confirmations, nudges.</summary>
public sealed class PlanEditingTests
{
    [Fact]
    public async Task StepsKeepTheirNumbersWhileThePlanIsEdited()
    {
        var chat = await WithGoal();
        var before = (await StateAsync(chat)).Goals[0].Steps.ToDictionary(s => s.Id, s => s.Title);
        await chat.SayAsync("edit plan");
        // Step 1 moves after step 3: it keeps its number, and the list is shown in date order with the numbers.
        var moved = await chat.SayAsync("move 1 to April 20 2027");
        moved.AssertContains($"\"{before["s1"]}\" (step 1) is now due Tue, 20 April 2027");
        var text = moved.Text;
        Assert.True(text.IndexOf($"3. {before["s3"]}", StringComparison.Ordinal) < text.IndexOf($"1. {before["s1"]}", StringComparison.Ordinal), text);
        // A new step gets the next free number; a removed step's number is not given again.
        (await chat.SayAsync("add Book the exam slot by February 1 2027")).AssertContains("as step 7");
        (await chat.SayAsync("remove 2")).AssertContains(before["s2"]);
        (await chat.SayAsync("add Ask the team for a practice cluster by March 1 2027")).AssertContains("as step 8");
        // The step changed is named by its text.
        (await chat.SayAsync("rename 3 to Enroll in the Linux Foundation course")).AssertContains($"Step 3, \"{before["s3"]}\", now reads \"Enroll in the Linux Foundation course\"");
        await chat.SayAsync("finished");

        var steps = (await StateAsync(chat)).Goals[0].Steps;
        Assert.Equal(["s1", "s3", "s4", "s5", "s6", "s7", "s8"], steps.Select(s => s.Id).Order());
        Assert.Equal(before["s1"], steps.Single(s => s.Id == "s1").Title);
        Assert.Equal(steps.OrderBy(s => s.Due).Select(s => s.Id), steps.Select(s => s.Id));
        // "done 3" after all that still means the step shown as 3.
        (await chat.SayAsync("done 3")).AssertContains("Enroll in the Linux Foundation course");
    }

    [Fact]
    public async Task RenamingAFinishedStepAsksFirst()
    {
        var chat = await WithGoal();
        await chat.SayAsync("done 1");
        var title = (await StateAsync(chat)).Goals[0].Steps.Single(s => s.Id == "s1").Title;
        await chat.SayAsync("edit plan");
        (await chat.SayAsync("rename 1 to Something else")).AssertContains("is already done", Title(PlanTexts.ConfirmAnswers, ConfirmAnswer.No));
        (await chat.SayAsync("no")).AssertContains(Says(PlanTexts.KeptAsItWas));
        Assert.Equal(title, (await StateAsync(chat)).Goals[0].Steps.Single(s => s.Id == "s1").Title);
        await chat.SayAsync("rename 1 to Something else");
        (await chat.SayAsync("yes")).AssertContains("now reads \"Something else\"");
        Assert.Equal("Something else", (await StateAsync(chat)).Goals[0].Steps.Single(s => s.Id == "s1").Title);
    }

    [Fact]
    public async Task TheDeadlineIsChangedInPlainWordsWithAnOfferToSpreadTheOpenSteps()
    {
        var chat = await WithGoal();
        (await chat.SayAsync("change the deadline of goal 1 to 30 September 2027"))
            .AssertContains("Goal 1 is now due Thu, 30 September 2027", "I will pass the CKA exam by Thu, 30 September 2027", "open steps again");
        (await chat.SayAsync("yes")).AssertContains("spread between today and Thu, 30 September 2027");
        var goal = (await StateAsync(chat)).Goals[0];
        Assert.Equal(new DateOnly(2027, 9, 30), goal.Deadline);
        Assert.Equal(new DateOnly(2027, 9, 30), goal.Steps.Max(s => s.Due));
        Assert.All(goal.Steps, s => Assert.True(PlanSpacing.IsWorkingDay(s.Due), s.Due.ToString()));
        Assert.Equal(["s1", "s2", "s3", "s4", "s5", "s6"], goal.Steps.Select(s => s.Id)); // same order, same numbers

        (await chat.SayAsync("change the deadline to last month")).AssertContains("in the past");
        Assert.Equal(new DateOnly(2027, 9, 30), (await StateAsync(chat)).Goals[0].Deadline);
    }

    /// <summary>A goal more than two years away (2031), its plan saved with the short-term goals of the long road.</summary>
    private static async Task<TestSupport.ConversationTest> WithALongRoadGoalAsync()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: become an engineering director by 2031, 7/10 confident, 3 hours a week, because leading leaders is my vision");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        await chat.SayAsync("looks good");
        return chat;
    }

    /// <summary>
    /// Round ten: a deadline moved from 2031 to 2028 left "Lead a project or a small team ..." and the other short-term
    /// goals of the long road in the plan. With the user's yes to the re-spacing offer they go.
    /// </summary>
    [Fact]
    public async Task ADeadlineUnderTwoYearsAwayOffersToDropTheShortTermGoalsOfTheLongRoad()
    {
        var chat = await WithALongRoadGoalAsync();
        var before = (await StateAsync(chat)).Goals[0];
        var longRoad = before.Steps.Where(s => s.LongTermOnly).ToList();
        Assert.NotEmpty(longRoad);
        (await chat.SayAsync("change the deadline of goal 1 to 30 September 2028"))
            .AssertContains("Goal 1 is now due", "less than two years away", longRoad[0].Title);
        (await chat.SayAsync("yes")).AssertContains("Taken out", longRoad[0].Title, "spread between today and");
        var goal = (await StateAsync(chat)).Goals[0];
        Assert.DoesNotContain(goal.Steps, s => s.LongTermOnly);
        Assert.Equal(before.Steps.Count - longRoad.Count, goal.Steps.Count);
        Assert.All(goal.Steps, s => Assert.True(s.Due <= goal.Deadline, s.Title));
        // "undo" brings the long road back with the old deadline.
        (await chat.SayAsync("undo")).AssertContains(Says(PlanTexts.Undone));
        Assert.Equal(longRoad.Count, (await StateAsync(chat)).Goals[0].Steps.Count(s => s.LongTermOnly));
    }

    [Fact]
    public async Task ANoKeepsTheLongRoadsStepsAndTheirDates()
    {
        var chat = await WithALongRoadGoalAsync();
        var count = (await StateAsync(chat)).Goals[0].Steps.Count;
        await chat.SayAsync("change the deadline of goal 1 to 30 September 2028");
        (await chat.SayAsync("no")).AssertContains(Says(PlanTexts.NotRespaced));
        Assert.Equal(count, (await StateAsync(chat)).Goals[0].Steps.Count);
    }

    [Fact]
    public async Task TheWordingAndTheFinishLineAreChangedInPlainWordsAndComposedAgain()
    {
        var chat = await WithGoal();
        (await chat.SayAsync("rename goal 1 to maybe like pass the CKA and CKAD exams lol"))
            .AssertContains("Goal 1 now reads: I will pass the CKA and CKAD exams by Fri, 30 July 2027.").AssertNotContains("maybe", "lol");
        (await chat.SayAsync("change the finish line of goal 1 to both certificates in my profile"))
            .AssertContains("and I'll know it's done when I have both certificates in my profile");
        (await chat.SayAsync("rename goal 1 to asdfgh")).AssertNotContains("now reads");
        var goal = (await StateAsync(chat)).Goals[0];
        Assert.StartsWith("I will pass the CKA and CKAD exams", goal.Statement);
        (await chat.SayAsync("rename goal 7 to something")).AssertContains("couldn't find goal 7");
    }

    [Fact]
    public async Task UndoRevertsTheLastPlanChange()
    {
        var chat = await WithGoal();
        (await chat.SayAsync("done 1")).AssertContains("Well done!");
        (await chat.SayAsync("undo")).AssertContains(Says(PlanTexts.Undone));
        Assert.Equal(StepStatus.Open, (await StateAsync(chat)).Goals[0].Steps.Single(s => s.Id == "s1").Status);
        (await chat.SayAsync("undo")).AssertContains(Says(PlanTexts.NothingToUndo));

        await chat.SayAsync("edit plan");
        var removed = (await StateAsync(chat)).Goals[0].Steps.Single(s => s.Id == "s2");
        await chat.SayAsync("remove 2");
        (await chat.SayAsync("undo")).AssertContains(Says(PlanTexts.Undone), $"2. {removed.Title}");
        await chat.SayAsync("finished");
        Assert.Contains((await StateAsync(chat)).Goals[0].Steps, s => s.Id == "s2" && s.Title == removed.Title);

        (await chat.SayAsync("change the deadline of goal 1 to 30 September 2027")).AssertContains("open steps again");
        await chat.SayAsync("no");
        (await chat.SayAsync("undo")).AssertContains(Says(PlanTexts.Undone));
        Assert.Equal(new DateOnly(2027, 7, 30), (await StateAsync(chat)).Goals[0].Deadline);
    }

    [Fact]
    public async Task DroppingAndCompletingAGoalWithOpenStepsAskFirst()
    {
        var chat = await WithGoal();
        (await chat.SayAsync("drop goal 1")).AssertContains("Drop goal 1", "I will pass the CKA exam");
        (await chat.SayAsync("no")).AssertContains(Says(PlanTexts.KeptAsItWas));
        Assert.Equal(GoalStatus.Active, (await StateAsync(chat)).Goals[0].Status);
        (await chat.SayAsync("complete goal 1")).AssertContains("still has 6 open steps");
        await chat.SayAsync("no");
        Assert.Equal(GoalStatus.Active, (await StateAsync(chat)).Goals[0].Status);
        (await chat.SayAsync("complete goal")).AssertContains("still has 6 open steps");
        (await chat.SayAsync("yes")).AssertContains("Congratulations");
        Assert.Equal(GoalStatus.Completed, (await StateAsync(chat)).Goals[0].Status);
        // A goal whose steps are all done is completed at once.
        (await chat.SayAsync("undo")).AssertContains(Says(PlanTexts.Undone));
        Assert.Equal(GoalStatus.Active, (await StateAsync(chat)).Goals[0].Status);
    }

    [Fact]
    public async Task ANudgeFollowsItsStepWhenTheListChanges()
    {
        var chat = await WithGoal();
        await chat.SayAsync("schedule every Monday at 9:00");
        var first = (await StateAsync(chat)).Goals[0].Steps[0];
        Assert.Equal("g1/" + first.Id, await NudgeStepAsync(chat));
        // A new step before it: with stable ids the planned nudge still names the same step, not a position.
        await chat.SayAsync("edit plan");
        await chat.SayAsync("add Read the exam handbook by January 6 2027");
        await chat.SayAsync("finished");
        Assert.Equal("g1/" + first.Id, await NudgeStepAsync(chat));
    }

    [Fact]
    public void ANewUrgentStepIsNudgedEvenWhenAnOlderOneWasNudgedBefore()
    {
        // Before stable ids, a new step at the front took the number "s1" of a step already nudged, and was never nudged.
        var goal = new Goal { Id = "g1", Status = GoalStatus.Active, Steps = [new PlanStep { Id = "s1", Title = "a", Due = new DateOnly(2027, 1, 20) }] };
        PlanSteps.AssignNumbers(goal);
        var plan = new CoachingState { Goals = [goal] };
        var checkIns = new CheckInState { Schedule = new CheckInSchedule { TimeZone = "Etc/UTC" }, NudgedSteps = ["g1/s1"] };
        var added = PlanSteps.Add(goal, new PlanStep { Title = "urgent", Due = new DateOnly(2027, 1, 6) });
        CheckInRules.PlanNudge(checkIns, plan, Now, new CheckInOptions());
        Assert.Equal("s2", added.Id);
        Assert.Equal("g1/s2", checkIns.NudgeStep);
    }

    private static async Task<string?> NudgeStepAsync(TestSupport.ConversationTest chat)
    {
        var record = await chat.ReadRecordAsync();
        return record.Properties.TryGetValue("checkIns", out var checkIns) && checkIns.TryGetProperty("nudgeStep", out var step) ? step.GetString() : null;
    }
}
