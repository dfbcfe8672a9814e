using System.Text.Json.Nodes;
using CoachBot.BotFramework.Schema;
using CoachBot.TestSupport;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;
using CoachBot.Coaching.Suggestions;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

public sealed class GoalConversationTests
{
    [Fact]
    public async Task AVagueGoalIsRefinedOneLetterAtATimeIntoAStatementAPlanAndMyPlan()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("set a new goal")).AssertContains(Says(GoalTexts.AskGoal));
        (await chat.SayAsync("I want to get better at my job")).AssertContains(Says(SmartTexts.ReasonKey(SmartReason.VagueOutcome)), Says(SmartTexts.AskSpecific));
        (await chat.SayAsync("become a team lead")).AssertContains(Says(GoalTexts.AskConfidence));
        (await chat.SayAsync("8")).AssertContains(Says(SmartTexts.AskAchievableTime));
        (await chat.SayAsync("about 4 hours")).AssertContains(Says(SmartTexts.AskRelevant));
        (await chat.SayAsync("Leading people is what I enjoy most")).AssertContains(Says(SmartTexts.AskTimeBound));
        (await chat.SayAsync("last year")).AssertContains("has already passed"); // the date prompt says what was wrong
        var proposal = await chat.SayAsync("by end of next year");
        proposal.AssertContains(["become a team lead", "Sun, 31 December 2028", .. AllFiveMet, Title(GoalTexts.ProposalAnswers, ProposalAnswer.Accept)]);
        var plan = await chat.SayAsync("yes");
        plan.AssertContains(Says(GoalTexts.PlanIntro), "Goal 1:", Says(GoalTexts.PlanQuestion));
        (await chat.SayAsync("looks good")).AssertContains(Says(GoalTexts.PlanSaved));

        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(new DateOnly(2028, 12, 31), goal.Deadline);
        Assert.Equal(8, goal.Confidence);
        Assert.Equal(4m, goal.HoursPerWeek);
        Assert.Equal(GoalType.Promotion, goal.Type);
        Assert.NotEmpty(goal.Steps);
        Assert.All(goal.Steps, s => Assert.InRange(s.Due, new DateOnly(2027, 1, 4), new DateOnly(2028, 12, 31)));

        var myPlan = await chat.SayAsync("my plan");
        myPlan.AssertContains(Says("myplan.title"), "Goal 1:", "Sun, 31 December 2028", Says("myplan.nextDue"), goal.NextStep!.Title);
    }

    [Fact]
    public async Task AGoalThatIsAlreadySmartPassesInOneTurn()
    {
        var chat = Start();
        await chat.JoinAsync();
        await GiveValues(chat, "learning");
        await chat.SayAsync("set a new goal");
        var reply = await chat.SayAsync(
            "Pass the AWS Solutions Architect Associate exam by June 30 2027 to keep learning; I'm 8/10 confident and can study 5 hours a week");
        reply.AssertContains([.. AllFiveMet, "Wed, 30 June 2027", Title(GoalTexts.ProposalAnswers, ProposalAnswer.Accept)]);
        reply.AssertNotContains(Says(SmartTexts.AskSpecific), Says(SmartTexts.AskTimeBound));
    }

    [Fact]
    public async Task TheGoalCanComeWithTheCommandAndTheStatementCanBeEdited()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("set a new goal: earn the PMP certification by 30 September 2027, 9/10 sure, 6 hours a week, because I value growth"))
            .AssertContains(AllFiveMet);
        (await chat.SayAsync("let me edit it")).AssertContains(Says(GoalTexts.AskEdit));
        // The user's wording is read and composed again (never stored raw), and proposed once more.
        (await chat.SayAsync("Earn my PMP by 15 October 2027")).AssertContains(["I will earn the PMP certification by Fri, 15 October 2027", .. AllFiveMet]);
        (await chat.SayAsync("yes")).AssertContains(Says(GoalTexts.PlanQuestion));
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(new DateOnly(2027, 10, 15), goal.Deadline);
        Assert.Equal(GoalType.Certification, goal.Type);
    }

    [Fact]
    public async Task LowConfidenceLeadsToASmallerFirstGoal()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        await chat.SayAsync("become head of engineering by March 2028, I value advancement");
        (await chat.SayAsync("3")).AssertContains(Says(SmartTexts.ReasonKey(SmartReason.LowConfidence)), Says(SmartTexts.AskAchievableSmaller));
        // The smaller goal becomes the first milestone; the bigger goal stays, and confidence is asked again.
        (await chat.SayAsync("lead one project team by June 2027")).AssertContains("Lead one project team", "Wed, 30 June 2027", Says(GoalTexts.AskConfidenceAfterMilestone));
        await chat.SayAsync("7");
        await chat.SayAsync("3 hours");
        var proposal = await chat.SayAsync("by March 2028"); // the deadline the goal stated stays; an answer without a date has none
        proposal.AssertContains("head of engineering");
        await chat.SayAsync("yes");
        var plan = await chat.SayAsync("looks good");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Contains("head of engineering", goal.Statement);
        Assert.Contains(goal.Steps, s => s.Title.StartsWith("Lead one project team", StringComparison.Ordinal) && s.Due == new DateOnly(2027, 6, 30));
    }

    [Fact]
    public async Task SkippedLettersAreAskedAtMostTwiceAndAMissingDeadlineIsPencilledIn()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        await chat.SayAsync("learn Python");
        TurnReplies reply = null!;
        for (var i = 0; i < 12; i++)
        {
            reply = await chat.SayAsync("skip");
            if (reply.Contains(Title(GoalTexts.ProposalAnswers, ProposalAnswer.Accept))) break;
        }
        reply.AssertContains(Says(GoalTexts.DefaultDeadline), "Sun, 4 July 2027", Title(GoalTexts.ProposalAnswers, ProposalAnswer.Accept));
    }

    [Fact]
    public async Task ALongTermGoalIsOfferedAFirstMilestone()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("set a new goal: become an engineering director by 2031, 7/10 confident, 3 hours a week, because leading leaders is my vision"))
            .AssertContains(AllFiveMet);
        (await chat.SayAsync("yes")).AssertContains(Says(GoalTexts.LongTerm));
        (await chat.SayAsync("yes")).AssertContains(Says(GoalTexts.AskMilestone));
        (await chat.SayAsync("lead a team of 5")).AssertContains("Lead a team of 5");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.True(goal.IsLongTerm);
        Assert.Contains(goal.Steps, s => s.Title == "Lead a team of 5" && s.Due <= new DateOnly(2028, 1, 4));
    }

    [Fact]
    public async Task ThePlanCanBeEditedInPlainWords()
    {
        var chat = await WithGoal();
        (await chat.SayAsync("edit plan")).AssertContains(Says(PlanTexts.EditQuestion));
        (await chat.SayAsync("done 1")).AssertContains("is done", Says(PlanTexts.EditQuestion));
        (await chat.SayAsync("rename 2 to Book the exam")).AssertContains("Book the exam");
        (await chat.SayAsync("move 2 to March 3 2027")).AssertContains("Wed, 3 March 2027");
        (await chat.SayAsync("add Practice test by February 20 2027")).AssertContains("Practice test", "Sat, 20 February 2027");
        (await chat.SayAsync("move 2 to March 3 2020")).AssertContains("in the past");
        (await chat.SayAsync("shuffle everything")).AssertContains(Says(PlanTexts.EditUnknown));
        var before = (await StateAsync(chat)).Goals[0].Steps;
        Assert.Equal(StepStatus.Done, before[0].Status);
        Assert.Contains(before, s => s.Title == "Practice test" && s.Due == new DateOnly(2027, 2, 20));
        Assert.Contains(before, s => s.Title == "Book the exam" && s.Due == new DateOnly(2027, 3, 3));
        (await chat.SayAsync("remove 1")).AssertContains("Removed", before[0].Title);
        (await chat.SayAsync("finished")).AssertContains(Says(PlanTexts.EditDone));

        var steps = (await StateAsync(chat)).Goals[0].Steps;
        Assert.Equal(before.Count - 1, steps.Count);
        Assert.DoesNotContain(steps, s => s.Title == before[0].Title);
        Assert.Equal(steps.OrderBy(s => s.Due).Select(s => s.Id), steps.Select(s => s.Id));
    }

    [Fact]
    public async Task StepsAndGoalsAreCelebratedAndGoalsCanBePausedDroppedAndResumed()
    {
        var chat = await WithGoal();
        (await chat.SayAsync("done 1")).AssertContains("Well done!", "Next up:");
        (await chat.SayAsync("pause goal 1")).AssertContains(Says(PlanTexts.GoalPaused));
        (await chat.SayAsync("resume goal 1")).AssertContains(Says(PlanTexts.GoalResumed));
        (await chat.SayAsync("drop goal 1")).AssertContains(Title(PlanTexts.ConfirmAnswers, ConfirmAnswer.Yes)).AssertNotContains(Says(PlanTexts.GoalDropped));
        (await chat.SayAsync("yes")).AssertContains(Says(PlanTexts.GoalDropped));
        (await chat.SayAsync("my plan")).AssertNotContains("Goal 1:");
        await chat.SayAsync("resume goal 1");
        (await chat.SayAsync("complete goal 1")).AssertContains(Says(PlanTexts.ConfirmComplete)).AssertNotContains("Congratulations");
        (await chat.SayAsync("yes")).AssertContains("Congratulations");
        Assert.Equal(GoalStatus.Completed, (await StateAsync(chat)).Goals[0].Status);
        (await chat.SayAsync("pause goal 7")).AssertContains("couldn't find goal 7");
    }

    [Theory]
    [InlineData("looks good")]
    [InlineData("ok!")]
    public async Task AYesAtTheHoursForAllGoalsIsNoNumberAndTheQuestionIsAskedAgain(string yes)
    {
        var chat = await WithGoal();
        await chat.SayAsync("set a new goal: run 2 workshops on testing by May 31 2027, 8/10 sure, 2 hours a week, because I value learning");
        (await chat.SayAsync("yes")).AssertContains(Says(GoalTexts.AskOverallHours));
        (await chat.SayAsync(yes)).AssertContains(Says(GoalTexts.HoursNotAYes), Says(GoalTexts.AskOverallHours))
            .AssertNotContains("looking for a number", Says(GoalTexts.PlanIntro));
        (await chat.SayAsync("6")).AssertContains("the 6 you have");
        Assert.Equal(6m, (await StateAsync(chat)).WeeklyHours);
    }

    [Fact]
    public async Task SeveralGoalsAtOnce()
    {
        var chat = await WithGoal();
        await chat.SayAsync("set a new goal: run 2 workshops on testing by May 31 2027, 8/10 sure, 2 hours a week, because I value learning");
        (await chat.SayAsync("yes")).AssertContains(Says(GoalTexts.AskOverallHours));
        (await chat.SayAsync("6")).AssertContains("7 hours a week", "the 6 you have");
        await chat.SayAsync("looks good");
        Assert.Equal(6m, (await StateAsync(chat)).WeeklyHours);
        var plan = await chat.SayAsync("my plan");
        plan.AssertContains("Goal 1:", "Goal 2:");
        // "done 1" with two goals: the coach asks which goal, by its statement, and never says "goal ?".
        (await chat.SayAsync("done 1")).AssertContains("several goals", "Which goal's step 1?").AssertNotContains("goal ?");
        (await chat.SayAsync("goal 2")).AssertContains("Well done!");
        Assert.Equal(StepStatus.Done, (await StateAsync(chat)).Goals[1].Steps.Single(s => s.Id == "s1").Status);
        (await chat.SayAsync("done 2.2")).AssertContains("Well done!");
    }

    [Fact]
    public async Task MyPlanIsAnAdaptiveCardOnTeamsAndMrkdwnOnSlack()
    {
        var teams = await WithGoal(Channels.Msteams);
        var card = (await teams.SayAsync("my plan")).Activities.Single().Attachments!.Single();
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        Assert.True(decimal.Parse(card.Content!["version"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture) <= 1.5m);
        Assert.Contains("Fri, 30 July 2027", card.Content!["fallbackText"]!.ToString());

        var slack = await WithGoal(Channels.Slack);
        var text = (await slack.SayAsync("my plan")).Activities.Single();
        Assert.Null(text.Attachments);
        Assert.Contains("*Goal 1:", text.Text);
    }

    [Fact]
    public async Task LlmStepsAreAddedAsMarkedSuggestionsAndAiOffStopsThem()
    {
        var suggester = new ScriptedSuggester([new SuggestedStep("Shadow a certified colleague", new DateOnly(2027, 3, 1))]);
        var chat = Start(suggester: suggester);
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: pass the CKA exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning");
        (await chat.SayAsync("yes")).AssertContains("Shadow a certified colleague (suggested)", Says(GoalTexts.SuggestionsAdded));
        Assert.Contains((await StateAsync(chat)).Goals[0].Steps, s => s.Suggested);
        Assert.DoesNotContain("user-1", suggester.LastBrief!.ToString());

        await chat.SayAsync("looks good");
        await chat.SayAsync("ai off");
        var calls = suggester.StepCalls;
        await chat.SayAsync("set a new goal: pass the CKAD exam by September 30 2027, 8/10 confident, 5 hours a week, I value learning");
        (await chat.SayAsync("yes")).AssertNotContains("(suggested)");
        Assert.Equal(calls, suggester.StepCalls);
    }

    /// <summary>The five verdict lines of a proposal, each letter by name with its check.</summary>
    internal static readonly string[] AllFiveMet = ["✓ Specific:", "✓ Measurable:", "✓ Achievable:", "✓ Relevant:", "✓ Time-bound:"];

    internal static async Task<ConversationTest> WithGoal(string channel = Channels.Test)
    {
        var chat = Start(channel: channel);
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: pass the CKA exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning");
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        return chat;
    }

    private static async Task GiveValues(ConversationTest chat, string values)
    {
        await chat.SayAsync("edit values");
        await chat.SayAsync(values);
        await chat.SayAsync("yes");
    }
}
