using CoachBot.Coaching.Commands;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Tests.Plans;

/// <summary>"done 2", "2.1", "step 3": one reading of a step reference, whether typed anywhere or while editing a plan.</summary>
public sealed class StepReferenceTests
{
    public static TheoryData<string, int?, int> Anywhere => new()
    {
        { "done 2", null, 2 },
        { "done 2.1", 2, 1 },
        { "Done step 3!", null, 3 },
        { "finished 1.4", 1, 4 },
        { "mark step 3 as done", null, 3 },
        { "step 2.1 completed", 2, 1 },
        { "2 done", null, 2 },
    };

    [Theory]
    [MemberData(nameof(Anywhere))]
    public void TheGlobalDoneCommandReadsTheReference(string text, int? goal, int step)
    {
        var command = CommandRecognizer.Recognize(RepoDialogs.Texts, text);

        Assert.Equal(CoachCommandKind.StepDone, command?.Kind);
        Assert.Equal(goal, command!.Goal);
        Assert.Equal(step, command.Step);
    }

    public static TheoryData<string, PlanEditKind, int?, int> InThePlanEditor => new()
    {
        { "done 2", PlanEditKind.Done, null, 2 },
        { "done 2.1", PlanEditKind.Done, 2, 1 },
        { "tick off step 3", PlanEditKind.Done, null, 3 },
        { "remove step 3", PlanEditKind.Remove, null, 3 },
        { "skip 1.2", PlanEditKind.Skip, 1, 2 },
        { "move 2 to March 15", PlanEditKind.Move, null, 2 },
        { "rename step 1 to Update my CV", PlanEditKind.Rename, null, 1 },
        { "reopen 2.3", PlanEditKind.Reopen, 2, 3 },
    };

    [Theory]
    [MemberData(nameof(InThePlanEditor))]
    public void ThePlanEditorReadsTheSameReference(string text, PlanEditKind kind, int? goal, int step)
    {
        var command = PlanEditCommand.Parse(text);

        Assert.Equal(kind, command?.Kind);
        Assert.Equal(new StepReference(goal, step), command!.Step);
    }

    [Theory]
    [InlineData("my plan?", CoachCommandKind.MyPlan)]
    [InlineData("Self–Assessment", CoachCommandKind.SelfAssessment)]
    [InlineData("check in", CoachCommandKind.CheckInStart)]
    [InlineData("let’s reflect", CoachCommandKind.CheckInStart)]
    [InlineData("?", CoachCommandKind.Help)]
    public void CommandPhrasesAreComparedByTheirPhraseKey(string text, CoachCommandKind kind) =>
        Assert.Equal(kind, CommandRecognizer.Recognize(RepoDialogs.Texts, text)?.Kind);
}
