using CoachBot.Coaching.Dialogs;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>The role a person holds, said where the goal is asked, is where they are: said back, and the goal asked again.</summary>
public sealed class RoleHeldAtGoalTests
{
    [Theory]
    [InlineData("i work as an admin assistant job", "an admin assistant")]
    [InlineData("im a nurse", "a nurse")]
    [InlineData("I'm currently a data analyst", "a data analyst")]
    public async Task TheRoleHeldIsNoGoal(string said, string aRole)
    {
        // A terminal try: "i work as an admin assistant job" at the goal question became the goal ("Specific: you named the role").
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync(said)).AssertContains("you work as " + aRole, Says("goal.currentRole.heard"), Says(GoalTexts.AskGoal))
            .AssertNotContains("Specific:");
        var state = await StateAsync(chat);
        Assert.Empty(state.Goals);
        Assert.Equal(aRole.Split(' ', 2)[1], state.Profile.CurrentRole, ignoreCase: true);
        // The goal asked for next is read as a goal.
        (await chat.SayAsync("become a team lead within a year")).AssertContains("Specific:");
    }

    [Fact]
    public async Task TheRoleHeldComingFromTheCommandIsNoGoalEither()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("set a new goal: i work as an admin assistant")).AssertContains(Says("goal.currentRole.heard"), Says(GoalTexts.AskGoal))
            .AssertNotContains("Specific:");
    }

    [Fact]
    public async Task ARoleHeldSaidWithAnAimIsAGoal()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("im a nurse and i want to become a data analyst")).AssertNotContains(Says("goal.currentRole.heard"));
    }

    [Fact]
    public async Task TheGoalAfterTheRoleHeldIsTheGoalNotTheRole()
    {
        // A terminal try: "im a nurse and i want to move into health informatics" read "Specific: you named the role (nurse)".
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("im a nurse and i want to move into health informatics")).AssertContains("health informatics")
            .AssertNotContains("(nurse)", Says("goal.currentRole.heard"));
        Assert.Equal("nurse", (await StateAsync(chat)).Profile.CurrentRole, ignoreCase: true);
    }

    [Fact]
    public async Task AProfileRoleIsNotOverwritten()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        await chat.SayAsync("im a nurse");
        await chat.SayAsync("cancel");
        await chat.SayAsync("set a new goal");
        await chat.SayAsync("i work as an admin assistant");
        Assert.Equal("nurse", (await StateAsync(chat)).Profile.CurrentRole, ignoreCase: true);
    }

    [Theory]
    [InlineData("i work as an admin assistant", "admin assistant")]
    [InlineData("im a nurse", "nurse")]
    public async Task AtTheMenuTheRoleHeldIsKeptAndTheFirstStepOffered(string said, string role)
    {
        // A terminal try: "i work as an admin assistant" at the menu got "I read ..., but I'm not sure what you'd like to do".
        // Someone new is offered the self-assessment (WhoTheyAreTests); the role is kept as where they are now.
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync(said);
        reply.AssertContains(Says(CoachBot.Coaching.Commands.MenuTexts.IntroductionFresh), "your work as " + CoachBot.Coaching.Smart.CareerVocabulary.WithArticle(role));
        reply.AssertNotContains(Says(CoachBot.Coaching.Commands.MenuTexts.Heard), "Specific:");
        var state = await StateAsync(chat);
        Assert.Empty(state.Goals);
        Assert.Equal(role, state.Profile.CurrentRole, ignoreCase: true);
    }
}
