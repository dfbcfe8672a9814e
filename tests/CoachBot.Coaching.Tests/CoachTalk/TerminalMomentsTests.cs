using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Feelings;
using CoachBot.Coaching.Library;
using CoachBot.Coaching.Model;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.CoachTalk;

/// <summary>The bad moments of the terminal tries (issue 13), each as it now goes.</summary>
public sealed class TerminalMomentsTests
{
    private const string Age = FeelingReader.Prefix + "age.";

    [Fact]
    public async Task FearOfBeingTooOldIsNamedAsDoubtAboutAgeNormalizedHonestlyWithOneSmallStep()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("I'm scared I'm too old for this"))
            .AssertContains(Says(Age + "heard"), Says(Age + "normal"), Says(Age + "step"))
            .AssertNotContains(Says(FeelingReader.Prefix + "fear.heard"), Says(FeelingReader.Prefix + "fear.step"));
    }

    [Fact]
    public async Task AWorryAboutMathIsHeardAsAWorryAndAnsweredWithAConcreteStepNotAsAQuestionOrAGoal()
    {
        const string MathWorry = FeelingReader.Prefix + "mathWorry.";
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("i'm bad at math, can i still become a data analyst?"))
            .AssertContains(Says(MathWorry + "heard"), Says(MathWorry + "normal"), Says(MathWorry + "step"))
            .AssertNotContains(Says(LibraryTexts.OutsideNone), Says(LibraryTexts.OutsideNearest), Says(GoalTexts.AskGoal));
    }

    [Fact]
    public async Task YesToALibraryOfferWithoutAGoalStartsAFirstGoal()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("how do I find a mentor?")).AssertContains(Says(LibraryTexts.OfferNoGoal)).AssertNotContains("Shall I add");
        (await chat.SayAsync("yes")).AssertContains(Says(GoalTexts.AskGoal));
    }

    [Fact]
    public async Task NoToALibraryOfferWithoutAGoalStartsNothing()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("how do I find a mentor?");
        (await chat.SayAsync("no thanks")).AssertContains(Says(LibraryTexts.OfferDeclined)).AssertNotContains(Says(GoalTexts.AskGoal));
        Assert.Empty((await chat.ReadRecordAsync()).DialogState.DialogStack);
    }

    [Fact]
    public async Task WhatNextWithNothingKnownSuggestsTheSelfAssessmentAndYesStartsIt()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("what should I do next?")).AssertContains(Says(LibraryTexts.NextNoProfile)).AssertNotContains(Says(LibraryTexts.NoSteps));
        (await chat.SayAsync("yes")).AssertContains(Says(AssessmentTexts.Intro), Says("assessment.ask.strengths"));
    }

    [Fact]
    public async Task WhatNextWithAProfileButNoGoalSuggestsTheProfilesFirstGoal()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("self-assessment");
        await chat.SayAsync("talking to patients, calming people down");
        await chat.SayAsync("prototyping");
        foreach (var _ in AssessmentParts.All.SkipWhile(p => p != AssessmentParts.Interests).TakeWhile(p => p != AssessmentParts.Skills)) await chat.SayAsync("skip");
        await chat.SayAsync("figma 1, user research 3");
        await chat.SayAsync("skip");
        await chat.SayAsync("nurse");
        await chat.SayAsync("UX designer");
        await chat.SayAsync("skip");
        await chat.SayAsync("skip");
        await chat.SayAsync("yes");
        var next = await chat.SayAsync("what should I do next?");
        next.AssertContains(Says(LibraryTexts.NextNoGoalSuggested), "Figma");
        (await chat.SayAsync("yes")).AssertContains(Says(GoalTexts.AskGoal));
    }

    [Fact]
    public async Task ANurseWantingUxDesignHearsTheCareerChangeAnswerForHerMoveAndCanSetItAsAGoal()
    {
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync("i think i want to move into ux design but idk, im a nurse");
        reply.AssertContains(Says("library.topics.careerChange.answer"), "From nurse to UX designer", "user research", "\"become a UX designer\"")
            .AssertNotContains(Says(LibraryTexts.OutsideNearest));
        (await chat.SayAsync("yes")).AssertContains("UX designer", Says(GoalTexts.AskConfidence));
        Assert.NotEmpty((await chat.ReadRecordAsync()).DialogState.DialogStack);
    }

    [Fact]
    public async Task ABackendDevWantingEngManagementIsOfferedTheManagerGoalNotTheJobTheyHold()
    {
        // Dev, round ten's terminal: "backend dev" was no name of a role, so the "dev" in it was read as the role wanted
        // and a developer of six years was offered "become a software developer".
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync("so im a backend dev, 6 yrs, kinda want to move into eng management but idk if im cut out for it");
        reply.AssertContains("From software developer to engineering manager", "\"become an engineering manager\"")
            .AssertNotContains("\"become a software developer\"");
        (await chat.SayAsync("yeah")).AssertContains("engineering manager", Says(GoalTexts.AskConfidence));
    }

    [Fact]
    public async Task NumbersAtTheMenuAreReadAsStrayAnswersNotAsBurnout()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("7, and I can do about 5 hours a week"))
            .AssertContains(Says(LibraryTexts.StrayAnswersNoGoal))
            .AssertNotContains(Says("library.topics.balance.answer"), Says(FeelingReader.Prefix + "exhaustion.heard"));
    }
}
