using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Tests.Goals;

/// <summary>
/// A letter is ticked only when it is really met: the dishonest outcomes seen in terminal tries, each as a test.
/// Reference context of the goal table: Monday 2027-01-04, 10:00, Europe/Berlin.
/// </summary>
public sealed class HonestCheckmarksTests
{
    private static SmartAnalysis Analyze(string text) =>
        SmartAnalyzer.Analyze(new SmartInput(text, new Profile(), GoalTableTests.Now, GoalTableTests.Berlin, "en-US", Vocabulary: GoalTableTests.Words));

    private const string StrategyToTheVp = "presenting a 3-year ops strategy to the VP by 30 Sept 2027";

    [Fact]
    public void TheVpSpokenToIsNoTargetRole()
    {
        var specific = Analyze(StrategyToTheVp).Specific;
        Assert.True(specific.Met, specific.Reason.ToString());
        Assert.NotEqual(SpecificAspect.Role, specific.Named);
        // What is named is what the user will do, in the coach's words: "present", not "presenting", not "(VP)".
        Assert.Equal("present a 3-year operations strategy to the VP", specific.Evidence);
    }

    [Fact]
    public void WhatIsNamedAsSpecificNeverEndsCutOffAtACountOrAPossessive()
    {
        // A terminal try said "you said what you'll do (lead the consolidation of our three)".
        var evidence = Analyze("lead the consolidation of our three warehouses and present the 3-year ops strategy to the VP by 30 Sept 2027").Specific.Evidence;
        Assert.NotNull(evidence);
        Assert.DoesNotMatch(@"\b(our|three|of|the)$", evidence);
        Assert.StartsWith("lead the consolidation", evidence);
    }

    [Fact]
    public void TheRoleAimedAtIsStillTheRole() =>
        Assert.Equal(SpecificAspect.Role, Analyze("get promoted to VP of operations by 2028").Specific.Named);

    [Theory]
    [InlineData(StrategyToTheVp, "3")]
    [InlineData("write a 5-year plan for my team by June", "5")]
    [InlineData("take the CFA level 1 exam in August", "1")]
    [InlineData("get to B2 in German by next summer", "2")]
    public void ADurationLevelOrNameIsNoMeasure(string goal, string number)
    {
        var measurable = Analyze(goal).Measurable;
        Assert.False(measurable.Reason == SmartReason.HasNumber && measurable.Evidence is { } e && e.StartsWith(number, StringComparison.Ordinal),
            $"\"{goal}\": counted {measurable.Evidence}");
    }

    [Fact]
    public void AnAgeInTheStoryIsNoMeasure()
    {
        var measurable = Analyze("I'm 34 and still don't know what I want. I'd like to get a teaching certificate").Measurable;
        Assert.DoesNotContain("34", measurable.Evidence ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void AReasonIsNoFinishLine() =>
        Assert.False(Analyze("lead a cross-team project by Q3 so I have something to show for the promotion case").Measurable.Met);

    [Fact]
    public void ConfidenceIsNoSkill()
    {
        var specific = Analyze("Return to nursing by September after my career break. Confidence 7.").Specific;
        Assert.True(specific.Met);
        Assert.DoesNotContain("confidence", specific.Evidence ?? "", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AFieldWithNoRoleAndNoStartIsADirection() => Assert.False(Analyze("get into cybersecurity").Specific.Met);

    [Fact]
    public void WithTheHoursGivenOnlyTheConfidenceIsAsked()
    {
        var analysis = Analyze("hmm maybe become a senior designer next year, i have like 3 hrs a week");
        Assert.Equal(SmartReason.NoConfidence, analysis.Achievable.Reason);
        var ask = SmartFeedback.Say(RepoDialogs.Texts, "en-US", analysis).Split('\n')[^1];
        Assert.Contains("out of 10", ask, StringComparison.Ordinal);
        Assert.DoesNotContain("how many hours", ask, StringComparison.Ordinal);
    }

    [Fact]
    public void FeedbackNamesEveryMetLetterAndAsksOnlyForTheFirstMissing()
    {
        var analysis = Analyze(StrategyToTheVp);
        var lines = SmartFeedback.Say(RepoDialogs.Texts, "en-US", analysis).Split('\n');
        var met = analysis.Letters.Where(l => l.Met).ToList();
        Assert.Equal(met.Count + 1, lines.Length);
        Assert.Single(lines, l => l.Contains('?'));
        Assert.EndsWith("?", lines[^1], StringComparison.Ordinal);
        foreach (var (letter, line) in met.Zip(lines))
            Assert.StartsWith(RepoDialogs.Texts.Get(SmartTexts.LetterKey(letter.Letter), "en-US") + ":", line, StringComparison.Ordinal);
    }

    [Fact]
    public void TheVerdictsListAllFiveLettersWithACheckOnlyWhereMet()
    {
        var analysis = Analyze(StrategyToTheVp);
        var lines = SmartFeedback.Verdicts(RepoDialogs.Texts, "en-US", analysis).Split('\n');
        Assert.Equal(5, lines.Length);
        var check = RepoDialogs.Texts.Get(SmartTexts.MarkMet, "en-US");
        foreach (var (letter, line) in analysis.Letters.Zip(lines))
        {
            Assert.Contains(RepoDialogs.Texts.Get(SmartTexts.LetterKey(letter.Letter), "en-US"), line, StringComparison.Ordinal);
            Assert.Equal(letter.Met, line.StartsWith(check, StringComparison.Ordinal));
        }
        Assert.False(analysis.Achievable.Met);
    }
}
