using CoachBot.BotFramework.Dialogs;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Smart;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// A short answer with no number at the confidence or hours question, seen in a terminal chat (Tom typed "more impact"
/// twice and got "I was looking for a number" twice): a why is kept as the why and the number asked once more; the
/// coach never says the same "I was looking for a number" twice in a row.
/// </summary>
public sealed class NoNumberAtANumberQuestionTests
{
    private static async Task<TestSupport.ConversationTest> AtConfidenceAsync()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("become a senior data analyst by june 2028")).AssertContains(Says(GoalTexts.AskConfidence));
        return chat;
    }

    [Fact]
    public async Task AWhyTypedAtTheConfidenceQuestionIsKeptAsTheWhyAndTheNumberIsAskedAgain()
    {
        var chat = await AtConfidenceAsync();
        (await chat.SayAsync("more impact"))
            .AssertContains("Noted as why it matters to you: \"more impact\".", Says(GoalTexts.AskConfidence))
            .AssertNotContains(Says(DialogTexts.NotANumber));
        (await chat.SayAsync("7")).AssertContains(Says(SmartTexts.AskAchievableTime));
        // The why was taken: it is not asked for again.
        (await chat.SayAsync("5")).AssertNotContains(Says(SmartTexts.AskRelevant));
    }

    [Fact]
    public async Task TheSameNoNumberLineIsNeverSaidTwiceInARow()
    {
        var chat = await AtConfidenceAsync();
        (await chat.SayAsync("no idea really")).AssertContains(Says(DialogTexts.NotANumber), Says(GoalTexts.AskConfidence));
        // The second time: an example and the way out, not the same line; the hours are still asked.
        (await chat.SayAsync("no idea really")).AssertContains(Says(GoalTexts.NotANumberAgainConfidence), Says(GoalTexts.LeftOpenConfidence),
                Says(SmartTexts.AskAchievableTime))
            .AssertNotContains(Says(DialogTexts.NotANumber));
    }

    [Fact]
    public async Task AWhyTwiceIsKeptOnceAndThenAnExampleIsOffered()
    {
        var chat = await AtConfidenceAsync();
        (await chat.SayAsync("more impact")).AssertContains(Says(GoalTexts.AskConfidence)).AssertNotContains(Says(DialogTexts.NotANumber));
        (await chat.SayAsync("more impact")).AssertContains(Says(GoalTexts.NotANumberAgainConfidence)).AssertNotContains(Says(DialogTexts.NotANumber));
    }

    [Fact]
    public async Task AWhyAtTheHoursQuestionIsKeptToo()
    {
        var chat = await AtConfidenceAsync();
        (await chat.SayAsync("7")).AssertContains(Says(SmartTexts.AskAchievableTime));
        (await chat.SayAsync("better pay for my family"))
            .AssertContains("Noted as why it matters to you: \"better pay for my family\".", Says(SmartTexts.AskAchievableTime))
            .AssertNotContains(Says(DialogTexts.NotANumber));
    }

    [Fact]
    public async Task TheFirstTwoModulesAtTheConfidenceQuestionAreAFinishLineNotARatingOfTwo()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("start the google project management course by june 2027")).AssertContains(Says(SmartTexts.AskMeasurable));
        (await chat.SayAsync("when i've done the first two")).AssertContains(Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("the first two modules"))
            .AssertContains("Noted as your finish line: \"the first two modules\".", Says(GoalTexts.AskConfidence))
            .AssertNotContains(Says(SmartTexts.AskAchievableSmaller));
        (await chat.SayAsync("8")).AssertContains(Says(SmartTexts.AskAchievableTime));
    }

    [Fact]
    public async Task ConfidenceAndHoursInOneMessageAreBothSaidBack()
    {
        var chat = await AtConfidenceAsync();
        (await chat.SayAsync("7/10, 4 hours a week")).AssertContains("Noted: confidence 7/10 and 4 hours a week.")
            .AssertNotContains("Noted as well: 4 hours a week.");
    }
}
