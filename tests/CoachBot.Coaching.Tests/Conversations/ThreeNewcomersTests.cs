using CoachBot.Coaching.Dialogs;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;
using static CoachBot.Coaching.Tests.Conversations.ReflectiveListeningTests;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>
/// What went wrong in the terminal for three newcomers (tests/transcripts/*-2026-12-03c.txt): Tomasz (52, laid-off
/// factory foreman, short answers), Aisha (23, graduate, "idk something creative?") and Grace (38, marketing manager
/// burning out, long messages).
/// </summary>
public sealed class ThreeNewcomersTests
{
    [Theory]
    [InlineData("copywriting 5, data analysis 2, people management 4, public speaking 4", 4)]
    [InlineData("forklift 5, computer 1, leading team 4", 3)]
    public async Task RatedSkillsWithFeedbackWordsInTheirNamesAreSkills(string said, int count)
    {
        // Was "I couldn't find a StrengthsFinder theme ... I'll keep that with your outside results": "people" and
        // "team" are feedback words, and every later answer landed one question late.
        var chat = await AtQuestion(AssessmentParts.Skills);
        (await chat.SayAsync(said)).AssertContains(Says("assessment.ask.transferable")).AssertNotContains("outside results");
        var profile = (await StateAsync(chat)).Profile;
        Assert.Equal(count, profile.Skills.Count);
        Assert.True(profile.Outside.IsEmpty);
    }

    [Fact]
    public async Task NumbersAloneAreNoSkills()
    {
        // Was "I put 2, 4 at 3 out of 5 for now".
        var chat = await AtQuestion(AssessmentParts.Skills);
        (await chat.SayAsync("2, 4")).AssertContains(Says(AssessmentTexts.NoSkillsRead)).AssertNotContains("3 out of 5");
        Assert.Empty((await StateAsync(chat)).Profile.Skills);
    }

    [Fact]
    public async Task ANumberPicksOneOfTheDirectionsOffered()
    {
        // Was "I only see numbers there, and this question has no list to pick from", right under the list.
        var chat = await AtQuestion(AssessmentParts.Strengths);
        await chat.SayAsync("explaining things, drawing");
        await chat.SayAsync("skip");
        await chat.SayAsync("visual design, psychology");
        foreach (var _ in AssessmentParts.All.SkipWhile(p => p != AssessmentParts.Values).TakeWhile(p => p != AssessmentParts.Vision5)) await chat.SayAsync("skip");
        (await chat.SayAsync("idk something creative?")).AssertContains(Says(AssessmentTexts.ExploreAsk));
        (await chat.SayAsync("2")).AssertContains(Says("assessment.ask.vision10")).AssertNotContains(Says(AssessmentTexts.NumbersIsNoAnswer));
        Assert.False(string.IsNullOrEmpty((await StateAsync(chat)).Profile.Vision5Years));
    }

    [Fact]
    public async Task ExhaustionSaidAtAQuestionIsHeardNotAnsweredWithAnArticle()
    {
        // Was the library's motivation answer ("Motivation follows action more often than it leads it").
        var chat = await AtQuestion(AssessmentParts.Outside);
        (await chat.SayAsync("i'm so tired all the time, i don't know how long i can keep going like this"))
            .AssertContains(Says("feelings.feelings.exhaustion.heard")).AssertNotContains(Says("library.topics.motivation.answer"));
    }

    [Theory]
    [InlineData("computers. i am scared of computers", new[] { "computers" })]
    [InlineData("saying no to my boss haha, and probably data analysis, i've never been good with numbers", new[] { "saying no to my boss", "data analysis", "numbers" })]
    public async Task EachSentenceOfAGrowthAnswerIsAnItemInItsKeyPhrase(string said, string[] kept)
    {
        // Was "Lots of people feel uneasy about computers. i am scared of computers" and "grow in ... i've never been good with numbers".
        var chat = await AtQuestion(AssessmentParts.Growth);
        (await chat.SayAsync(said)).AssertNotContains("i am scared", "never been");
        Assert.Equal(kept, (await StateAsync(chat)).Profile.GrowthAreas);
    }

    [Fact]
    public async Task AStrengthsAnswerWithAQuestionMarkInsideIsHeardItemByItem()
    {
        // Was "Thanks, noted." and the strength "drawing? people say im creative" in the profile.
        var chat = await AtQuestion(AssessmentParts.Strengths);
        (await chat.SayAsync("idk, drawing? people say im creative")).AssertContains("strengths include drawing and being creative.");
        Assert.Equal(["drawing", "being creative"], (await StateAsync(chat)).Profile.Strengths);
    }
}
