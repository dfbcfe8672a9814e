using CoachBot.TestSupport;
using CoachBot.Coaching.Dialogs;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// Whole goal conversations as Sofia (34, marketing manager moving into product, hedges a lot) and Raj (22, casual
/// lowercase) typed them in the terminal: the statement is grammatical, holds no hedge, no question, no second date and
/// no "-ing" verb after "I will" or "and". Today is Monday 4 January 2027.
/// </summary>
public sealed class HedgedGoalStatementTests
{
    private static async Task<TurnReplies> ProposalFor(string goal)
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        await chat.SayAsync(goal);
        await chat.SayAsync("7");
        await chat.SayAsync("5 hours");
        return await chat.SayAsync("because i want more ownership");
    }

    [Fact]
    public async Task AHedgedSpanOfTimeAfterTheRoleStaysTheRolesDeadline()
    {
        // Was "I will reach an or two by Tue, 4 January 2028.": the clause after the comma was taken as the goal.
        var proposal = await ProposalFor("i guess i'd like to be a product manager, maybe within a year or two idk");
        proposal.AssertContains("I will become a product manager by Tue, 4 January 2028.", "✓ Specific: you named the role (product manager)")
            .AssertNotContains("or two", "idk", "i guess", "maybe", "(two)");
    }

    [Fact]
    public async Task AGoalEndingInAHedgedQuestionIsTheGoalNotACareerQuestion()
    {
        // Was answered as a career-change question, the goal question asked again, and "7" then taken as the goal.
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("idk maybe like i want to move into product management by like next summer i guess, or maybe sooner?"))
            .AssertNotContains(Says("library.topics.careerChange.answer"));
        // Each question answered as it comes, until the proposal.
        var reply = await chat.SayAsync("when i have a product manager offer");
        for (var i = 0; i < 5 && !reply.Contains("**I will"); i++)
            reply = await chat.SayAsync(reply.Contains(Says(GoalTexts.AskConfidence)) ? "7"
                : reply.Contains(Says(CoachBot.Coaching.Smart.SmartTexts.AskAchievableTime)) ? "5 hours" : "because i want more ownership");
        reply.AssertContains("**I will move into product management by Tue, 31 August 2027").AssertNotContains("idk", "i guess", "sooner");
    }

    [Fact]
    public async Task AVerbJoinedByAndFollowsIWillToo()
    {
        // Was "I will learn SQL and getting a junior analyst job by ...".
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        await chat.SayAsync("idk, learning sql and maybe getting a junior analyst job by march i guess");
        await chat.SayAsync("7");
        await chat.SayAsync("5 hours");
        var proposal = await chat.SayAsync("because i want more ownership");
        proposal.AssertContains("learn SQL and get a junior analyst job by Wed, 31 March 2027").AssertNotContains("getting", "idk", "maybe", "i guess");
    }

    [Fact]
    public async Task APmRoleNamesTheProductManagerRole()
    {
        // Was "Specific: a little short" for "getting a pm role".
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        await chat.SayAsync("maybe like getting a pm role i guess");
        await chat.SayAsync("7");
        await chat.SayAsync("5 hours");
        await chat.SayAsync("because i want more ownership");
        var proposal = await chat.SayAsync("by september");
        proposal.AssertContains("✓ Specific: you named the role", "product manager").AssertNotContains(Says("smart.reason.TooShort"), "getting", "maybe", "i guess");
    }

    [Fact]
    public async Task WhatIsNamedAsTheFinishLineNeverEndsOnAPreposition()
    {
        // Was "there's a clear finish line (become a software engineer at)".
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("i wanna be a software engineer at a big tech company by june or july lol"))
            .AssertContains("Measurable: there's a clear finish line (become a software engineer).").AssertNotContains("engineer at)");
    }
}
