using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Plans;

/// <summary>A step before it is dated: a text key in dialogs/en-US/plans.yaml and where it falls in the goal's span.</summary>
/// <param name="TextKey">The step's title key, with {placeholders} filled from the goal and profile (e.g. {skill}).</param>
/// <param name="ShareOfSpan">0..1: the step is due this far between today and the deadline (1 = on the deadline).</param>
/// <param name="Essential">Kept when the span is too short for the whole template (a two-week goal gets only these).</param>
public sealed record StepTemplate(string TextKey, double ShareOfSpan, bool Essential = false);

/// <summary>
/// The rule-based plan per goal type, from the method in COACHING.md (certification: research, enroll, coursework and
/// practice tests, exam; industry change: trends, course, network, resume, apply; ...). Shares are where in the span
/// each step falls; the last step of each template is the goal itself, due on the deadline.
/// </summary>
public static class PlanTemplates
{
    public static IReadOnlyList<StepTemplate> For(GoalType type) => type switch
    {
        GoalType.Certification => Certification,
        GoalType.Promotion => Promotion,
        GoalType.RoleChange => RoleChange,
        GoalType.IndustryChange => IndustryChange,
        GoalType.NewSkill => NewSkill,
        GoalType.Network => Network,
        _ => Generic,
    };

    /// <summary>The key prefix of a type's steps: plans.certification, plans.roleChange, ...</summary>
    public static string KeyPrefix(GoalType type) => "plans." + char.ToLowerInvariant(type.ToString()[0]) + type.ToString()[1..];

    // Nine weeks in the articles: week 1 research, week 2 enroll, weeks 3-8 coursework and practice tests, week 9 exam.
    private static readonly StepTemplate[] Certification =
    [
        new("plans.certification.1", 0.11, Essential: true),
        new("plans.certification.2", 0.22),
        new("plans.certification.3", 0.55),
        new("plans.certification.4", 0.85, Essential: true),
        new("plans.certification.5", 1.0, Essential: true),
    ];

    private static readonly StepTemplate[] Promotion =
    [
        new("plans.promotion.1", 0.08, Essential: true),
        new("plans.promotion.2", 0.18),
        new("plans.promotion.3", 0.45),
        new("plans.promotion.4", 0.7, Essential: true),
        new("plans.promotion.5", 1.0, Essential: true),
    ];

    private static readonly StepTemplate[] RoleChange =
    [
        new("plans.roleChange.1", 0.1, Essential: true),
        new("plans.roleChange.2", 0.2),
        new("plans.roleChange.3", 0.4),
        new("plans.roleChange.4", 0.6, Essential: true),
        new("plans.roleChange.5", 0.8),
        new("plans.roleChange.6", 1.0, Essential: true),
    ];

    private static readonly StepTemplate[] IndustryChange =
    [
        new("plans.industryChange.1", 0.1, Essential: true),
        new("plans.industryChange.2", 0.35),
        new("plans.industryChange.3", 0.55, Essential: true),
        new("plans.industryChange.4", 0.75),
        new("plans.industryChange.5", 1.0, Essential: true),
    ];

    private static readonly StepTemplate[] NewSkill =
    [
        new("plans.newSkill.1", 0.08, Essential: true),
        new("plans.newSkill.2", 0.12),
        new("plans.newSkill.3", 0.45, Essential: true),
        new("plans.newSkill.4", 0.75),
        new("plans.newSkill.5", 1.0, Essential: true),
    ];

    private static readonly StepTemplate[] Network =
    [
        new("plans.network.1", 0.1, Essential: true),
        new("plans.network.2", 0.3),
        new("plans.network.3", 0.5, Essential: true),
        new("plans.network.4", 0.75),
        new("plans.network.5", 1.0, Essential: true),
    ];

    private static readonly StepTemplate[] Generic =
    [
        new("plans.generic.1", 0.1, Essential: true),
        new("plans.generic.2", 0.25),
        new("plans.generic.3", 0.5, Essential: true),
        new("plans.generic.4", 0.8),
        new("plans.generic.5", 1.0, Essential: true),
    ];

    /// <summary>A learning step per skill gap: {skill}.</summary>
    public const string SkillGap = "plans.skillGap";
    /// <summary>Support: find a mentor who has done it.</summary>
    public const string SupportMentor = "plans.support.mentor";
    /// <summary>Support for network goals (which already look for mentors): ask for specific feedback.</summary>
    public const string SupportFeedback = "plans.support.feedback";
    /// <summary>A long-term goal's first short-term milestone, within the first year: {target}.</summary>
    public const string Milestone = "plans.milestone";

    /// <summary>What {target} says when the goal's text doesn't name one: plans.target.Certification, ...</summary>
    public static string TargetFallbackKey(GoalType type) => "plans.target." + type;

    /// <summary>Every key a plan can use, for the start-up and test checks.</summary>
    public static IEnumerable<string> AllKeys =>
        Enum.GetValues<GoalType>().SelectMany(t => For(t).Select(s => s.TextKey).Append(TargetFallbackKey(t)))
            .Concat([SkillGap, SupportMentor, SupportFeedback, Milestone]);
}
