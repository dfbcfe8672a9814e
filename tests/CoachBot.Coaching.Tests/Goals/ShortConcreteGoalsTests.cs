using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Tests.Goals;

/// <summary>
/// Short goals as people type them (Raj, 22, casual lowercase): a short goal that names its outcome is specific, and the
/// letters never contradict each other ("a little short" beside "a clear finish line" was seen in the terminal for "get
/// my first job"). Where Specific is missing, the reason says what is missing (which role), not "a little short".
/// Reference context of the goal table: Monday 2027-01-04, 10:00, Europe/Berlin.
/// </summary>
public sealed class ShortConcreteGoalsTests
{
    private static SmartAnalysis Analyze(string text) =>
        SmartAnalyzer.Analyze(new SmartInput(text, new Profile(), GoalTableTests.Now, GoalTableTests.Berlin, "en-US", Vocabulary: GoalTableTests.Words));

    /// <summary>Goal text; Specific, Measurable, Time-bound met; the reason for Specific.</summary>
    public static TheoryData<string, bool, bool, bool, SmartReason> Table => new()
    {
        { "get my first job", true, true, false, SmartReason.ConcreteOutcome },
        { "get my first job by june", true, true, true, SmartReason.ConcreteOutcome },
        { "get hired", true, true, false, SmartReason.ConcreteOutcome },
        { "get hired lol", true, true, false, SmartReason.ConcreteOutcome },
        { "get a job", true, true, false, SmartReason.ConcreteOutcome },
        { "find a job asap", true, true, false, SmartReason.ConcreteOutcome },
        { "land my first role", true, true, false, SmartReason.ConcreteOutcome },
        { "get an internship this summer", true, true, true, SmartReason.ConcreteOutcome },
        { "get a junior dev job", true, true, false, SmartReason.ConcreteOutcome },
        { "get my first dev job", true, true, false, SmartReason.ConcreteOutcome },
        { "pass the aws exam", true, true, false, SmartReason.ConcreteOutcome },
        { "get my aws cert", true, true, false, SmartReason.ConcreteOutcome },
        { "change careers to ux", true, false, false, SmartReason.ConcreteOutcome },
        { "switch careers to product management", true, false, false, SmartReason.ConcreteOutcome },
        { "pivot into data science", true, false, false, SmartReason.ConcreteOutcome },
        // No destination yet: the coach asks which role, the promotion itself is still a finish line you can see.
        { "get promoted", false, true, false, SmartReason.NoDestination },
        { "get a promotion by december", false, true, true, SmartReason.NoDestination },
        { "change careers lol", false, false, false, SmartReason.NoDestination },
        { "get into cybersecurity", false, false, false, SmartReason.NoDestination },
        { "i want a job", false, false, false, SmartReason.NoDestination },
        // Too short: no finish line either, so the two letters agree.
        { "finish it", false, false, false, SmartReason.TooShort },
        { "get a raise", false, false, false, SmartReason.TooShort },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void EachLetterIsJudgedAsTheTableSays(string goal, bool specific, bool measurable, bool timeBound, SmartReason why)
    {
        var analysis = Analyze(goal);
        Assert.True((specific, measurable, timeBound, why) == (analysis.Specific.Met, analysis.Measurable.Met, analysis.TimeBound.Met, analysis.Specific.Reason),
            $"\"{goal}\": S={analysis.Specific.Met} ({analysis.Specific.Reason}) M={analysis.Measurable.Met} ({analysis.Measurable.Reason}) T={analysis.TimeBound.Met}");
    }

    [Theory]
    [MemberData(nameof(Table))]
    public void TooShortNeverStandsBesideAFinishLine(string goal, bool specific, bool measurable, bool timeBound, SmartReason why)
    {
        _ = (specific, measurable, timeBound, why);
        var analysis = Analyze(goal);
        Assert.False(analysis.Specific.Reason == SmartReason.TooShort && analysis.Measurable.Met, $"\"{goal}\": a little short, yet a clear finish line");
    }

    [Fact]
    public void ACareerMoveWithNoDestinationAsksWhichRole()
    {
        var analysis = Analyze("change careers lol");
        Assert.Equal(SmartTexts.AskSpecificDestination, SmartTexts.AskKey(analysis.Specific));
        Assert.Equal("Specific: which role are you aiming for?", SmartFeedback.Say(RepoDialogs.Texts, "en-US", analysis));
    }

    [Fact]
    public void TheFirstJobIsNamedAsTheResultAndTheNextQuestionIsTheOneReallyMissing()
    {
        var said = SmartFeedback.Say(RepoDialogs.Texts, "en-US", Analyze("get my first job")).Split('\n');
        Assert.Equal("Specific: you named the result (get my first job).", said[0]);
        Assert.StartsWith("Measurable: there's a clear finish line", said[1]);
        Assert.StartsWith("Achievable:", said[^1]);
        Assert.DoesNotContain(said, l => l.Contains("little more", StringComparison.Ordinal));
    }
}
