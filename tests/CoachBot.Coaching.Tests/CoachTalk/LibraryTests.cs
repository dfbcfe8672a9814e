using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Library;
using CoachBot.Coaching.Tests.Conversations;
using CoachBot.TestSupport;
using Xunit;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.CoachTalk;

/// <summary>Career questions of tests/Data/coaching/topics.yaml, asked as people ask them: routed to their topic, answered personally, with an offer.</summary>
public sealed class LibraryTests
{
    private static readonly CoachAnswers Answers = new(new CoachTexts(Texts), new CoachingOptions());

    private static readonly string[] PlanKeys = ["nextStep", "progress", "dueSoon"];

    public static TheoryData<string, LabelledItem> LibraryQuestions() => Questions(k => !k.StartsWith("aboutCoach.") && !PlanKeys.Contains(k));

    public static TheoryData<string, LabelledItem> PlanQuestions() => Questions(PlanKeys.Contains);

    public static TheoryData<string, LabelledItem> AboutQuestions() => Questions(k => k.StartsWith("aboutCoach."));

    private static TheoryData<string, LabelledItem> Questions(Func<string, bool> which)
    {
        var data = new TheoryData<string, LabelledItem>();
        foreach (var (key, item) in LabelledSet.Topics().Where(t => which(t.Key))) data.Add(key, item);
        return data;
    }

    private static bool Right(string key, LabelledItem item, string? found) =>
        found == key || (item["alsoRight"] ?? "").Split(',').Contains(found);

    [Theory, MemberData(nameof(LibraryQuestions))]
    public void EachQuestionFindsItsTopic(string key, LabelledItem item)
    {
        var found = Answers.Library.Match(item.Text).Topic?.Key;
        Assert.True(Right(key, item, found), $"'{item.Text}' went to {found ?? "nothing"}, not {key}");
    }

    [Theory, MemberData(nameof(PlanQuestions))]
    public void EachPlanQuestionIsHeard(string key, LabelledItem item)
    {
        var found = Answers.Plan.Recognize(item.Text)?.ToString();
        var expected = char.ToUpperInvariant(key[0]) + key[1..];
        Assert.True(found == expected || (item["alsoRight"] ?? "") != "", $"'{item.Text}' was heard as {found ?? "nothing"}");
    }

    [Theory, MemberData(nameof(AboutQuestions))]
    public async Task EachQuestionAboutTheCoachGetsItsAnswer(string key, LabelledItem item)
    {
        var chat = Start();
        await chat.JoinAsync();
        var topic = key["aboutCoach.".Length..];
        var reply = await chat.SayAsync(item.Text);
        var alsoRight = (item["alsoRight"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(k => k.Replace("aboutCoach.", ""));
        Assert.True(new[] { topic }.Concat(alsoRight).Any(t => reply.Contains(Says("about.topics." + t + ".answer"))),
            $"'{item.Text}' got:\n{reply}");
    }

    public static TheoryData<LabelledItem> OutOfScope()
    {
        var data = new TheoryData<LabelledItem>();
        foreach (var item in LabelledSet.Items("topics.yaml", "outOfScope")) data.Add(item);
        return data;
    }

    [Theory, MemberData(nameof(OutOfScope))]
    public async Task AQuestionOutsideTheLibraryGetsAnHonestAnswerAndTheNearestTopic(LabelledItem item)
    {
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync(item.Text);
        reply.AssertContains("outside what I know well");
        foreach (var topic in Answers.Library.Topics) reply.AssertNotContains(Says(topic.AnswerKey));
        if (item["nearest"] is { } nearest and not "none") reply.AssertContains(Texts.Get("library.topics." + nearest + ".title"));
    }

    [Fact]
    public async Task EveryTopicAnswersAtTheMenuPersonallyWithAnOffer()
    {
        var chat = await GoalConversationTests.WithGoal();
        foreach (var group in LabelledSet.Topics().Where(t => Answers.Library.Topics.Any(x => x.Key == t.Key)).GroupBy(t => t.Key))
            foreach (var (key, item) in group.Where(g => g.Item["at"] is null).Take(3))
            {
                var reply = await chat.SayAsync(item.Text);
                var topic = Answers.Library.Topics.Single(t => t.Key == key);
                var alsoRight = (item["alsoRight"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
                Assert.True(new[] { key }.Concat(alsoRight).Any(k => reply.Contains(Says("library.topics." + k + ".answer"))), $"'{item.Text}' got:\n{reply}");
                reply.AssertContains("CKA", "Shall I add");
                _ = topic;
                await chat.SayAsync("no"); // the offer declined, so the next question starts fresh
            }
    }

    [Fact]
    public async Task YesAddsTheOfferedStepToThePlan()
    {
        var chat = await GoalConversationTests.WithGoal();
        var before = (await StateAsync(chat)).Goals[0].Steps.Count;
        (await chat.SayAsync("how do I find a mentor?")).AssertContains("Shall I add", Texts.Get("library.topics.mentor.offer"));
        (await chat.SayAsync("yes")).AssertContains("Added");
        var steps = (await StateAsync(chat)).Goals[0].Steps;
        Assert.Equal(before + 1, steps.Count);
        Assert.Contains(steps, s => s.Title.Contains("20-minute chat", StringComparison.OrdinalIgnoreCase));
        Assert.Null((await StateAsync(chat)).PendingOffer);
    }

    [Fact]
    public async Task NoOrAnythingElseAddsNothing()
    {
        var chat = await GoalConversationTests.WithGoal();
        var before = (await StateAsync(chat)).Goals[0].Steps.Count;
        await chat.SayAsync("how do I network when I hate networking");
        (await chat.SayAsync("no thanks")).AssertContains(Says(LibraryTexts.OfferDeclined));
        await chat.SayAsync("what's an informational interview?");
        await chat.SayAsync("my plan");
        Assert.Equal(before, (await StateAsync(chat)).Goals[0].Steps.Count);
        Assert.Null((await StateAsync(chat)).PendingOffer);
    }

    [Fact]
    public async Task WhatShouldIDoNextAtAnOfferIsAnsweredNotAdded()
    {
        // Seen in a terminal chat: "i do" in the question was read as a yes, and the step was added.
        var chat = await GoalConversationTests.WithGoal();
        var before = (await StateAsync(chat)).Goals[0].Steps.Count;
        (await chat.SayAsync("how do I find a mentor?")).AssertContains("Shall I add");
        var reply = await chat.SayAsync("what should i do next?");
        reply.AssertContains("Your next step:", Says(LibraryTexts.OfferAgain)).AssertNotContains("Added");
        Assert.Equal(before, (await StateAsync(chat)).Goals[0].Steps.Count);
        (await chat.SayAsync("ok yes")).AssertContains("Added");
        Assert.Equal(before + 1, (await StateAsync(chat)).Goals[0].Steps.Count);
    }

    [Theory]
    [InlineData("how do i do that?")]
    [InlineData("why?")]
    [InlineData("is that a good idea?")]
    [InlineData("would that even help")]
    public async Task AQuestionAboutTheOfferIsExplainedAndTheOfferAskedAgain(string question)
    {
        var chat = await GoalConversationTests.WithGoal();
        var before = (await StateAsync(chat)).Goals[0].Steps.Count;
        await chat.SayAsync("how do I find a mentor?");
        (await chat.SayAsync(question)).AssertContains(Says(LibraryTexts.OfferAbout), Says(LibraryTexts.OfferAgain)).AssertNotContains("Added");
        Assert.Equal(before, (await StateAsync(chat)).Goals[0].Steps.Count);
        Assert.NotNull((await StateAsync(chat)).PendingOffer);
    }

    [Fact]
    public async Task ACareerQuestionAtAnOfferIsAnsweredAndBringsItsOwnOffer()
    {
        var chat = await GoalConversationTests.WithGoal();
        var before = (await StateAsync(chat)).Goals[0].Steps.Count;
        await chat.SayAsync("how do I find a mentor?");
        (await chat.SayAsync("ok but do i need a cover letter?")).AssertContains(Says("library.topics.resume.answer"), "Shall I add").AssertNotContains("Added");
        Assert.Equal(before, (await StateAsync(chat)).Goals[0].Steps.Count);
        Assert.Equal("library.resume", (await StateAsync(chat)).PendingOffer?.Source);
    }

    [Theory]
    [InlineData("maybe later", LibraryTexts.OfferLater)]
    [InlineData("not now", LibraryTexts.OfferLater)]
    [InlineData("hmm not sure", LibraryTexts.OfferUnsure)]
    [InlineData("idk maybe", LibraryTexts.OfferUnsure)]
    [InlineData("i guess", LibraryTexts.OfferUnsure)]
    public async Task NotNowOrNotSureAtAnOfferLeavesItOutKindly(string answer, string key)
    {
        var chat = await GoalConversationTests.WithGoal();
        var before = (await StateAsync(chat)).Goals[0].Steps.Count;
        await chat.SayAsync("how do I find a mentor?");
        (await chat.SayAsync(answer)).AssertContains(Says(key)).AssertNotContains("Added");
        Assert.Equal(before, (await StateAsync(chat)).Goals[0].Steps.Count);
        Assert.Null((await StateAsync(chat)).PendingOffer);
    }

    [Fact]
    public async Task AQuestionAtTheFirstGoalOfferStartsNothing()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("what exactly is a returnship and who offers them?");
        (await chat.SayAsync("how do i do that?")).AssertContains(Says(LibraryTexts.OfferAboutGoal), Says(LibraryTexts.OfferAgainGoal));
        Assert.Empty((await chat.ReadRecordAsync()).DialogState.DialogStack);
    }

    [Theory]
    [InlineData("ok i want to become a data analyst by 30.06.2027", "data analyst")]
    [InlineData("yes! my goal is to get a junior dev job", "junior")]
    public async Task AYesThatStatesAGoalAtTheFirstGoalOfferStartsTheGoalWithIt(string said, string goalWords)
    {
        // Seen in a terminal chat: "ok i want to become a data analyst by 30.06.2027" at "Shall we set a first goal?"
        // was a bare yes: "What goal would you like to work on?", and the goal just stated was lost.
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("what's a data analyst actually do?")).AssertContains(Says(LibraryTexts.OfferNoGoal));
        (await chat.SayAsync(said)).AssertNotContains(Says(Dialogs.GoalTexts.AskGoal));
        var frames = (await chat.ReadRecordAsync()).DialogState.DialogStack;
        Assert.Contains(frames, f => f.Id == Dialogs.GoalDialog.DialogId);
        Assert.Contains(goalWords, System.Text.Json.JsonSerializer.Serialize(frames), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WithoutAGoalTheOfferIsToSetOneFirst()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("what exactly is a returnship and who offers them?"))
            .AssertContains(Says("library.topics.returning.answer"), Says(LibraryTexts.OfferNoGoal)).AssertNotContains("Shall I add");
    }

    [Fact]
    public async Task TheAnswerUsesTheSkillsRatedLow()
    {
        var chat = await GoalConversationTests.WithGoal();
        await chat.SayAsync("edit skills");
        await chat.SayAsync("Kubernetes 2, networking 1, Linux 4");
        await chat.SayAsync("yes");
        (await chat.SayAsync("which skills should I work on first?")).AssertContains("networking and Kubernetes");
    }

    [Fact]
    public async Task NextStepProgressAndDueSoonComeFromThePlan()
    {
        var chat = await GoalConversationTests.WithGoal();
        var goal = (await StateAsync(chat)).Goals[0];
        var next = goal.NextStep!;
        (await chat.SayAsync("what should I do next?")).AssertContains(next.Title, "Your next step");
        (await chat.SayAsync("how am I doing?")).AssertContains($"0 of {goal.Steps.Count} steps done", "days left", "streak");
        await chat.SayAsync("done 1");
        (await chat.SayAsync("am I on track?")).AssertContains($"1 of {goal.Steps.Count} steps done");
        var due = await chat.SayAsync("what's due this week?");
        Assert.True(due.Contains(Says(LibraryTexts.DueSoonTitle)) || due.Contains("Nothing is due in the next 7 days"), due.Text);
    }

    [Fact]
    public async Task TheSameTopicAskedAgainGetsTheRestNotTheSameWords()
    {
        var chat = Start();
        await chat.JoinAsync();
        var first = await chat.SayAsync("what's a returnship?");
        var again = await chat.SayAsync("how do I explain my career break in interviews");
        again.AssertContains(Says(LibraryTexts.Again));
        Assert.NotEqual(first.Text, again.Text);
    }

    [Fact]
    public async Task WithoutGoalsProgressSaysSoKindly()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("how am I doing?")).AssertContains(Says(LibraryTexts.NoGoals));
    }

    [Fact]
    public async Task ARealCoachQuestionGivesTheSupportContactWhenSet()
    {
        var chat = Start(options: new CoachingOptions { SupportContact = "the People team at people@contoso.example" });
        await chat.JoinAsync();
        (await chat.SayAsync("can I talk to a real coach?")).AssertContains("people@contoso.example");
        var plain = Start(userId: "user-2");
        await plain.JoinAsync();
        (await plain.SayAsync("can I talk to a real coach?")).AssertContains(Says(AboutTexts.RealCoachNoContact));
    }
}

/// <summary>"my plan" shows each goal's progress as a bar with steps done of all and days left, on every channel.</summary>
public sealed class MyPlanProgressTests
{
    [Theory]
    [InlineData(BotFramework.Schema.Channels.Msteams)]
    [InlineData(BotFramework.Schema.Channels.Slack)]
    [InlineData(BotFramework.Schema.Channels.Terminal)]
    [InlineData(BotFramework.Schema.Channels.Emulator)]
    public async Task MyPlanShowsAProgressBarStepsAndDaysLeft(string channel)
    {
        var chat = await GoalConversationTests.WithGoal(channel);
        await chat.SayAsync("done 1");
        var goal = (await StateAsync(chat)).Goals[0];
        var reply = await chat.SayAsync("my plan");
        var days = goal.Deadline!.Value.DayNumber - DateOnly.FromDateTime(Now.UtcDateTime).DayNumber;
        reply.AssertContains(Views.MyPlanView.Bar(1, goal.Steps.Count), $"1 of {goal.Steps.Count} steps done", $"{days} days left");
    }

    [Theory]
    [InlineData(BotFramework.Schema.Channels.Msteams)]
    [InlineData(BotFramework.Schema.Channels.Emulator)]
    public async Task OnCardChannelsTheBarIsAColumnSetWeightedDoneToLeft(string channel)
    {
        var chat = await GoalConversationTests.WithGoal(channel);
        await chat.SayAsync("done 1");
        var total = (await StateAsync(chat)).Goals[0].Steps.Count;
        var reply = await chat.SayAsync("my plan");
        var card = reply.Activities.SelectMany(a => a.Attachments ?? []).Single(a => a.ContentType == BotFramework.Schema.ContentTypes.AdaptiveCard).Content!;
        var body = card["body"]!.AsArray();
        var bar = Assert.Single(body, e => (string?)e!["type"] == "ColumnSet")!;
        var columns = bar["columns"]!.AsArray();
        Assert.Equal(2, columns.Count);
        Assert.Equal([1, total - 1], columns.Select(c => c!["width"]!.GetValue<int>()));
        Assert.Equal(["accent", "emphasis"], columns.Select(c => (string?)c!["style"]));
        // The caption follows the bar; the text bar is left to the fallback text, not drawn twice.
        var caption = body[body.IndexOf(bar) + 1]!;
        Assert.Equal($"1 of {total} steps done", ((string?)caption["text"])![..$"1 of {total} steps done".Length]);
        Assert.DoesNotContain(Views.MyPlanView.Bar(1, total), body.ToJsonString());
        Assert.Contains(Views.MyPlanView.Bar(1, total), (string?)card["fallbackText"]);
    }

    [Fact]
    public async Task OnSlackTheBarStaysText()
    {
        var chat = await GoalConversationTests.WithGoal(BotFramework.Schema.Channels.Slack);
        var reply = await chat.SayAsync("my plan");
        Assert.DoesNotContain("ColumnSet", string.Concat(reply.Activities.SelectMany(a => a.Attachments ?? []).Select(a => a.Content?.ToJsonString())));
        reply.AssertContains(Views.MyPlanView.Bar(0, (await StateAsync(chat)).Goals[0].Steps.Count));
    }
}
