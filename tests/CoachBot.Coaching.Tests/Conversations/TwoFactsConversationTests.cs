using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Understanding.Facts;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Smart;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// Two facts in one message, and corrections (issue 11), in the goal dialog through the real pipeline: an answer that
/// also gives the hours skips the hours question; a correction at a later question changes the earlier answer of its
/// kind, otherwise the last one, and the coach says what changed.
/// </summary>
public sealed class TwoFactsConversationTests
{
    private static async Task<TestSupport.ConversationTest> AtConfidenceAsync(string goal = "become a team lead")
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        await chat.SayAsync("I want to get better at my job");
        (await chat.SayAsync(goal)).AssertContains(Says(GoalTexts.AskConfidence));
        return chat;
    }

    [Fact]
    public async Task ConfidenceAndHoursInOneMessageAnswerBothAndTheHoursQuestionIsSkipped()
    {
        var chat = await AtConfidenceAsync();
        (await chat.SayAsync("7, and I can do about 5 hours a week"))
            .AssertContains("Noted: confidence 7/10 and 5 hours a week.", Says(SmartTexts.AskRelevant))
            .AssertNotContains(Says(SmartTexts.AskAchievableTime));
        await FinishAsync(chat);
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(7, goal.Confidence);
        Assert.Equal(5m, goal.HoursPerWeek);
    }

    [Fact]
    public async Task HoursBeforeTheRatingAreNotTakenForTheRating()
    {
        var chat = await AtConfidenceAsync();
        (await chat.SayAsync("like 3 hours weekly, confidence 8")).AssertContains("Noted: confidence 8/10 and 3 hours a week.", Says(SmartTexts.AskRelevant));
        await FinishAsync(chat);
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(8, goal.Confidence);
        Assert.Equal(3m, goal.HoursPerWeek);
    }

    [Fact]
    public async Task HoursAloneAtTheConfidenceQuestionAreTheHoursAndTheRatingIsAskedAgain()
    {
        var chat = await AtConfidenceAsync();
        (await chat.SayAsync("maybe 5 hours a week, weekends mostly"))
            .AssertContains("Noted as well: 5 hours a week.", Says(GoalTexts.AskConfidence))
            .AssertNotContains(Says(SmartTexts.AskRelevant), Says(DialogTexts.NotANumber));
        (await chat.SayAsync("7")).AssertContains(Says(SmartTexts.AskRelevant)).AssertNotContains(Says(SmartTexts.AskAchievableTime));
        await FinishAsync(chat);
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(7, goal.Confidence);
        Assert.Equal(5m, goal.HoursPerWeek);
    }

    [Fact]
    public async Task HoursCorrectedAtALaterQuestionChangeTheHoursAndTheQuestionIsAskedAgain()
    {
        var chat = await AtConfidenceAsync();
        await chat.SayAsync("7");
        (await chat.SayAsync("5 hours")).AssertContains(Says(SmartTexts.AskRelevant));
        (await chat.SayAsync("sorry, I meant 4 hours")).AssertContains("Hours changed to 4 hours a week.", Says(SmartTexts.AskRelevant));
        await FinishAsync(chat);
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(4m, goal.HoursPerWeek);
        Assert.Equal(7, goal.Confidence);
    }

    [Fact]
    public async Task ABareNumberCorrectsTheLastAnswer()
    {
        var chat = await AtConfidenceAsync();
        await chat.SayAsync("7");
        await chat.SayAsync("5 hours");
        (await chat.SayAsync("no wait, 6")).AssertContains("Hours changed to 6 hours a week.");
        await FinishAsync(chat);
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(6m, goal.HoursPerWeek);
        Assert.Equal(7, goal.Confidence);
    }

    [Fact]
    public async Task AMonthCorrectsTheDeadlineEvenAtTheConfidenceQuestion()
    {
        var chat = await AtConfidenceAsync("become a team lead by March 2027");
        (await chat.SayAsync("actually make that June")).AssertContains("Deadline changed to Wed, 30 June 2027.", Says(GoalTexts.AskConfidence));
        await chat.SayAsync("8");
        await chat.SayAsync("4 hours");
        var proposal = await chat.SayAsync("Leading people is what I enjoy most");
        proposal.AssertContains("30 June 2027").AssertNotContains("31 March 2027");
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        Assert.Equal(new DateOnly(2027, 6, 30), Assert.Single((await StateAsync(chat)).Goals).Deadline);
    }

    [Fact]
    public async Task AnAnswerAndACorrectionInOneMessage()
    {
        var chat = await AtConfidenceAsync();
        (await chat.SayAsync("7 - and I can do 6 hours a week")).AssertContains(Says(SmartTexts.AskRelevant));
        (await chat.SayAsync("because leading people is what I enjoy, and sorry, 5 hours not 6"))
            .AssertContains("Hours changed to 5 hours a week.", Says(SmartTexts.AskTimeBound));
        await chat.SayAsync("by end of next year");
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(5m, goal.HoursPerWeek);
        Assert.DoesNotContain("sorry", goal.Relevance ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheDeadlineAnswerMayChangeTheConfidenceToo()
    {
        var chat = await AtConfidenceAsync();
        await chat.SayAsync("8");
        await chat.SayAsync("4 hours");
        (await chat.SayAsync("Leading people is what I enjoy most")).AssertContains(Says(SmartTexts.AskTimeBound));
        (await chat.SayAsync("september 2027 and my confidence is like 7")).AssertContains("Confidence changed to 7/10.", "30 September 2027");
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(7, goal.Confidence);
        Assert.Equal(new DateOnly(2027, 9, 30), goal.Deadline);
    }

    [Fact]
    public async Task AtTheDeadlineQuestionACorrectionOfTheHoursChangesTheHoursAndTheDeadlineIsAskedAgain()
    {
        var chat = await AtConfidenceAsync();
        await chat.SayAsync("8");
        await chat.SayAsync("5 hours");
        (await chat.SayAsync("Leading people is what I enjoy most")).AssertContains(Says(SmartTexts.AskTimeBound));
        (await chat.SayAsync("sorry, I meant 4 hours")).AssertContains("Hours changed to 4 hours a week.", Says(SmartTexts.AskTimeBound));
        await chat.SayAsync("by end of next year");
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        Assert.Equal(4m, Assert.Single((await StateAsync(chat)).Goals).HoursPerWeek);
    }

    [Fact]
    public async Task AQuestionWithHoursInItSetsNothing()
    {
        var chat = await AtConfidenceAsync();
        (await chat.SayAsync("can I get by with 5 hours a week?")).AssertNotContains("Noted as well").AssertContains(Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("7")).AssertContains(Says(SmartTexts.AskAchievableTime));
    }

    [Fact]
    public void EverySlotTheCoachSaysBackHasItsSentences()
    {
        var keys = new List<string> { FactTexts.Took, FactTexts.Changed, FactTexts.Joiner };
        foreach (var slot in new[] { FactSlot.Rating, FactSlot.WeeklyHours, FactSlot.Deadline })
        {
            var (name, value, item) = FactTexts.KeysOf(slot)!.Value;
            keys.AddRange([name, value, item]);
        }
        Texts.Validate(keys);
    }

    /// <summary>Answers the rest of the refinement (why, then the deadline), accepts the proposal and the plan.</summary>
    private static async Task FinishAsync(TestSupport.ConversationTest chat)
    {
        (await chat.SayAsync("Leading people is what I enjoy most")).AssertContains(Says(SmartTexts.AskTimeBound));
        await chat.SayAsync("by end of next year");
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
    }
}
