using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Tests.Goals;

/// <summary>The finish line the Measurable feedback quotes is the whole phrase the user wrote, never cut inside it.</summary>
public sealed class FinishLineQuoteTests
{
    [Theory]
    [InlineData("pass the AWS Solutions Architect exam", "pass the AWS Solutions Architect exam")]
    [InlineData("pass the aws solutions architect associate exam by june 2027", "pass the aws solutions architect associate exam")]
    // Round nine: was quoted from "project management", three words from its start.
    [InlineData("get the google project management professional certificate by june 2027", "get the google project management professional certificate")]
    public void TheFinishLineIsQuotedWhole(string goal, string quoted)
    {
        var input = new SmartInput(goal, new Profile(), GoalTableTests.Now, GoalTableTests.Berlin, "en-US", Vocabulary: GoalTableTests.Words);
        var measurable = SmartAnalyzer.Analyze(input).Measurable;
        Assert.True(measurable.Met);
        Assert.True(measurable.Evidence is null || string.Equals(measurable.Evidence, quoted, StringComparison.OrdinalIgnoreCase),
            $"quoted \"{measurable.Evidence}\"");
    }

    /// <summary>A finish line read from the goal is quoted cleaned, as the statement says it, never as the raw span typed.</summary>
    [Theory]
    // Round ten: quoted "clear finish line (find accountant job part time)".
    [InlineData("find accountant job part time", "find a part-time accountant job")]
    [InlineData("find accountant job part time by june 2027", "find a part-time accountant job")]
    // Was cut inside the role: "(be working as a data)".
    [InlineData("i will be working as a data analyst by march 2027", "be working as a data analyst")]
    [InlineData("idk maybe like become a dev?? by next summer i guess", "become a developer")]
    public void TheFinishLineIsQuotedAsTheStatementSaysIt(string goal, string quoted)
    {
        var input = new SmartInput(goal, new Profile(), GoalTableTests.Now, GoalTableTests.Berlin, "en-US", Vocabulary: GoalTableTests.Words);
        var measurable = SmartAnalyzer.Analyze(input).Measurable;
        Assert.True(measurable.Met);
        Assert.Equal(quoted, measurable.Evidence);
    }

    /// <summary>Round ten: Priya's answer was quoted "(when i get a job offer as a junior developer)".</summary>
    [Fact]
    public void AFinishLineAnsweredIsQuotedAsTheStatementsClause()
    {
        var input = new SmartInput("idk maybe like become a dev?? by next summer i guess", new Profile(), GoalTableTests.Now, GoalTableTests.Berlin, "en-US",
            Measure: "when i get a job offer as a junior developer", Vocabulary: GoalTableTests.Words);
        Assert.Equal("I get a job offer as a junior developer", SmartAnalyzer.Analyze(input).Measurable.Evidence);
    }

    /// <summary>Round ten: Sofia's "when i sign a contract, ojalá" ("hopefully") reached the statement with its hedge.</summary>
    [Fact]
    public void AHedgeInAnotherLanguageLeavesTheFinishLine()
    {
        var input = new SmartInput("get hired as an office coordinator by june 2027", new Profile(), GoalTableTests.Now, GoalTableTests.Berlin, "en-US",
            Measure: "when i sign a contract, ojalá", Vocabulary: GoalTableTests.Words);
        var statement = SmartStatement.Compose(input, SmartAnalyzer.Analyze(input));
        Assert.NotNull(statement);
        Assert.Equal("I will get hired as an office coordinator by Wed, 30 June 2027, and I'll know it's done when I sign a contract.", GoalTableTests.Render(statement));
    }
}

/// <summary>The Relevant feedback never quotes a single word lifted from the goal or the vision.</summary>
public sealed class RelevantQuoteTests
{
    [Fact]
    public void AGoalThatFitsTheVisionQuotesNoFragment()
    {
        var profile = new Profile { CurrentRole = "admin assistant", Vision5Years = "running the admin side of a small company" };
        var input = new SmartInput("become an office manager over the admin team by june 2027", profile, GoalTableTests.Now, GoalTableTests.Berlin, "en-US",
            Vocabulary: GoalTableTests.Words);
        var relevant = SmartAnalyzer.Analyze(input).Relevant;
        Assert.True(relevant.Met);
        Assert.Null(relevant.Evidence);
    }
}
