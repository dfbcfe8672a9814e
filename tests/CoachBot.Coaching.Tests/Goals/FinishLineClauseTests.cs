using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Tests.Goals;

/// <summary>The finish line as a clause after "I'll know it's done when", however the user put it.</summary>
public sealed class FinishLineClauseTests
{
    [Theory]
    [InlineData("I'll have built a small web app with it", "I have built a small web app with it")]
    [InlineData("I'll be promoted", "I am promoted")]
    [InlineData("i will pass the exam", "I pass the exam")]
    [InlineData("3 people on my team say it went better", "3 people on my team say it went better")]
    [InlineData("all 3 sites run on one system", "all 3 sites run on one system")]
    [InlineData("a signed offer", "I have a signed offer")]
    public void TheMeasureReadsAsAClause(string measure, string clause)
    {
        var input = new SmartInput("learn Python by June 2027", new Profile(), GoalTableTests.Now, GoalTableTests.Berlin, "en-US",
            Measure: measure, Vocabulary: GoalTableTests.Words);
        var statement = SmartStatement.Compose(input, SmartAnalyzer.Analyze(input));
        Assert.Equal(clause, statement!.Measure);
        GrammarCheck.AssertStatement(GoalTableTests.Render(statement), statement);
    }
}
