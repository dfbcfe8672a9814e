using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Tests.Plans;

public sealed class PlanBuilderTests
{
    private static readonly DateOnly Today = new(2027, 1, 4);

    private static Goal GoalOf(string text, GoalType type, DateOnly? deadline) =>
        new() { Id = "g1", Text = text, Type = type, Deadline = deadline, CreatedOn = Today };

    private static readonly Profile NoProfile = new();

    public static TheoryData<GoalType, string, string> Templates => new()
    {
        { GoalType.Certification, "Earn the PMP certification", "PMP" },
        { GoalType.Promotion, "Get promoted to senior manager", "senior manager" },
        { GoalType.RoleChange, "Land a job as a data analyst", "data analyst" },
        { GoalType.IndustryChange, "Move into the healthcare industry", "healthcare" },
        { GoalType.NewSkill, "Learn Python for data work", "Python" },
        { GoalType.Network, "Find a mentor in product management", "" },
        { GoalType.Generic, "Organize the yearly hackathon", "" },
    };

    [Theory]
    [MemberData(nameof(Templates))]
    public void EachTemplateGivesItsStepsInOrderInsideTheSpan(GoalType type, string text, string target)
    {
        var deadline = new DateOnly(2027, 7, 1);
        var plan = PlanBuilder.Draft(GoalOf(text, type, deadline), NoProfile, Today);

        var templateKeys = PlanTemplates.For(type).Select(t => t.TextKey).ToList();
        Assert.Equal(templateKeys, plan.Select(s => s.TextKey).Where(k => k.StartsWith(PlanTemplates.KeyPrefix(type) + ".", StringComparison.Ordinal)));
        Assert.Equal(templateKeys[^1], plan[^1].TextKey);
        Assert.Equal(deadline, plan[^1].Due);
        Assert.Contains(plan, s => s.TextKey is PlanTemplates.SupportMentor or PlanTemplates.SupportFeedback);
        AssertDatesSound(plan, Today, deadline, minApart: PlanBuilder.MinDaysApart);
        if (target.Length > 0) Assert.All(plan.Where(s => s.Args.ContainsKey("target")), s => Assert.Equal(target, s.Args["target"]));
        else Assert.DoesNotContain(plan, s => s.Args.ContainsKey("target"));
    }

    [Fact]
    public void CertificationFollowsTheNineWeekPlan()
    {
        // The articles' plan: week 1 research, week 2 enroll, weeks 3-8 coursework and practice tests, week 9 exam.
        var deadline = Today.AddDays(63);
        var plan = PlanBuilder.Draft(GoalOf("Pass the AWS Solutions Architect exam", GoalType.Certification, deadline), NoProfile, Today);
        var due = plan.ToDictionary(s => s.TextKey, s => s.Due);
        Assert.Equal(Today.AddDays(7), due["plans.certification.1"]);
        Assert.Equal(Today.AddDays(14), due["plans.certification.2"]);
        Assert.Equal(Today.AddDays(54), due["plans.certification.4"]);
        Assert.Equal(deadline, due["plans.certification.5"]);
        Assert.Equal("AWS Solutions Architect", plan[0].Args["target"]);
    }

    [Fact]
    public void SkillGapsBecomeLearningSteps()
    {
        var profile = new Profile
        {
            Skills = [new("SQL", 1), new("Excel", 5), new("Storytelling", 2)],
            GrowthAreas = ["public speaking", "sql"],
        };
        var plan = PlanBuilder.Draft(GoalOf("Get promoted to senior analyst", GoalType.Promotion, new DateOnly(2027, 12, 31)), profile, Today);
        var gaps = plan.Where(s => s.TextKey == PlanTemplates.SkillGap).Select(s => s.Args["skill"]).ToList();
        // Lowest rated first, at most two, Excel (rated 5) never.
        Assert.Equal(["SQL", "Storytelling"], gaps);
        AssertDatesSound(plan, Today, new DateOnly(2027, 12, 31), PlanBuilder.MinDaysApart);
    }

    [Fact]
    public void GrowthAreasCountAsGapsButNotTheGoalItself()
    {
        var profile = new Profile { Skills = [new("Python", 2)], GrowthAreas = ["public speaking"] };
        var plan = PlanBuilder.Draft(GoalOf("Learn Python", GoalType.NewSkill, new DateOnly(2027, 6, 30)), profile, Today);
        Assert.Equal(["public speaking"], plan.Where(s => s.TextKey == PlanTemplates.SkillGap).Select(s => s.Args["skill"]));
    }

    [Fact]
    public void LongTermGoalStartsWithAMilestoneInsideTheFirstYear()
    {
        var deadline = new DateOnly(2032, 1, 4);
        var plan = PlanBuilder.Draft(GoalOf("Become head of engineering", GoalType.Promotion, deadline), NoProfile, Today);
        var milestone = Assert.Single(plan, s => s.TextKey == PlanTemplates.Milestone);
        Assert.True(milestone.Due <= Today.AddYears(1), $"milestone due {milestone.Due}");
        Assert.True(milestone.Due > Today);
        Assert.Equal(deadline, plan[^1].Due);
        AssertDatesSound(plan, Today, deadline, PlanBuilder.MinDaysApart);
    }

    [Fact]
    public void ShortTermGoalHasNoMilestone()
    {
        var plan = PlanBuilder.Draft(GoalOf("Become head of engineering", GoalType.Promotion, new DateOnly(2028, 12, 1)), NoProfile, Today);
        Assert.DoesNotContain(plan, s => s.TextKey == PlanTemplates.Milestone);
    }

    [Fact]
    public void TwoWeekSpanGivesASmallPlanOfEssentials()
    {
        var deadline = Today.AddDays(14);
        var profile = new Profile { Skills = [new("SQL", 1)] };
        var plan = PlanBuilder.Draft(GoalOf("Pass the CPA exam", GoalType.Certification, deadline), profile, Today);
        Assert.Equal(["plans.certification.1", "plans.certification.4", "plans.certification.5"], plan.Select(s => s.TextKey));
        AssertDatesSound(plan, Today, deadline, PlanBuilder.MinDaysApart);
        Assert.Equal(deadline, plan[^1].Due);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(-30)]
    public void TinyOrPassedSpansStayBetweenTodayAndTheDeadline(int days)
    {
        var deadline = Today.AddDays(days);
        var plan = PlanBuilder.Draft(GoalOf("Get promoted to team lead", GoalType.Promotion, deadline), NoProfile, Today);
        Assert.NotEmpty(plan);
        var end = deadline < Today ? Today : deadline;
        AssertDatesSound(plan, Today, end, minApart: 0);
    }

    [Fact]
    public void GoalWithoutDeadlineGetsTheTypesDefaultSpan()
    {
        var plan = PlanBuilder.Draft(GoalOf("Earn the PMP certification", GoalType.Certification, null), NoProfile, Today);
        Assert.Equal(Today.AddDays(63), plan[^1].Due);
    }

    [Fact]
    public void UnclassifiedGoalIsTypedFromItsText()
    {
        var plan = PlanBuilder.Draft(GoalOf("Move into the renewable energy industry", GoalType.Generic, new DateOnly(2027, 12, 31)), NoProfile, Today);
        Assert.Equal("plans.industryChange.1", plan[0].TextKey);
        Assert.Equal("renewable energy", plan[0].Args["target"]);
    }

    [Fact]
    public void BuildResolvesTitlesThroughTheCatalog()
    {
        var builder = new PlanBuilder(RepoDialogs.Texts);
        var steps = builder.Build(GoalOf("Earn the PMP certification", GoalType.Certification, new DateOnly(2027, 3, 8)), new Profile { Skills = [new("Budgeting", 1)] }, Today);

        Assert.Equal(steps.Select((_, i) => $"s{i + 1}"), steps.Select(s => s.Id));
        Assert.Contains(steps, s => s.Title == "Book and sit the exam for PMP");
        Assert.Contains(steps, s => s.Title.Contains("Budgeting", StringComparison.Ordinal));
        Assert.All(steps, s => Assert.DoesNotContain("{", s.Title, StringComparison.Ordinal));
        Assert.All(steps, s => Assert.Equal(StepStatus.Open, s.Status));
    }

    [Fact]
    public void BuildUsesTheTargetFallbackWhenTheGoalNamesNone()
    {
        var builder = new PlanBuilder(RepoDialogs.Texts);
        var steps = builder.Build(GoalOf("Get my certification", GoalType.Certification, new DateOnly(2027, 3, 8)), NoProfile, Today);
        Assert.Contains(steps, s => s.Title == "Book and sit the exam for the certification");
    }

    private static void AssertDatesSound(IReadOnlyList<PlannedStep> plan, DateOnly today, DateOnly end, int minApart)
    {
        for (var i = 0; i < plan.Count; i++)
        {
            Assert.InRange(plan[i].Due, today, end);
            if (i > 0) Assert.True(plan[i].Due.DayNumber - plan[i - 1].Due.DayNumber >= minApart,
                $"step {i} ({plan[i].TextKey}) due {plan[i].Due}, only {plan[i].Due.DayNumber - plan[i - 1].Due.DayNumber} days after {plan[i - 1].Due}");
        }
    }
}
