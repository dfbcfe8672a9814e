using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Tests.Goals;

/// <summary>
/// Every goal of the goal table crossed with every plan template and a profile of messy growth areas and skills: no
/// step may carry a raw fragment, a doubled punctuation mark or an unfilled placeholder, every step starts with a
/// verb, no step appears twice, and the dates are in order, inside [today, deadline], on working days.
/// </summary>
public sealed class GrammarTests
{
    private static readonly Profile Messy = new()
    {
        GrowthAreas = ["public speaking lol", "idk", "I'm bad at delegating", "  time management!!  ", "maybe networking?", "<b>SQL</b>",
            "be more confident", "speak up in meetings", "ummm", "stakeholder management tbh", "Excel", "what is a growth area?"],
        Skills = [new("Excel", 1), new("pyhton", 2), new("Figma", 1), new("user research", 2), new("public speaking lol", 1), new("leadership", 2)],
        CurrentRole = "Data analyst",
    };

    public static TheoryData<GoalType> Templates => new(Enum.GetValues<GoalType>());

    [Theory]
    [MemberData(nameof(Templates))]
    public void EveryGoalOfTheTableGivesCleanStepsUnderThisTemplate(GoalType type)
    {
        var failures = new List<string>();
        var builder = new PlanBuilder(RepoDialogs.Texts);
        foreach (var item in GoalTable.Items.Where(i => i.Kind == "goal"))
        {
            var input = GoalTableTests.Input(item);
            var analysis = SmartAnalyzer.Analyze(input);
            var statement = SmartStatement.Compose(input, analysis);
            var deadline = analysis.Deadline ?? GoalTableTests.Today.AddMonths(6);
            var goal = new Goal { Id = "g1", Text = item.Text, Statement = statement is null ? "" : GoalTableTests.Render(statement), Deadline = deadline, Type = type, CreatedOn = GoalTableTests.Today };
            var steps = builder.Build(goal, Messy, GoalTableTests.Today);
            try
            {
                Assert.NotEmpty(steps);
                foreach (var step in steps) GrammarCheck.AssertStep(step.Title);
                Assert.Equal(steps.Count, steps.Select(s => s.Title.ToLowerInvariant()).Distinct().Count());
                for (var i = 0; i < steps.Count; i++)
                {
                    Assert.InRange(steps[i].Due, GoalTableTests.Today, deadline);
                    Assert.True(PlanSpacing.IsWorkingDay(steps[i].Due), $"{steps[i].Title} on a {steps[i].Due.DayOfWeek}");
                    if (i > 0) Assert.True(steps[i].Due >= steps[i - 1].Due, "out of order");
                }
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException)
            {
                failures.Add($"{item.Id}: {e.Message.Split('\n')[0]}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory]
    [InlineData("public speaking lol", "public speaking")]
    [InlineData("I'm bad at delegating", "delegation")]
    [InlineData("  time management!!  ", "time management")]
    [InlineData("be more confident", "being more confident")]
    [InlineData("speak up in meetings", "speaking up in meetings")]
    [InlineData("pyhton", "Python")]
    [InlineData("<b>SQL</b>", "SQL")]
    [InlineData("improve my Excel skills", "Excel skills")]
    [InlineData("idk", null)]
    [InlineData("what is a growth area?", null)]
    public void GrowthAreasBecomeCleanedPhrases(string raw, string? phrase) =>
        Assert.Equal(phrase, PlanBuilder.SkillPhrase(raw, GoalVocabulary.From(RepoDialogs.Texts)));

    [Theory]
    [InlineData("UX designer", "UX designers")]
    [InlineData("head of engineering", "heads of engineering")]
    [InlineData("nurse", "nurses")]
    [InlineData("CTO", "CTOs")]
    [InlineData("junior dev", "junior devs")]
    public void RoleNounsArePluralized(string role, string plural) => Assert.Equal(plural, CareerVocabulary.Plural(role));

    [Theory]
    [InlineData("UX designer", "a UX designer")]
    [InlineData("engineering manager", "an engineering manager")]
    [InlineData("MBA", "an MBA")]
    [InlineData("senior manager", "a senior manager")]
    [InlineData("hour-long talk", "an hour-long talk")]
    public void TheArticleFollowsTheSound(string noun, string expected) => Assert.Equal(expected, CareerVocabulary.WithArticle(noun));

    [Fact]
    public void TheRoleChangePlanTalksToPeopleInTheRolePluralized()
    {
        var goal = new Goal { Id = "g1", Text = "become a UX designer by December 2027", Deadline = new DateOnly(2027, 12, 31), CreatedOn = GoalTableTests.Today };
        var steps = new PlanBuilder(RepoDialogs.Texts).Build(goal, new Profile(), GoalTableTests.Today);
        Assert.Contains(steps, s => s.Title == "Have a short conversation with two people who work as UX designers");
    }
}
