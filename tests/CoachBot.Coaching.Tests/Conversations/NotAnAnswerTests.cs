using CoachBot.Coaching.Commands;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Smart;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// Where the goal dialog asks why the goal matters, a bare number, a yes or a plan command is no reason: it is not
/// kept, the coach says so and asks again (a terminal try stored "6" and "move 2 to 15 jan 2028" as the reason).
/// </summary>
public sealed class NotAnAnswerTests
{
    private static async Task<TestSupport.ConversationTest> AtTheReasonAsync()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        await chat.SayAsync("I want to get better at my job");
        await chat.SayAsync("become a team lead");
        (await chat.SayAsync("7, and I can do about 5 hours a week")).AssertContains(Says(SmartTexts.AskRelevant));
        return chat;
    }

    [Theory]
    [InlineData("6")]
    [InlineData("yes")]
    [InlineData("move 2 to 15 jan 2028")]
    public async Task IsNotKeptAsTheReasonAndTheQuestionIsAskedAgain(string said)
    {
        var chat = await AtTheReasonAsync();

        (await chat.SayAsync(said)).AssertContains(Says(GoalTexts.NotAnAnswer), Says(SmartTexts.AskRelevant));

        (await chat.SayAsync("Leading people is what I enjoy most")).AssertContains(Says(SmartTexts.AskTimeBound));
        await chat.SayAsync("by end of next year");
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal("Leading people is what I enjoy most", goal.Relevance);
    }

    [Fact]
    public async Task UndoAtTheGoalsConfirmationKeepsTheGoalBeingSet()
    {
        // A terminal try: "undo" at "Does that capture it?" restarted into the plan editor and the goal was gone.
        var chat = await AtTheReasonAsync();
        await chat.SayAsync("Leading people is what I enjoy most");
        (await chat.SayAsync("by end of next year")).AssertContains("Does that capture it?");

        (await chat.SayAsync("undo")).AssertContains("Does that capture it?");

        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        Assert.Single((await StateAsync(chat)).Goals);
    }

    [Theory]
    [InlineData("change the deadline of goal 1 to june")]
    [InlineData("edit plan")]
    [InlineData("drop goal 1")]
    public async Task APlanCommandWhileAGoalIsSetKeepsTheGoalAndAsksAgain(string said)
    {
        // A new user's try: "change the deadline of goal 1 to june" at the confidence question ended the goal dialog,
        // and the goal not yet saved was gone.
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("I want to become a data analyst")).AssertContains(Says(GoalTexts.AskConfidence));

        (await chat.SayAsync(said)).AssertContains(Says(GoalTexts.FinishFirst), Says(GoalTexts.AskConfidence));
        Assert.Contains((await chat.ReadRecordAsync()).DialogState.DialogStack, f => f.Id == GoalDialog.DialogId);
        Assert.DoesNotContain((await chat.ReadRecordAsync()).DialogState.DialogStack, f => f.Id == PlanEditDialog.DialogId);

        (await chat.SayAsync("7, and I can do about 5 hours a week")).AssertContains(Says(SmartTexts.AskRelevant));
    }

    [Theory]
    [InlineData("check in with me every monday and thursday evenings")]
    [InlineData("schedule")]
    [InlineData("check in")]
    public async Task AScheduleOrCheckInCommandWhileAGoalIsSetKeepsTheGoalAndAsksAgain(string said)
    {
        // A new user's try: "check in with me every monday and thursday evenings" at the relevance question was kept
        // as the goal's reason; read as the schedule command, it would have ended the goal dialog and lost the goal.
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("I want to become a data analyst by 30.06.2027")).AssertContains(Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("7, and I can do about 5 hours a week")).AssertContains(Says(SmartTexts.AskRelevant));

        (await chat.SayAsync(said)).AssertContains(Says(GoalTexts.FinishFirstSchedule), Says(SmartTexts.AskRelevant));
        var stack = (await chat.ReadRecordAsync()).DialogState.DialogStack;
        Assert.Contains(stack, f => f.Id == GoalDialog.DialogId);
        Assert.DoesNotContain(stack, f => f.Id == ScheduleDialog.DialogId || f.Id == ReflectionDialog.DialogId);
    }

    [Theory]
    [InlineData("set a new goal", MenuTexts.LeaveGoalForNewGoal)]
    [InlineData("self-assessment", MenuTexts.LeaveGoalForAssessment)]
    [InlineData("edit values", MenuTexts.LeaveGoalForProfile)]
    public async Task StartingSomethingElseWhileAGoalIsSetAsksOnceAndNoKeepsTheQuestion(string said, string asked)
    {
        // Seen in a terminal chat: "set a new goal" at the confidence question silently restarted, and the goal was gone.
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("I want to become a data analyst")).AssertContains(Says(GoalTexts.AskConfidence));

        (await chat.SayAsync(said)).AssertContains(Says(asked), "become a data analyst").AssertNotContains(Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("no")).AssertContains(Says(MenuTexts.LeaveGoalStay), Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("7, and I can do about 5 hours a week")).AssertContains(Says(SmartTexts.AskRelevant));
    }

    [Fact]
    public async Task TheGoalInProgressIsNamedAsTheCoachWordsItNotAsTyped()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("hmm i guess i want to become a product manager by next summer");
        (await chat.SayAsync("self-assessment")).AssertContains("your goal \"become a product manager\"").AssertNotContains("i guess");
    }

    [Fact]
    public async Task YesToLeavingTheGoalStartsTheNewOne()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("I want to become a data analyst");
        (await chat.SayAsync("set a new goal")).AssertContains(Says(MenuTexts.LeaveGoalForNewGoal));
        (await chat.SayAsync("yes")).AssertNotContains(Says(GoalTexts.AskConfidence), "data analyst");
        var stack = (await chat.ReadRecordAsync()).DialogState.DialogStack;
        Assert.Equal(GoalDialog.DialogId, Assert.Single(stack).Id);
        Assert.Null(LeaveGoalDialogText(stack));
    }

    private static string? LeaveGoalDialogText(List<BotFramework.Dialogs.DialogInstance> stack) =>
        stack[0].InnerStack?.Select(f => (f.State["state"] as System.Text.Json.Nodes.JsonObject)?["text"]?.GetValue<string>())
            .FirstOrDefault(t => !string.IsNullOrEmpty(t));
}
