using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Smart;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>What people type at the proposed SMART statement that is none of its choices.</summary>
public sealed class ProposalAnswerTests
{
    [Theory]
    [InlineData("because i want more money")]
    [InlineData("bc i want to earn more")]
    [InlineData("Because I want my experience to be of use to the next generation.")] // Ken: was quoted as "...generation.".
    public async Task AReasonAtTheProposalIsHeardAsWhyItMattersAndTheProposalIsAskedAgain(string reason)
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: earn the PMP certification by 30 September 2027, 9/10 sure, 6 hours a week");
        var proposal = await chat.SayAsync("skip");
        for (var i = 0; i < 3 && !proposal.Text.Contains(Title(GoalTexts.ProposalAnswers, ProposalAnswer.Accept), StringComparison.Ordinal); i++)
            proposal = await chat.SayAsync("skip");
        proposal.AssertContains(Title(GoalTexts.ProposalAnswers, ProposalAnswer.Accept));
        var again = await chat.SayAsync(reason);
        again.AssertContains(Says(GoalTexts.ReasonNoted), Title(GoalTexts.ProposalAnswers, ProposalAnswer.Accept), Says("smart.feedback." + SmartReason.RelevanceGiven));
        again.AssertNotContains("not sure which option").AssertNotContains(".\".");
        await chat.SayAsync("yes");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(reason.TrimEnd('.'), goal.Relevance);
    }
}
