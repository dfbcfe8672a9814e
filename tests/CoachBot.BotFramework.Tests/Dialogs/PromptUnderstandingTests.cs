using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Text;
using CoachBot.BotFramework.Understanding;
using CoachBot.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.BotFramework.Tests.Dialogs;

/// <summary>
/// Every prompt type through the understanding pipeline (rules only here; the matcher has its own tests): a question
/// is answered and the prompt asked again, another language gets the kind reply, and nothing from either is stored.
/// </summary>
public sealed class PromptUnderstandingTests
{
    private static readonly TextCatalog Texts = DialogTestTexts.Load();
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));

    private ConversationTest Chat() => new(new DialogTestBot(Texts, new ProfileDialog()), Texts, clock: _clock);

    private static string Generic(string kind) => Texts.Get(UnderstandingTexts.GenericContext + "." + kind, "en-US");

    [Fact]
    public async Task AQuestionAtEveryPromptTypeIsAnsweredReaskedAndNeverStored()
    {
        var chat = Chat();
        await chat.SayAsync("start");
        // text
        (await chat.SayAsync("why do you ask?")).AssertContains(Generic("why"), "What's your name?");
        await chat.SayAsync("Ada");
        // number
        (await chat.SayAsync("what does achievable mean?")).AssertContains(Texts.Get(UnderstandingTexts.TermsPrefix + "achievable", "en-US"), "How confident");
        await chat.SayAsync("7");
        // date
        (await chat.SayAsync("can you give me an example?")).AssertContains(Generic("example"), "By when?");
        await chat.SayAsync("by end of June 2027");
        // choice
        (await chat.SayAsync("what would you suggest?")).AssertContains(Generic("suggest"), "Which track?");
        await chat.SayAsync("promotion");
        // several choices
        (await chat.SayAsync("what do you mean?")).AssertContains(Generic("meaning"), "Pick your values.");
        await chat.SayAsync("growth and 4");
        // yes or no
        (await chat.SayAsync("why do you need to know?")).AssertContains(Generic("why"), "Save this, Ada?");
        (await chat.SayAsync("yep")).AssertContains("Saved: Ada, 7, 2027-06-30, promotion, growth+impact.");
    }

    [Fact]
    public async Task AnotherLanguageAtAPromptGetsTheKindReplyAndTheQuestionAgain()
    {
        var chat = Chat();
        await chat.SayAsync("start");
        (await chat.SayAsync("Ich heiße Ada und ich bin Lehrerin")).AssertContains(Texts.Get(UnderstandingTexts.OtherLanguage, "en-US"), "What's your name?");
        await chat.SayAsync("Ada");
        await chat.SayAsync("7");
        await chat.SayAsync("by end of June 2027");
        await chat.SayAsync("1");
        await chat.SayAsync("growth");
        (await chat.SayAsync("yes")).AssertContains("Saved: Ada, 7, 2027-06-30, promotion, growth.");
    }

    [Fact]
    public async Task AnUnsureChoiceIsConfirmedOnceWithTheBestGuessFirst()
    {
        var chat = Chat();
        await chat.SayAsync("start");
        await chat.SayAsync("Ada");
        await chat.SayAsync("7");
        await chat.SayAsync("by end of June 2027");
        var asked = await chat.SayAsync("change");
        asked.AssertContains(Texts.Get(UnderstandingTexts.ConfirmChoice, "en-US", ("title", "Change roles")));
        (await chat.SayAsync("yes")).AssertContains("Pick your values.");
        await chat.SayAsync("growth");
        (await chat.SayAsync("yes")).AssertContains("Saved: Ada, 7, 2027-06-30, roleChange, growth.");
    }

    [Fact]
    public async Task ADeclinedGuessAsksTheQuestionAgainWithEveryChoice()
    {
        var chat = Chat();
        await chat.SayAsync("start");
        await chat.SayAsync("Ada");
        await chat.SayAsync("7");
        await chat.SayAsync("by end of June 2027");
        await chat.SayAsync("change");
        (await chat.SayAsync("no")).AssertContains("Which track?", "Learn a skill");
        (await chat.SayAsync("learn a skill")).AssertContains("Pick your values.");
    }

    [Fact]
    public async Task ATypoInsideASentenceIsTakenAndSaidBack()
    {
        var chat = Chat();
        await chat.SayAsync("start");
        await chat.SayAsync("Ada");
        await chat.SayAsync("7");
        await chat.SayAsync("by end of June 2027");
        (await chat.SayAsync("i think get promtoed")).AssertContains(Texts.Get(UnderstandingTexts.Understood, "en-US", ("title", "Get promoted")), "Pick your values.");
    }

    [Fact]
    public async Task ADateThatReadsTwoWaysIsAskedAboutInEnglishAndAsapAsksForADate()
    {
        var chat = new ConversationTest(new DialogTestBot(Texts, new ProfileDialog()), Texts, clock: _clock, locale: "");
        await chat.SayAsync("start");
        await chat.SayAsync("Ada");
        await chat.SayAsync("7");
        (await chat.SayAsync("asap")).AssertContains(Texts.Get(UnderstandingTexts.AskForDate, "en-US"));
        (await chat.SayAsync("03/04/2027")).AssertContains("Thu, 4 March 2027", "Sat, 3 April 2027");
        (await chat.SayAsync("april")).AssertContains("Sat, 3 April 2027", "Which track?");
    }
}
