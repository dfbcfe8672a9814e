using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Tests.Plans;

/// <summary>
/// The plan editor reads its words from dialogs/en-US/intents.yaml (planEdit.*), as people type the changes: each kind
/// of change in a casual form, with the step, goal and text it names.
/// </summary>
public sealed class PlanEditWordsTests
{
    public static TheoryData<string, PlanEditKind, int?, int, string?> Changes => new()
    {
        { "looks good", PlanEditKind.Finish, null, 0, null },
        { "im done.", PlanEditKind.Finish, null, 0, null },
        { "undo that", PlanEditKind.Undo, null, 0, null },
        { "drop goal 2", PlanEditKind.DropGoal, 2, 0, null },
        { "Complete my goal", PlanEditKind.CompleteGoal, null, 0, null },
        { "change the deadline of goal 1 to 30 september", PlanEditKind.GoalDeadline, 1, 0, "30 september" },
        { "push goal 2 deadline back to june", PlanEditKind.GoalDeadline, 2, 0, "june" },
        { "new deadline: end of may", PlanEditKind.GoalDeadline, null, 0, "end of may" },
        { "change the finish line to a signed offer", PlanEditKind.GoalMeasure, null, 0, "a signed offer" },
        { "rename goal #2 to land a data analyst job", PlanEditKind.RenameGoal, 2, 0, "land a data analyst job" },
        { "tick off step 3", PlanEditKind.Done, null, 3, null },
        { "mark 2.1 as done", PlanEditKind.Done, 2, 1, null },
        { "not done 2", PlanEditKind.Reopen, null, 2, null },
        { "skip 4", PlanEditKind.Skip, null, 4, null },
        { "delete step 1", PlanEditKind.Remove, null, 1, null },
        { "move 2 to next friday", PlanEditKind.Move, null, 2, "next friday" },
        { "reschedule step 3 until june", PlanEditKind.Move, null, 3, "june" },
        { "rename 1 to update my cv", PlanEditKind.Rename, null, 1, "update my cv" },
        { "add call bob by friday", PlanEditKind.Add, null, 0, "call bob by friday" },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void AChangeIsReadWithWhatItNames(string text, PlanEditKind kind, int? goal, int step, string? rest)
    {
        var command = PlanEditCommand.Parse(text);

        Assert.NotNull(command);
        Assert.Equal(kind, command.Kind);
        Assert.Equal(goal, command.Step.Goal);
        Assert.Equal(step, command.Step.Step);
        Assert.Equal(rest, command.Text);
    }

    [Theory]
    [InlineData("i want to move into management")]
    [InlineData("what does measurable mean?")]
    public void ASentenceIsNoChange(string text) => Assert.Null(PlanEditCommand.Parse(text));
}
