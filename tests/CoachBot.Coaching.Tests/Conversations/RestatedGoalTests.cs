using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Smart;
using CoachBot.BotFramework.Dialogs;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// The goal said again at another question (issue 12): the coach says what it understood instead of "I was looking
/// for a number", and when it stops asking a question it says what it does instead (today is Monday 4 January 2027).
/// </summary>
public sealed class RestatedGoalTests
{
    private static async Task<TestSupport.ConversationTest> AtTheConfidenceQuestionAsync()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("get a ux job by next summer")).AssertContains(Says(GoalTexts.AskConfidence));
        return chat;
    }

    [Fact]
    public async Task TheSameGoalSaidAtTheConfidenceQuestionIsSaidBackAndTheQuestionAskedAgain()
    {
        var chat = await AtTheConfidenceQuestionAsync();
        (await chat.SayAsync("honestly i just wanna get a ux job by like next summer i guess"))
            .AssertContains("That's the goal we have: to get a job as a UX designer by Tue, 31 August 2027.", Says(GoalTexts.AskConfidence))
            .AssertNotContains(Says(DialogTexts.NotANumber));
        // Said again it is still no try: the question stays until a number comes.
        (await chat.SayAsync("i just want a ux job by next summer")).AssertContains("That's the goal we have", Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("7")).AssertContains(Says(SmartTexts.AskAchievableTime));
    }

    [Theory]
    [InlineData("5h/w")]
    [InlineData("5 hours a week")]
    [InlineData("maybe 5hrs/week")]
    public async Task HoursAloneAtTheFinishLineQuestionAreTheHoursNotTheFinishLine(string said)
    {
        // Seen in a terminal chat: "5h/w" was "Noted as well: 5 hours a week." and then "Measurable: there's a number to
        // count (5h/w)", and the goal read "I'll know it's done when I have 5h/w".
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("staff engineer in 3y")).AssertContains(Says(SmartTexts.AskMeasurable));
        (await chat.SayAsync(said)).AssertContains("5 hours a week", Says(SmartTexts.AskMeasurable)).AssertNotContains("number to count");
        (await chat.SayAsync("when i have the staff title in my contract")).AssertNotContains("5h/w", Says(SmartTexts.AskMeasurable));
    }

    [Fact]
    public async Task GetAnOfferAtTheConfidenceQuestionOfARoleGoalIsItsFinishLine()
    {
        // Seen in a terminal chat: "get an offer" was "a different goal: to get an offer", then the reason, "7" and the
        // hours given to that yes-or-no question were all "Please answer yes or no" and lost.
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("i want to become a data analyst by september 2027")).AssertContains(Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("get an offer")).AssertNotContains("That sounds like a different goal")
            .AssertContains(Texts.Get(GoalTexts.FinishLineNoted, "en-US", ("measure", "get an offer")), Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("7")).AssertContains(Says(SmartTexts.AskAchievableTime));
    }

    [Fact]
    public async Task AnOfferForTheWorkTheGoalNamesIsItsFinishLineNotAnotherGoal()
    {
        // Seen in a terminal chat: "getting an offer for a data analyst job" at the finish-line question of "move into
        // data analytics" was "That sounds like a different goal", asked about with yes or no.
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("i think i want to move into data analytics by next autumn")).AssertContains(Says(SmartTexts.AskMeasurable));
        (await chat.SayAsync("getting an offer for a data analyst job")).AssertNotContains("That sounds like a different goal")
            .AssertContains(Says(GoalTexts.AskConfidence));
    }

    [Theory]
    [InlineData("when i get an offer")]
    [InlineData("once i've signed a contract")]
    [InlineData("i'll know it's done when i get an offer")]
    [InlineData("get an offer")]
    [InlineData("getting hired")]
    public async Task AFinishLineSaidAtTheConfidenceQuestionIsNoOtherGoal(string said)
    {
        // Seen in a terminal chat: "when i get an offer" at the confidence question was "a different goal: to land a
        // when i get an offer", asked about with yes or no.
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("i just graduated and i need a job lol")).AssertContains(Says(GoalTexts.AskConfidence));
        (await chat.SayAsync(said)).AssertNotContains("That sounds like a different goal").AssertContains(Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("8")).AssertContains(Says(SmartTexts.AskAchievableTime));
    }

    [Fact]
    public async Task TheSameGoalSaidSharperWithItsRoleBecomesTheGoal()
    {
        // Seen in a terminal chat: "a junior dev job" at the confidence question, after "i need a job", got "That's the
        // goal we have: to get my first job", and the role was lost.
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("i just graduated and i need a job lol")).AssertContains(Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("a junior dev job")).AssertContains("Sharper, good: to", "developer", Says(GoalTexts.AskConfidence));
        await chat.SayAsync("8");
        await chat.SayAsync("10 hours a week");
        await chat.SayAsync("by june");
        var reply = await chat.SayAsync("i need money and i like coding");
        reply.AssertContains("developer").AssertNotContains("first job");
    }

    [Fact]
    public async Task AFinishLineSaidAtTheConfidenceQuestionIsKeptAsTheMeasure()
    {
        // Seen in a terminal chat: "when i have a signed contract" at the confidence question got "I was looking for a number".
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("set a new goal: get a job as an admin assistant by september")).AssertContains(Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("when i have a signed contract"))
            .AssertContains("Noted as your finish line: \"when i have a signed contract\".", Says(GoalTexts.AskConfidence))
            .AssertNotContains(Says(DialogTexts.NotANumber));
        await chat.SayAsync("6");
        await chat.SayAsync("6 hours a week");
        (await chat.SayAsync("i want to feel useful again and earn my own money"))
            .AssertContains("I will get a job as an admin assistant by", "when I have a signed contract");
    }

    [Fact]
    public async Task AFinishLineIsQuotedWithACapitalI()
    {
        // Seen in a terminal chat: "✓ Measurable: there's a clear finish line (when i get an offer)"; round ten: the clause the statement says.
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("i want to land a junior dev job by june");
        await chat.SayAsync("when i get an offer");
        await chat.SayAsync("8");
        await chat.SayAsync("10 hours a week");
        var reply = await chat.SayAsync("i need money and i like coding");
        Assert.Contains("(I get an offer)", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFinishLineWithItsLeadInIsKeptWithoutIt()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("ok i want to become a data analyst by 30.06.2027")).AssertContains(Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("i will know when i have an offer as junior data analyst"))
            .AssertContains("Noted as your finish line: \"i have an offer as junior data analyst\".", Says(GoalTexts.AskConfidence));
    }

    [Fact]
    public async Task ADifferentGoalSaidAtTheConfidenceQuestionIsAskedAboutBeforeItReplacesTheGoal()
    {
        var chat = await AtTheConfidenceQuestionAsync();
        (await chat.SayAsync("actually i want to become a data analyst by december"))
            .AssertContains("That sounds like a different goal: to become a data analyst", "get a job as a UX designer")
            .AssertNotContains(Says(DialogTexts.NotANumber));
        (await chat.SayAsync("yes")).AssertContains("let's work on that one: to become a data analyst", Says(GoalTexts.AskConfidence));
        await chat.SayAsync("6");
        await chat.SayAsync("3 hours");
        (await chat.SayAsync("because I like numbers")).AssertContains("I will become a data analyst by Fri, 31 December 2027");
    }

    [Fact]
    public async Task TheSameRoleSaidSharperIsTheGoalWeHaveAndItsDeadlineIsKept()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("become a UX designer")).AssertContains(Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("honestly i just wanna get a ux job by like next summer i guess"))
            .AssertContains("That's the goal we have: to become a UX designer by Tue, 31 August 2027.", Says(GoalTexts.AskConfidence))
            .AssertNotContains("different goal");
    }

    [Fact]
    public async Task AGoalAfterThePersonsSituationIsTakenAtTheMenu()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("im a final year student, i want to get my first job as a junior data analyst by august"))
            .AssertContains("Specific", Says(GoalTexts.AskConfidence));
    }

    [Fact]
    public async Task HoursGivenForTheSmallerFirstGoalAreNoMilestone()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        await chat.SayAsync("get my first job as a junior data analyst by august");
        (await chat.SayAsync("idk like 5?")).AssertContains(Says(SmartTexts.AskAchievableSmaller));
        (await chat.SayAsync("maybe 6 hrs a week during exams less")).AssertNotContains("during exams less", "becomes the first milestone");
        var state = await StateAsync(chat);
        Assert.Empty(state.Goals);
    }

    [Fact]
    public async Task SayingNoToTheDifferentGoalKeepsTheGoalWeHave()
    {
        var chat = await AtTheConfidenceQuestionAsync();
        await chat.SayAsync("actually i want to become a data analyst by december");
        (await chat.SayAsync("no")).AssertContains("we'll stay with the goal we have: to get a job as a UX designer", Says(GoalTexts.AskConfidence));
        await chat.SayAsync("6");
        await chat.SayAsync("3 hours");
        (await chat.SayAsync("because I love design")).AssertContains("I will get a job as a UX designer by Tue, 31 August 2027");
    }

    [Fact]
    public async Task TheGoalSaidAgainAtTheReasonQuestionIsNoReason()
    {
        var chat = await AtTheConfidenceQuestionAsync();
        await chat.SayAsync("7");
        (await chat.SayAsync("4 hours")).AssertContains(Says(SmartTexts.AskRelevant));
        (await chat.SayAsync("i want to get a ux job by next summer")).AssertContains("That's the goal we have", Says(SmartTexts.AskRelevant));
        await chat.SayAsync("because I love designing for people");
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal("because I love designing for people", goal.Relevance);
    }

    [Fact]
    public async Task AQuestionTheCoachStopsAskingIsNeverSkippedSilently()
    {
        var chat = await AtTheConfidenceQuestionAsync();
        await chat.SayAsync("no clue");
        // The second try without a number: the coach says it leaves the confidence out, then asks the next question
        // (the hours, which are still open: round nine).
        (await chat.SayAsync("dunno really"))
            .AssertContains(Says(GoalTexts.LeftOpenConfidence), Says(SmartTexts.AskAchievableTime));
        (await chat.SayAsync("5")).AssertContains(Says(SmartTexts.AskRelevant));
        await chat.SayAsync("idk");
        // The reason asked twice without one: said too, and the proposal follows.
        (await chat.SayAsync("no idea")).AssertContains(Says(GoalTexts.LeftOpenRelevant), "I will get a job as a UX designer");
    }
}
