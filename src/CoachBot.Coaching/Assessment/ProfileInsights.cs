using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Assessment;

/// <summary>A sentence of dialogs/ by key, with its placeholders; or, with no key, words already put together.</summary>
public sealed record Said(string Key, params (string Name, object? Value)[] Args);

/// <summary>
/// The two or three insights that end the profile summary: strengths that serve the vision, gaps between the rated
/// skills and the target role, a tension between a value and the vision when there is one, and a suggested first
/// goal. The target role is the first careers.yaml role in the five-year vision, else the ten-year one; without one,
/// the insights point at directions to explore. Pure: a function of the profile and the words.
/// </summary>
public static class ProfileInsights
{
    public const string Serve = "assessment.insight.serve";
    public const string ServeBacked = "assessment.insight.serveBacked";
    public const string ServeNoRole = "assessment.insight.serveNoRole";
    public const string Gaps = "assessment.insight.gaps";
    public const string GapRated = "assessment.insight.gapRated";
    public const string GapGrowth = "assessment.insight.gapGrowth";
    public const string GapMissing = "assessment.insight.gapMissing";
    public const string FirstGoalGap = "assessment.insight.firstGoalGap";
    public const string FirstGoalRole = "assessment.insight.firstGoalRole";
    public const string FirstGoalExplore = "assessment.insight.firstGoalExplore";
    public const string FirstGoalVision = "assessment.insight.firstGoalVision";
    public const string Directions = "assessment.explore.directions";

    public static string TensionText(string valueKey) => $"assessment.tension.{valueKey}.text";

    /// <summary>A skill the vision leans on, rated low (assessment.skillTension.&lt;skill&gt;).</summary>
    public static string SkillTensionText(string skillKey) => $"assessment.skillTension.{skillKey}.text";

    /// <summary>A first goal written for one skill (assessment.insight.firstGoalFor.&lt;skill&gt;), where "a course" fits badly.</summary>
    public static string FirstGoalFor(string skillKey) => $"assessment.insight.firstGoalFor.{skillKey}";

    /// <summary>The target role of the vision, or null.</summary>
    public static CareerRole? TargetRole(Profile profile, CareerVocabulary careers) =>
        careers.FindRoles(profile.Vision5Years).FirstOrDefault()?.Role ?? careers.FindRoles(profile.Vision10Years).FirstOrDefault()?.Role;

    /// <summary>At most three insights; the first goal always last. Empty when the profile says too little.</summary>
    public static IReadOnlyList<Said> For(Profile profile, AssessmentWords words, Func<Said, string> say, Func<IReadOnlyList<string>, string> join)
    {
        var careers = words.Careers;
        var held = new HeldSkills(profile, words);
        var role = TargetRole(profile, careers);
        var found = new List<Said>();
        Said? firstGoal;

        if (role is not null)
        {
            var roles = CareerVocabulary.Plural(role.Name, role);
            var serving = role.SkillKeys.Where(held.IsStrength).Select(k => held.Get(k)!).OrderByDescending(h => h.Weight).Take(3).ToList();
            if (serving.Count > 0)
                found.Add(new Said(serving.Any(h => h.FromOutsideOnly) || OutsideAgrees(profile, words, serving) ? ServeBacked : Serve,
                    ("skills", join(serving.Select(h => h.Skill.Name).ToList())), ("roles", roles)));

            // A value against the vision first; else a skill the vision leans on that the person rates low (a founder's
            // comfort with risk at 1/5), said as a tension, not again as a gap.
            var tension = TensionFor(profile, words, role);
            var skillTension = tension is null ? SkillTensionFor(held, words, role) : null;
            var gaps = GapsFor(role, held, careers).Where(g => g.Skill.Key != skillTension?.Key).Take(2).ToList();
            if (gaps.Count > 0)
                found.Add(new Said(Gaps, ("aRole", CareerVocabulary.WithArticle(role.Name)), ("gaps", join(gaps.Select(g => say(g.Text)).ToList()))));

            if (tension is not null)
                found.Add(new Said(TensionText(tension), ("roles", roles), ("aRole", CareerVocabulary.WithArticle(role.Name))));
            else if (skillTension is not null)
                found.Add(new Said(SkillTensionText(skillTension.Key), ("roles", roles), ("aRole", CareerVocabulary.WithArticle(role.Name)),
                    ("skill", skillTension.Name), ("rating", held.Rating(skillTension.Key))));

            firstGoal = skillTension is not null && words.HasFirstGoalFor(skillTension.Key) ? new Said(FirstGoalFor(skillTension.Key))
                : gaps.Count > 0 && words.HasFirstGoalFor(gaps[0].Skill.Key) ? new Said(FirstGoalFor(gaps[0].Skill.Key))
                : gaps.Count > 0 ? new Said(FirstGoalGap, ("skill", gaps[0].Skill.Name))
                : new Said(FirstGoalRole, ("roles", roles));
        }
        else
        {
            var strengths = held.All.Where(h => held.IsStrength(h.Skill.Key)).OrderByDescending(h => h.Weight).Take(3).ToList();
            if (strengths.Count > 0) found.Add(new Said(ServeNoRole, ("skills", join(strengths.Select(h => h.Skill.Name).ToList()))));
            var directions = RoleDirections.For(profile, held, words, hint: null);
            if (directions.Count > 0)
            {
                found.Add(new Said(Directions, ("directions", join(directions.Select(d => d.Role.Name).ToList()))));
                firstGoal = new Said(FirstGoalExplore, ("aDirection", CareerVocabulary.WithArticle(directions[0].Role.Name)));
            }
            else
            {
                firstGoal = profile.Vision5Years is not null || profile.Vision10Years is not null ? new Said(FirstGoalVision) : null;
            }
        }

        // Serving strengths and gaps, and a tension only when there is one: at most three, then the first goal.
        var insights = found.Take(3).ToList();
        if (firstGoal is not null) insights.Add(firstGoal);
        // Only a first goal, with nothing learned to ground it, is not an insight worth a section.
        return insights.Count >= 2 ? insights : [];
    }

    /// <summary>The role's skills rated low first, then those named as growth areas, then those not on the list at all.</summary>
    private static IEnumerable<(CareerSkill Skill, Said Text)> GapsFor(CareerRole role, HeldSkills held, CareerVocabulary careers)
    {
        var needs = role.SkillKeys.Select(careers.Skill).OfType<CareerSkill>().ToList();
        var rated = needs.Where(s => held.Rating(s.Key) is <= 2).OrderBy(s => held.Rating(s.Key))
            .Select(s => (s, Placeholder(GapRated, s, held.Rating(s.Key))));
        var growth = needs.Where(s => held.Rating(s.Key) is null && held.IsGrowthArea(s.Key)).Select(s => (s, Placeholder(GapGrowth, s, null)));
        var missing = needs.Where(s => held.Rating(s.Key) is null && !held.IsGrowthArea(s.Key) && held.Get(s.Key) is null)
            .Select(s => (s, Placeholder(GapMissing, s, null)));
        return rated.Concat(growth).Concat(missing);
    }

    private static Said Placeholder(string key, CareerSkill skill, int? rating) => new(key, ("skill", skill.Name), ("rating", rating));

    private static bool OutsideAgrees(Profile profile, AssessmentWords words, IReadOnlyList<HeldSkill> serving)
    {
        if (profile.Outside.IsEmpty) return false;
        var fromOutside = new HeldSkills(new Profile { Outside = profile.Outside }, words);
        return serving.Any(h => fromOutside.Get(h.Skill.Key) is { Weight: >= 1 });
    }

    /// <summary>A skill the role leans on that the person rated 2 or lower, or named as a growth area, and that pulls against it.</summary>
    private static CareerSkill? SkillTensionFor(HeldSkills held, AssessmentWords words, CareerRole role) =>
        words.SkillTensions.Where(t => t.Value.Contains(role.Key) && (held.Rating(t.Key) is <= 2 || held.Rating(t.Key) is null && held.IsGrowthArea(t.Key)))
            .Select(t => words.Careers.Skill(t.Key)).OfType<CareerSkill>().FirstOrDefault();

    /// <summary>The first of the user's values (in their order) that pulls against the target role.</summary>
    private static string? TensionFor(Profile profile, AssessmentWords words, CareerRole role) =>
        profile.Values.Select(v => v.Key).OfType<string>()
            .FirstOrDefault(key => words.Tensions.TryGetValue(key, out var roles) && roles.Contains(role.Key));
}
