using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;
using CoachBot.Coaching.Smart;
using CoachBot.TestSupport;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.CoachTalk;

/// <summary>
/// The shared step at every question of the self-assessment, the goal, the plan editor and the schedule: a feeling, a
/// career question, a goodbye, a question about the plan, outside results or a goal said instead of an answer are
/// answered on the side, nothing is stored as the answer, and the same question is asked again.
/// </summary>
public sealed class PromptAsideTests
{
    private static readonly string WhenReady = Says(AsideTexts.WhenReady);
    private const string HoursQuestion = "How many hours a week can you realistically set aside";

    /// <summary>A conversation waiting at <paramref name="place"/> (the places of tests/Data/coaching/at-prompt.yaml), and that question's words.</summary>
    internal static async Task<(ConversationTest Chat, string Question)> At(string place, Suggestions.ISuggester? suggester = null)
    {
        var chat = Start(suggester: suggester);
        await chat.JoinAsync();
        if (place.StartsWith("assessment.", StringComparison.Ordinal))
        {
            var part = place["assessment.".Length..];
            await chat.SayAsync("self-assessment");
            foreach (var earlier in AssessmentParts.All.TakeWhile(p => p != part)) await chat.SayAsync("skip");
            return (chat, Says(AssessmentTexts.Ask(part)));
        }
        switch (place)
        {
            case "goal.goal":
                await chat.SayAsync("set a new goal");
                return (chat, Says(GoalTexts.AskGoal));
            case "goal.confidence":
                await chat.SayAsync("set a new goal");
                (await chat.SayAsync("become a business analyst")).AssertContains(Says(GoalTexts.AskConfidence));
                return (chat, Says(GoalTexts.AskConfidence));
            case "goal.relevant":
            case "goal.timeBound":
                await chat.SayAsync("set a new goal");
                await chat.SayAsync("I want to get better at my job");
                await chat.SayAsync("become a team lead");
                (await chat.SayAsync("7, and I can do about 5 hours a week")).AssertContains(Says(SmartTexts.AskRelevant));
                if (place == "goal.relevant") return (chat, Says(SmartTexts.AskRelevant));
                (await chat.SayAsync("Leading people is what I enjoy most")).AssertContains(Says(SmartTexts.AskTimeBound));
                return (chat, Says(SmartTexts.AskTimeBound));
            case "planEdit":
                chat = await Conversations.GoalConversationTests.WithGoal();
                (await chat.SayAsync("edit plan")).AssertContains(Says(PlanTexts.EditQuestion));
                return (chat, Says(PlanTexts.EditQuestion));
            case "schedule":
                (await chat.SayAsync("schedule")).AssertContains(Says(ScheduleTexts.Ask));
                return (chat, Says(ScheduleTexts.Ask));
        }
        throw new ArgumentException($"No way to '{place}' in this test.", nameof(place));
    }

    public static TheoryData<LabelledItem> Items()
    {
        var data = new TheoryData<LabelledItem>();
        foreach (var item in LabelledSet.Items("at-prompt.yaml")) data.Add(item);
        return data;
    }

    [Theory, MemberData(nameof(Items))]
    public async Task EachMessageAtAQuestionIsHandledAsLabelled(LabelledItem item)
    {
        var (chat, question) = await At(item["at"]!);
        var before = await StateAsync(chat);
        var reply = await chat.SayAsync(item.Text);
        var expect = item["expect"]!;
        var kind = expect.Split(':')[0];
        var asides = new[] { WhenReady, Says(AsideTexts.Goodbye), Says(AsideTexts.BackAgain) };
        if (kind == "answer")
        {
            foreach (var aside in asides) Assert.False(reply.Contains(aside), $"'{item.Text}' at {item["at"]} got an aside:\n{reply.Text}");
            return;
        }
        if (kind == "goodbye")
        {
            reply.AssertContains(Says(AsideTexts.Goodbye)).AssertNotContains(question);
        }
        else
        {
            Assert.True(reply.Text.IndexOf(WhenReady, StringComparison.Ordinal) >= 0 && reply.Contains(Lowered(question)),
                $"'{item.Text}' at {item["at"]} did not ask again:\n{reply.Text}");
            var said = kind switch
            {
                "feeling" => Says("feelings.feelings." + expect.Split(':')[1] + ".heard"),
                "topic" => FirstWords(Texts.Get("library.topics." + expect.Split(':')[1] + ".answer", "en-US")),
                "thanks" => Says(AsideTexts.Welcome),
                "outside" => Says(AsideTexts.OutsideKept),
                "goal" => "That sounds like a goal",
                _ => "",
            };
            Assert.True(reply.Text.IndexOf(said, StringComparison.Ordinal) is var at && at >= 0 && at < reply.Text.IndexOf(WhenReady, StringComparison.Ordinal),
                $"'{item.Text}' at {item["at"]}: expected {expect} first, got:\n{reply.Text}");
        }
        // Nothing said on the side is stored as the answer (a goal is kept as the vision, when there is none yet).
        var after = await StateAsync(chat);
        if (kind == "goal") Assert.Equal(Assert.Single(Answers(after.Profile).Except(Answers(before.Profile))), after.Profile.Vision5Years);
        else Assert.Equal(Answers(before.Profile), Answers(after.Profile));
        Assert.Equal(before.Goals.Count, after.Goals.Count);
        Assert.Equal(before.Goals.SelectMany(g => g.Steps).Count(), after.Goals.SelectMany(g => g.Steps).Count());
    }

    [Theory]
    [InlineData("assessment.strengths", "I feel like I'm failing at everything", "explaining things to people")]
    [InlineData("assessment.growth", "I'm scared I'm too old for this", "public speaking")]
    [InlineData("assessment.skills", "ugh im so tired", "Python 4, SQL 2")]
    public async Task AfterAFeelingTheSameQuestionStillTakesItsAnswer(string place, string feeling, string answer)
    {
        var (chat, question) = await At(place);
        // Three feelings in a row count no attempt: the question never gives up.
        for (var i = 0; i < 3; i++) (await chat.SayAsync(feeling)).AssertContains(WhenReady, Lowered(question));
        var part = place["assessment.".Length..];
        (await chat.SayAsync(answer)).AssertContains(Says(AssessmentTexts.Ask(AssessmentParts.After(part)!)));
        var profile = (await StateAsync(chat)).Profile;
        Assert.DoesNotContain(Answers(profile), a => a.Contains(feeling, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(Answers(profile), a => a.Contains(answer.Split(',')[0].Split(' ')[0], StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task AFeelingInASentenceThatAnswersTheQuestionIsStoredAsTheAnswer()
    {
        var (chat, _) = await At("assessment.environment");
        (await chat.SayAsync("I get stressed in open offices, a quiet room helps")).AssertContains(Says(AssessmentTexts.Ask(AssessmentParts.Skills)))
            .AssertNotContains(WhenReady);
        Assert.Contains("open offices", (await StateAsync(chat)).Profile.WorkEnvironment);
    }

    [Fact]
    public async Task AReturnshipQuestionInTheAssessmentGetsTheLibraryNotThePromptsHelp()
    {
        var (chat, question) = await At("assessment.growth");
        var reply = await chat.SayAsync("what's a returnship?");
        reply.AssertContains("A returnship is", Says(AsideTexts.OfferLater), WhenReady, Lowered(question))
            .AssertNotContains(Says("understanding.generic.meaning"), "Shall I add");
    }

    [Fact]
    public async Task AQuestionAboutThePromptItselfGetsThePromptsOwnHelp()
    {
        var (chat, question) = await At("assessment.strengths");
        (await chat.SayAsync("why do you ask?")).AssertContains(Says(PromptHelp.Assessment(AssessmentParts.Strengths) + ".why"), question)
            .AssertNotContains(WhenReady, Says("understanding.generic.why"));
        Assert.Empty((await StateAsync(chat)).Profile.Strengths);
    }

    [Fact]
    public async Task WhyDoYouAskAtTheHoursQuestionSaysWhatTheHoursAreForAndAsksAgain()
    {
        var (chat, _) = await At("goal.confidence");
        (await chat.SayAsync("7")).AssertContains(HoursQuestion);
        var before = await StateAsync(chat);
        (await chat.SayAsync("why do you ask?")).AssertContains(Says(GoalHelp.Hours + ".why"), HoursQuestion)
            .AssertNotContains(Says("understanding.generic.why"), Says("core.notANumber"));
        // Nothing stored: the next answer is still the hours, and no goal was saved on the way.
        Assert.Equal(before.Goals.Count, (await StateAsync(chat)).Goals.Count);
        (await chat.SayAsync("5 hours a week")).AssertContains(Says(SmartTexts.AskRelevant));
    }

    [Fact]
    public async Task AnExampleAskedAtTheValuesQuestionIsAboutValuesAndNothingIsStored()
    {
        var (chat, question) = await At("assessment.values");
        (await chat.SayAsync("can you give an example?")).AssertContains(Says(PromptHelp.Assessment(AssessmentParts.Values) + ".example"), FirstWords(question))
            .AssertNotContains(Says("understanding.generic.example"), WhenReady);
        Assert.Empty((await StateAsync(chat)).Profile.Values);
    }

    [Theory]
    [InlineData("schedule", "what would you suggest?", "prompthelp.schedule.when.suggest")]
    [InlineData("planEdit", "what does that mean?", "prompthelp.plan.edit.meaning")]
    [InlineData("assessment.skills", "can you give me an example", "prompthelp.assessment.skills.example")]
    public async Task AQuestionAtAPromptGetsThatPromptsOwnAnswer(string place, string said, string key)
    {
        var (chat, _) = await At(place);
        (await chat.SayAsync(said)).AssertContains(Says(key)).AssertNotContains(Says("understanding.generic." + key.Split('.')[^1]));
    }

    [Fact]
    public async Task TheLibrarysOfferIsMadeWhenTheGoalIsSetAndAYesAddsIt()
    {
        var (chat, _) = await At("goal.timeBound");
        (await chat.SayAsync("how do i find a mentor?")).AssertContains("A mentor is", Says(AsideTexts.OfferLater)).AssertNotContains("Shall I add");
        await chat.SayAsync("by end of next year");
        await chat.SayAsync("yes");
        var end = await chat.SayAsync("looks good");
        end.AssertContains("Shall I add", "ask two people who are a few steps ahead of me");
        (await chat.SayAsync("yes")).AssertContains("Added");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Contains(goal.Steps, s => s.Title.StartsWith("Ask two people", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("yes", true)]
    [InlineData("yes please", true)]
    [InlineData("no thanks", false)]
    public async Task AYesOrNoRightAfterAHeldOfferIsMeantForItAndTheQuestionWaits(string said, bool added)
    {
        var (chat, question) = await At("goal.confidence");
        await chat.SayAsync("how do I ask for feedback?");
        (await chat.SayAsync(said)).AssertContains(Says(added ? AsideTexts.HeldYes : AsideTexts.HeldNo), WhenReady, Lowered(question))
            .AssertNotContains(Says("core.notANumber"));
        // The yes counted for nothing else: the confidence question still takes its number, and the next "yes" is no offer's.
        (await chat.SayAsync("7")).AssertNotContains(WhenReady);
        var rest = new[] { "5 hours a week", "I want to lead", "within a year", "yes", "looks good" };
        TurnReplies end = null!;
        foreach (var answer in rest) end = await chat.SayAsync(answer);
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(added, goal.Steps.Any(s => s.Title.StartsWith("Ask one colleague", StringComparison.Ordinal)));
        if (added) end.AssertContains("Added").AssertNotContains("Shall I add");
        else end.AssertNotContains("Shall I add", "Added");
    }

    [Fact]
    public async Task AtAYesOrNoQuestionAYesIsTheAnswerNotTheHeldOffers()
    {
        var (chat, _) = await At("goal.timeBound");
        await chat.SayAsync("by end of next year");
        (await chat.SayAsync("how do i find a mentor?")).AssertContains("Does that capture it?");
        (await chat.SayAsync("yes")).AssertNotContains(Says(AsideTexts.HeldYes));
    }

    [Fact]
    public async Task SelfDoubtAtTheGrowthQuestionIsHeardNotStoredAsAGrowthArea()
    {
        var (chat, question) = await At("assessment.growth");
        (await chat.SayAsync("honestly im scared im not good enough to manage people")).AssertContains(Says("feelings.feelings.selfDoubt.heard"), WhenReady, Lowered(question));
        Assert.Empty((await StateAsync(chat)).Profile.GrowthAreas);
        (await chat.SayAsync("managing people, delegation")).AssertContains(Says(AssessmentTexts.Ask(AssessmentParts.Interests)));
    }

    [Fact]
    public async Task WithAnLlmAFeelingAtAQuestionGetsOneLabelledAnswerThenTheQuestion()
    {
        var llm = new AnsweringSuggester("That sounds like a long week. Take tonight off; the questions will keep.");
        var (chat, question) = await At("assessment.strengths", llm);
        (await chat.SayAsync("ugh I'm so tired")).AssertContains(Says(Library.AiAnswerTexts.Label), "That sounds like a long week", WhenReady, Lowered(question))
            .AssertNotContains(Says("feelings.feelings.exhaustion.heard"));
        Assert.Equal(1, llm.Calls);
        Assert.Empty((await StateAsync(chat)).Profile.Strengths);
    }

    [Fact]
    public async Task WithAnLlmAnAnswerItMustNotGiveFallsBackToTheRules()
    {
        var llm = new AnsweringSuggester("You should talk to your doctor about medication for this.");
        var (chat, _) = await At("goal.confidence", llm);
        (await chat.SayAsync("I'm scared I'm too old for this")).AssertContains(Says("feelings.feelings.age.heard"), WhenReady)
            .AssertNotContains(Says(Library.AiAnswerTexts.Label), "medication");
    }

    [Fact]
    public async Task ACrisisAtAQuestionGetsTheCrisisReplyAndNeverTheLlm()
    {
        var llm = new AnsweringSuggester("Anything.");
        var (chat, _) = await At("assessment.growth", llm);
        (await chat.SayAsync("i dont want to live anymore")).AssertContains(Says(Crisis.CrisisTexts.Message)).AssertNotContains(WhenReady);
        Assert.Equal(0, llm.Calls);
        Assert.Empty((await StateAsync(chat)).Profile.GrowthAreas);
    }

    /// <summary>An LLM stand-in that answers every open question or feeling with one text, and counts the calls.</summary>
    private sealed class AnsweringSuggester(string answer) : Suggestions.ISuggester
    {
        public int Calls { get; private set; }
        public bool IsEnabled => true;
        public Task<IReadOnlyList<Suggestions.SuggestedStep>?> SuggestStepsAsync(Suggestions.GoalBrief goal, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Suggestions.SuggestedStep>?>(null);
        public Task<Suggestions.SmartRewrite?> RewriteGoalAsync(string goalText, Suggestions.GoalBrief context, CancellationToken cancellationToken) =>
            Task.FromResult<Suggestions.SmartRewrite?>(null);
        public Task<IReadOnlyList<Suggestions.WayThrough>?> SuggestWaysThroughAsync(Suggestions.GoalBrief goal, string blockedStep, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Suggestions.WayThrough>?>(null);
        public Task<string?> AnswerAsync(Suggestions.AnswerBrief brief, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult<string?>(answer);
        }
    }

    [Theory]
    [InlineData("thanks, bye")]
    [InlineData("gotta go")]
    [InlineData("ok thx, talk later")]
    public async Task AGoodbyeAtTheDeadlineKeepsThePlaceAndTheNextAnswerCarriesOn(string bye)
    {
        var (chat, question) = await At("goal.timeBound");
        (await chat.SayAsync(bye)).AssertContains(Says(AsideTexts.Goodbye)).AssertNotContains(Says("core.noDate"), question);
        (await chat.SayAsync("hi")).AssertContains(Says(AsideTexts.BackAgain), Lowered(question));
        (await chat.SayAsync("by end of next year")).AssertContains("Does that capture it?");
    }

    [Fact]
    public async Task WhatNextInTheMiddleOfAGoalFinishesTheGoalFirst()
    {
        var (chat, question) = await At("goal.confidence");
        (await chat.SayAsync("what should I do next?")).AssertContains(Says(AsideTexts.NextGoal), Says(AsideTexts.ThenGoalPlan), WhenReady, Lowered(question))
            .AssertNotContains(Says("library.plan.nextNoProfile"), "self-assessment takes");
    }

    [Fact]
    public async Task WhatNextWhileSettingASecondGoalNamesTheNextStepOfTheFirst()
    {
        var chat = await Conversations.GoalConversationTests.WithGoal();
        var first = (await StateAsync(chat)).Goals[0].Steps.OrderBy(s => s.Due).First();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("whats my next step?")).AssertContains(Says(AsideTexts.NextGoal), first.Title, WhenReady);
    }

    [Fact]
    public async Task WhatsDueInThePlanEditorIsAnsweredThenTheEditorAsksAgain()
    {
        var (chat, question) = await At("planEdit");
        (await chat.SayAsync("whats due this week?")).AssertContains(WhenReady, Lowered(question));
        var reply = await chat.SayAsync("how am i doing?");
        reply.AssertContains("Goal 1", "steps done", WhenReady);
    }

    [Theory]
    [InlineData("StrengthsFinder: Learner, Achiever; INFJ", "INFJ", "Learner")]
    [InlineData("my MBTI is ENFP", "ENFP", null)]
    [InlineData("my 360 feedback said I'm a great listener", null, null)]
    public async Task OutsideResultsAtTheSkillsQuestionAreKeptAsOutsideResultsNotSkills(string said, string? type, string? theme)
    {
        var (chat, question) = await At("assessment.skills");
        (await chat.SayAsync(said)).AssertContains(Says(AsideTexts.OutsideKept), WhenReady, Lowered(question));
        var profile = (await StateAsync(chat)).Profile;
        Assert.Empty(profile.Skills);
        Assert.False(profile.Outside.IsEmpty);
        Assert.Equal(type, profile.Outside.PersonalityType);
        if (theme is not null) Assert.Contains(theme, profile.Outside.Themes);
        (await chat.SayAsync("Python 4, SQL 2")).AssertContains(Says(AssessmentTexts.Ask(AssessmentParts.Transferable)));
        Assert.Equal(2, (await StateAsync(chat)).Profile.Skills.Count);
    }

    [Fact]
    public async Task AGoalSaidDuringTheAssessmentIsOfferedAtTheEndInItsOwnWordsAndAYesStartsIt()
    {
        var (chat, question) = await At("assessment.strengths");
        (await chat.SayAsync("I want to get back to work as a business analyst by 30.06.2027"))
            .AssertContains("As I read it: I will get back to work as a business analyst by Wed, 30 June 2027.", WhenReady, Lowered(question));
        var profile = (await StateAsync(chat)).Profile;
        Assert.Empty(profile.Strengths);
        Assert.Equal("get back to work as a business analyst by 30 June 2027", profile.Vision5Years);
        foreach (var _ in AssessmentParts.All) await chat.SayAsync("skip");
        var end = await chat.SayAsync("yes");
        end.AssertContains(Says(AssessmentTexts.SavedGoalNext), "Earlier you named a goal: I will get back to work as a business analyst by Wed, 30 June 2027. Shall we make it your first goal?")
            .AssertNotContains("say \"set a new goal\"");
        (await chat.SayAsync("yes")).AssertNotContains(Says(GoalTexts.AskGoal)).AssertContains("business analyst");
        Assert.Equal("goal", (await chat.ReadRecordAsync()).DialogState.DialogStack[0].Id);
    }

    [Fact]
    public async Task TheCheckInIsLeftToHearFeelingsItself()
    {
        // The check-in's questions are not covered by this step (ReflectionDialog hears feelings and distress itself).
        var chat = await Conversations.GoalConversationTests.WithGoal();
        var reply = await chat.SayAsync("check in");
        reply.AssertNotContains(WhenReady);
        (await chat.SayAsync("ugh I'm so tired")).AssertNotContains(WhenReady);
    }

    /// <summary>Everything the self-assessment stores as answers, as text.</summary>
    private static List<string> Answers(Profile p) =>
    [
        .. p.Strengths, .. p.GrowthAreas, .. p.Interests, .. p.Values.Select(v => v.Text), p.WorkEnvironment ?? "", .. p.Skills.Select(s => s.Name),
        .. p.TransferableSkills.Select(t => t.Text), p.CurrentRole ?? "", p.Vision5Years ?? "", p.Vision10Years ?? "",
    ];

    /// <summary>The question as the lead-in asks it again: first letter lowered.</summary>
    private static string Lowered(string question) => PromptAsides.QuestionOf(question);

    private static string FirstWords(string answer) => string.Join(' ', answer.Split(' ').Take(5));
}
