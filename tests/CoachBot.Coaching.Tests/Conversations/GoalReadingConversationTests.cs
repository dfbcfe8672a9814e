using CoachBot.TestSupport;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Smart;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;
using static CoachBot.Coaching.Tests.Conversations.GoalConversationTests;

namespace CoachBot.Coaching.Tests.Conversations;

/// <summary>Goals read as people mean them, in whole conversations (issue 12, "SMART refinement"); today is Monday 4 January 2027.</summary>
public sealed class GoalReadingConversationTests
{
    private const string Casual = "idk maybe like get a ux job by next summer i guess";

    [Fact]
    public async Task ACasualGoalAtTheGoalPromptIsReadWithoutItsHedges()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync(Casual)).AssertContains("get a job as a UX designer", "Time-bound").AssertNotContains("idk", "maybe", "i guess");
        await chat.SayAsync("7");
        await chat.SayAsync("4 hours");
        var proposal = await chat.SayAsync("because I love designing for people");
        // "a UX job" names no role; the vocabulary knows the role, so the statement says it.
        proposal.AssertContains("I will get a job as a UX designer by Tue, 31 August 2027").AssertNotContains("idk", "maybe", "i guess");
    }

    [Fact]
    public async Task AUxJobGoalNamesTheRoleInItsStatementAndItsPlan()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: get a ux job by next summer, 7/10 confident, 4 hours a week, because I love designing for people");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Contains("a job as a UX designer", goal.Statement);
        Assert.Contains(goal.Steps, s => s.Title == "List fifteen companies that hire UX designers and what each looks for");
        Assert.Contains(goal.Steps, s => s.Title == "Sign an offer as a UX designer");
    }

    [Fact]
    public async Task BothMilestonesOfAOneMessageGoalBecomeDatedStepsBeforeItsDeadline()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync("set a new goal: I want to lead the consolidation of our three warehouses and present the 3-year ops strategy "
            + "to the VP by 30 Sept 2027, I'll know it's done when all 3 sites run on one system"))
            .AssertContains("Specific: you said what you'll do (lead the consolidation)").AssertNotContains("you named the skill");
        await chat.SayAsync("8");
        await chat.SayAsync("5 hours");
        var proposal = await chat.SayAsync("because I want to shape how our sites run");
        // The statement keeps the whole goal readable.
        proposal.AssertContains("lead the consolidation of our three warehouses and present the 3-year operations strategy to the VP by Thu, 30 September 2027");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        var deadline = new DateOnly(2027, 9, 30);
        Assert.Equal(deadline, goal.Deadline);
        var lead = Assert.Single(goal.Steps, s => s.Title == "Lead the consolidation of our three warehouses");
        var present = Assert.Single(goal.Steps, s => s.Title == "Present the 3-year operations strategy to the VP");
        Assert.True(lead.Due < present.Due && present.Due < deadline, $"{lead.Due} {present.Due}");
        Assert.True(lead.Due > DateOnly.FromDateTime(CoachChat.Now.UtcDateTime).AddMonths(2), $"the first milestone is not squeezed into the first weeks: {lead.Due}");
        Assert.Contains(goal.Steps, s => s.Title == "Check your finish line: all 3 sites run on one system" && s.Due == deadline);
        Assert.DoesNotContain(goal.Steps, s => s.Title.Contains("Break the goal into", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACasualGoalTypedAtTheMenuIsTakenAsTheGoal()
    {
        var chat = Start();
        await chat.JoinAsync();
        (await chat.SayAsync(Casual)).AssertContains("get a job as a UX designer").AssertNotContains(Says(GoalTexts.AskGoal), "idk");
    }

    [Fact]
    public async Task YeahThatsMyGoalKeepsTheGoalWeHadAndIsNeverAGoalItself()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        // With no goal yet there is nothing to keep: the coach asks for one.
        (await chat.SayAsync("yeah that's my goal")).AssertContains(Says(SmartTexts.NotAGoalKey(GoalTextKind.Empty)!));
        (await chat.SayAsync("get better at my job")).AssertContains(Says(SmartTexts.AskSpecific));
        (await chat.SayAsync("yeah that's my goal")).AssertContains(Says(GoalTexts.KeptGoal)).AssertNotContains("I will yeah");
    }

    [Fact]
    public async Task AOneMessageSmartGoalKeepsItsDeadlineAndItsMilestonesBecomeDatedSteps()
    {
        var chat = Start();
        await chat.JoinAsync();
        var proposal = await chat.SayAsync("set a new goal: Get promoted to operations director by 31 March 2028: lead the warehouse consolidation by 30 June 2027 "
            + "and present a 3-year ops strategy to the VP by 30 Sept 2027. I'm an 8 on confidence and I can give it 5 hours a week, because I want to shape how our sites run.");
        proposal.AssertContains(["I will get promoted to operations director by Fri, 31 March 2028", .. AllFiveMet])
            .AssertNotContains("presenting", "30 Sept 2027 by", "you named the role (VP)");
        await chat.SayAsync("yes");
        await chat.SayAsync("looks good");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.Equal(new DateOnly(2028, 3, 31), goal.Deadline);
        Assert.Contains(goal.Steps, s => s.Title == "Lead the warehouse consolidation" && s.Due == new DateOnly(2027, 6, 30));
        Assert.Contains(goal.Steps, s => s.Title == "Present a 3-year operations strategy to the VP" && s.Due == new DateOnly(2027, 9, 30));
        // A milestone sharing only the role's word ("operations") does not push out the promotion step aimed at the new role.
        Assert.Contains(goal.Steps, s => s.Title == "Make your case for the promotion to operations director");
    }

    [Fact]
    public async Task AStatedDeadlineIsNeverReplacedSilently()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("get better at Python by June 2027")).AssertContains(Says(SmartTexts.AskSpecific));
        // The sharper wording states another date: the coach asks which one is the deadline, it never picks one silently.
        (await chat.SayAsync("build a web app in Python by September 2027")).AssertContains("Which one is the deadline", "Wed, 30 June 2027", "Thu, 30 September 2027");
        // The first date of the question is the one the new wording states; the answer is said back.
        (await chat.SayAsync("the first one")).AssertContains("Deadline: Thu, 30 September 2027.");
    }

    [Fact]
    public async Task AGoalMoreThanTwoYearsAwayIsBrokenIntoShortTermGoals()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: become an engineering director by 2031, 7/10 confident, 3 hours a week, because leading leaders is my vision");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        var goal = Assert.Single((await StateAsync(chat)).Goals);
        Assert.True(goal.IsLongTerm);
        // Short-term goals: the first within a year, then at most two years apart, the goal itself last.
        var dated = goal.Steps.Select(s => s.Due).Prepend(new DateOnly(2027, 1, 4)).Order().ToList();
        Assert.Contains(goal.Steps, s => s.Due <= new DateOnly(2028, 1, 4));
        Assert.All(dated.Zip(dated.Skip(1)), p => Assert.True(p.Second.DayNumber - p.First.DayNumber <= 731, $"{p.First} -> {p.Second}"));
        Assert.Equal(new DateOnly(2031, 12, 31), goal.Steps.Max(s => s.Due));
    }

    [Fact]
    public async Task AFirstJobFromTheMenuIsSpecificAndTheCoachAsksWhatIsReallyMissing()
    {
        // Raj: "Specific: a little short" stood beside "Measurable: there's a clear finish line (first job)".
        var chat = Start();
        await chat.JoinAsync();
        var reply = await chat.SayAsync("i just graduated and i need a job lol");
        reply.AssertContains("Specific: you named the result (get my first job).", "Measurable: there's a clear finish line (first job).", Says(GoalTexts.AskConfidence))
            .AssertNotContains(Says(SmartTexts.ReasonKey(SmartReason.TooShort)), Says(SmartTexts.AskSpecific), "lol");
    }

    [Fact]
    public async Task ACareerChangeWithNoDestinationAsksWhichRole()
    {
        var chat = Start();
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal");
        (await chat.SayAsync("idk i just wanna change careers lol")).AssertContains(Says(SmartTexts.ReasonKey(SmartReason.NoDestination)), Says(SmartTexts.AskSpecificDestination))
            .AssertNotContains(Says(SmartTexts.ReasonKey(SmartReason.TooShort)));
        (await chat.SayAsync("change careers to ux")).AssertContains("Specific: you named the field (UX).", Says(SmartTexts.AskMeasurable));
    }
}
