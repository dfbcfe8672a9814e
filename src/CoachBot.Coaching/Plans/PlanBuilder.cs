using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Plans;

/// <summary>A dated step before its title is put into words: the text key, its placeholders and the due date.</summary>
public sealed record PlannedStep(string TextKey, IReadOnlyDictionary<string, string> Args, DateOnly Due);

/// <summary>
/// Builds a goal's plan from the rule-based templates: the type's steps, a learning step per known skill gap, a
/// support step, and for a long-term goal a first milestone within a year; all dated back from the deadline.
/// <para>Two layers: <see cref="Draft"/> is pure data (keys, placeholders, dates) and is what the tests read;
/// <see cref="Build"/> puts the titles into words through the <see cref="TextCatalog"/>, so a stored
/// <see cref="PlanStep"/> carries the title the user saw (and can edit) rather than a key.</para>
/// Date rules: never before today, never after the deadline, non-decreasing, and at least
/// <see cref="MinDaysApart"/> days apart when the span allows.
/// </summary>
public sealed class PlanBuilder(TextCatalog texts)
{
    public const int MinDaysApart = 3;

    /// <summary>Below this many days only the essential steps of a template fit.</summary>
    public const int ShortSpanDays = 28;

    /// <summary>At most this many skill gaps become learning steps, so the plan stays about the goal.</summary>
    public const int MaxGapSteps = 2;

    public List<PlanStep> Build(Goal goal, Profile profile, DateOnly today, string? locale = null)
    {
        var type = TypeOf(goal);
        return Draft(goal, profile, today)
            .Select((step, i) =>
            {
                var args = new Dictionary<string, string>(step.Args, StringComparer.Ordinal);
                if (!args.ContainsKey("target")) args["target"] = texts.Get(PlanTemplates.TargetFallbackKey(type), locale);
                return new PlanStep { Id = $"s{i + 1}", Title = texts.Get(step.TextKey, locale, args), Due = step.Due };
            })
            .ToList();
    }

    /// <summary>The plan as keys and dates. "target" is absent from the args when the goal's text names none.</summary>
    public static IReadOnlyList<PlannedStep> Draft(Goal goal, Profile profile, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(goal);
        profile ??= new Profile();
        var type = TypeOf(goal);
        var end = goal.Deadline ?? today.AddDays(DefaultSpanDays(type));
        if (end < today) end = today; // a deadline already passed: everything is due now, nothing before today
        var span = end.DayNumber - today.DayNumber;

        var target = GoalClassifier.TargetOf(goal.Text, type) ?? GoalClassifier.TargetOf(goal.Statement, type);
        var common = target is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["target"] = target };

        var steps = new List<(StepTemplate Template, Dictionary<string, string> Args)>();
        var template = PlanTemplates.For(type);
        var shortSpan = span < ShortSpanDays;
        foreach (var t in template.Where(t => !shortSpan || t.Essential)) steps.Add((t, common));

        if (!shortSpan)
        {
            var gaps = SkillGaps(goal, profile).Take(span < 90 ? 1 : MaxGapSteps).ToList();
            for (var i = 0; i < gaps.Count; i++)
                steps.Add((new StepTemplate(PlanTemplates.SkillGap, 0.25 + 0.12 * i), new() { ["skill"] = gaps[i] }));
            var support = type == GoalType.Network ? PlanTemplates.SupportFeedback : PlanTemplates.SupportMentor;
            steps.Add((new StepTemplate(support, 0.15), common));
        }

        // Long-term goals get a short-term first milestone inside the first year.
        var longTerm = end > today.AddYears(2);
        if (longTerm)
        {
            var days = Math.Min(330, span / 5);
            steps.Add((new StepTemplate(PlanTemplates.Milestone, (double)days / span), common));
        }

        var ordered = steps.Select((s, i) => (s.Template, s.Args, Order: i))
            .OrderBy(s => s.Template.ShareOfSpan).ThenBy(s => s.Order).ToList();
        var dues = Dates(ordered.Select(s => s.Template.ShareOfSpan).ToList(), today, end);
        return ordered.Select((s, i) => new PlannedStep(s.Template.TextKey, s.Args, dues[i])).ToList();
    }

    /// <summary>
    /// Spreads the steps by their share of the span, then pushes them apart (forward) and pulls them back under the
    /// deadline (backward). With gap * (n - 1) &lt;= span both passes keep every date inside [today, end].
    /// </summary>
    internal static List<DateOnly> Dates(IReadOnlyList<double> shares, DateOnly today, DateOnly end)
    {
        var n = shares.Count;
        var span = end.DayNumber - today.DayNumber;
        var gap = n > 1 ? Math.Min(MinDaysApart, span / (n - 1)) : 0;
        var days = new int[n];
        for (var i = 0; i < n; i++)
        {
            var raw = (int)Math.Round(Math.Clamp(shares[i], 0, 1) * span);
            days[i] = i == 0 ? raw : Math.Max(raw, days[i - 1] + gap);
        }
        for (var i = n - 1; i >= 0; i--)
            days[i] = i == n - 1 ? Math.Min(days[i], span) : Math.Min(days[i], days[i + 1] - gap);
        for (var i = 0; i < n; i++)
            days[i] = Math.Max(i == 0 ? 0 : days[i - 1], Math.Max(0, days[i]));
        return days.Select(d => today.AddDays(d)).ToList();
    }

    /// <summary>
    /// Skills rated 2 or lower, then growth areas, without repeats, leaving out what the goal itself is about
    /// ("learn Python" needs no extra "build your Python" step).
    /// </summary>
    internal static IEnumerable<string> SkillGaps(Goal goal, Profile profile)
    {
        var goalWords = new HashSet<string>(
            (goal.Text + " " + goal.Statement).Split([' ', ',', '.', ';', '!', '?'], StringSplitOptions.RemoveEmptyEntries)
                .Select(w => w.ToLowerInvariant()),
            StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var candidates = profile.Skills.Where(s => s.Rating <= 2).OrderBy(s => s.Rating).Select(s => s.Name)
            .Concat(profile.GrowthAreas);
        foreach (var raw in candidates)
        {
            var name = raw?.Trim();
            if (string.IsNullOrEmpty(name) || name.Length > 60 || !seen.Add(name)) continue;
            var words = name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.All(goalWords.Contains)) continue;
            yield return name;
        }
    }

    private static GoalType TypeOf(Goal goal) =>
        goal.Type != GoalType.Generic ? goal.Type : GoalClassifier.Classify(string.IsNullOrWhiteSpace(goal.Statement) ? goal.Text : goal.Statement);

    /// <summary>When a goal has no deadline yet: nine weeks for a certification (the articles' plan), three months for a
    /// skill or network goal, six months for the rest.</summary>
    internal static int DefaultSpanDays(GoalType type) => type switch
    {
        GoalType.Certification => 63,
        GoalType.NewSkill or GoalType.Network => 90,
        _ => 182,
    };
}
