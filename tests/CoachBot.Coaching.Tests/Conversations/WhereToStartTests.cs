using CoachBot.Coaching.Commands;
using CoachBot.Coaching.Dialogs;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// Someone who says they don't know where to begin is told where, by how far they are, and a "yes" starts it.
/// A new user's try: "hmm not sure where to start honestly" was "I'm not sure what you'd like to do".
/// </summary>
public sealed class WhereToStartTests
{
    [Theory]
    [InlineData("hmm not sure where to start honestly")]
    [InlineData("i dont know where to start")]
    [InlineData("where do i even start?")]
    [InlineData("ok so what should i do first")]
    [InlineData("idk where to start lol")]
    public async Task SomeoneNewIsOfferedTheSelfAssessmentAndAYesStartsIt(string said)
    {
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync(said);
        reply.AssertContains(Says(MenuTexts.WhereToStartFresh));
        Assert.False(reply.Contains(Says(MenuTexts.Heard)), reply.Text);
        Assert.Empty((await chat.ReadRecordAsync()).DialogState.DialogStack);

        await chat.SayAsync("yes please");
        Assert.Contains((await chat.ReadRecordAsync()).DialogState.DialogStack, f => f.Id == SelfAssessmentDialog.DialogId);
    }

    [Fact]
    public async Task WithAGoalTheyAreOfferedThePlanAndACheckIn()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: pass the AWS Solutions Architect exam by June 30 2027, 8/10 confident, 5 hours a week, because I value learning");
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        Assert.NotEmpty((await StateAsync(chat)).Goals);
        Assert.Empty((await chat.ReadRecordAsync()).DialogState.DialogStack);

        (await chat.SayAsync("not sure what to do now")).AssertContains(Says(MenuTexts.WhereToStartPlanned));
    }

    [Fact]
    public async Task AGoalSaidWithItIsStillAGoal()
    {
        var chat = Start();
        await chat.JoinAsync();
        Assert.False((await chat.SayAsync("not sure where to start but i want to become a data analyst")).Contains(Says(MenuTexts.WhereToStartFresh)));
        Assert.Contains((await chat.ReadRecordAsync()).DialogState.DialogStack, f => f.Id == GoalDialog.DialogId);
    }
}
