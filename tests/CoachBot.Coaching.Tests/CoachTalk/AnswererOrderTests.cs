using CoachBot.BotFramework.Understanding;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Library;
using CoachBot.Coaching.Suggestions;
using CoachBot.TestSupport;
using Microsoft.Extensions.Time.Testing;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.CoachTalk;

/// <summary>
/// The question answerers in the host's order (the career library, then the prompt's own explanations): at a prompt
/// the shared step does not cover (the check-in's), a library topic wins over the generic help, and questions about
/// the prompt or the coach's own words are still the prompt's.
/// </summary>
public sealed class AnswererOrderTests
{
    private static async Task<ConversationTest> InACheckInAsync()
    {
        var clock = new FakeTimeProvider(Now);
        var texts = new CoachTexts(Texts);
        var suggestions = new SuggestionService(new NoSuggester(), clock);
        var answers = new CoachAnswers(texts, new CoachingOptions());
        var understanding = new Understander(Texts, answerers: [new CareerLibraryAnswerer(answers, suggestions), new PromptQuestionAnswerer(Texts)]);
        var bot = new CoachingBot(texts, suggestions, understanding: understanding);
        var chat = new ConversationTest(bot, Texts, null, clock, BotFramework.Schema.Channels.Test, "user-1", "en-US", "UTC", records: Records);
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: pass the CKA exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning");
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        await chat.SayAsync("check in");
        return chat;
    }

    [Fact]
    public async Task ALibraryTopicAtACheckInQuestionGetsTheLibraryNotTheGenericHelp()
    {
        var chat = await InACheckInAsync();
        (await chat.SayAsync("what's a returnship?")).AssertContains("A returnship is").AssertNotContains(Says("understanding.generic.meaning"));
    }

    [Fact]
    public async Task AQuestionAboutTheCheckInQuestionItselfGetsItsHelp()
    {
        var chat = await InACheckInAsync();
        (await chat.SayAsync("why do you ask?")).AssertContains(Says(CoachBot.Coaching.Dialogs.PromptHelp.Progress + ".why"));
        (await chat.SayAsync("what does measurable mean?")).AssertContains(Says("understanding.terms.measurable"));
    }

    [Fact]
    public async Task AtTheMenuTheCoachsOwnWordsAreStillExplained()
    {
        var chat = await InACheckInAsync();
        await chat.SayAsync("cancel");
        (await chat.SayAsync("what does SMART mean?")).AssertContains(Says("understanding.terms.smart"));
    }
}
