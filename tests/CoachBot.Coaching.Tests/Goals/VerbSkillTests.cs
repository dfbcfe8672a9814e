using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Tests.Goals;

/// <summary>
/// "excel" is a verb and a tool: "excel at my job" is the verb (round ten: it became "land an Excel at my job"), "learn
/// excel" the tool, capitalized as careers.yaml writes it.
/// </summary>
public sealed class VerbSkillTests
{
    [Theory]
    [InlineData("excel at my job", "I will excel at my job.")]
    [InlineData("i want to excel in my role", "I will excel in my role.")]
    [InlineData("i want to excel in my role by june 2027", "I will excel in my role by Wed, 30 June 2027.")]
    [InlineData("really excel as a team lead this year", "I will excel as a team lead by Fri, 31 December 2027.")]
    [InlineData("learn excel", "I will learn Excel.")]
    [InlineData("get better at excel", "I will get better at Excel.")]
    [InlineData("learn python and excel by april", "I will learn Python and Excel by Fri, 30 April 2027.")]
    public void AVerbUseStaysAVerbAndTheToolIsCapitalized(string goal, string expected)
    {
        var input = new SmartInput(goal, new Profile(), GoalTableTests.Now, GoalTableTests.Berlin, "en-US", Vocabulary: GoalTableTests.Words);
        var analysis = SmartAnalyzer.Analyze(input);
        var statement = SmartStatement.Compose(input, analysis);
        Assert.NotNull(statement);
        var sentence = GoalTableTests.Render(statement);
        Assert.Equal(expected, sentence);
        GrammarCheck.AssertStatement(sentence, statement);
    }

    [Theory]
    [InlineData("excel at my job")]
    [InlineData("i want to excel in my role by june 2027")]
    public void TheVerbIsNoSkillNamed(string goal)
    {
        var input = new SmartInput(goal, new Profile(), GoalTableTests.Now, GoalTableTests.Berlin, "en-US", Vocabulary: GoalTableTests.Words);
        var specific = SmartAnalyzer.Analyze(input).Specific;
        Assert.False(specific is { Met: true, Named: SpecificAspect.Skill }, $"named the skill ({specific.Evidence})");
    }
}
