using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Smart;

/// <summary>A short-term goal on the way to a long-term one: a text key of plans.yaml (plans.shortTerm.*), its placeholders, its date.</summary>
public sealed record ShortTermGoal(string TextKey, IReadOnlyDictionary<string, string> Args, DateOnly Due);

/// <summary>
/// Breaking a goal down, as the method says: a goal more than two years away becomes short-term goals of a year or two
/// each (the user's own milestones first), and a smaller first goal offered after a low confidence becomes the
/// first milestone of the bigger goal, which stays.
/// </summary>
public static class GoalBreakdown
{
    /// <summary>Short-term goals run up to this long; a goal further away is long-term.</summary>
    public const int ShortTermYears = 2;

    public static bool IsLongTerm(DateOnly today, DateOnly deadline) => deadline > today.AddYears(ShortTermYears);

    private static readonly string[] Defaults = ["plans.shortTerm.skills", "plans.shortTerm.network", "plans.shortTerm.lead", "plans.shortTerm.halfway"];

    /// <summary>A step only a long-term goal has: one of the method's short-term goals (not the user's milestone, not the goal itself).</summary>
    public static bool IsShortTermGoalStep(string textKey) => Defaults.Contains(textKey, StringComparer.Ordinal);

    /// <summary>
    /// For a goal more than two years away: the first short-term goal within a year, then one at most every two years,
    /// and the goal itself on the deadline (<c>plans.shortTerm.goal</c>, {outcome}). The user's milestones (dated ones
    /// before the deadline, in their order) come first; the method's defaults fill the rest (close a skill gap, meet
    /// people who do it, lead a project, take on part of the work). Empty for a short-term goal.
    /// </summary>
    public static IReadOnlyList<ShortTermGoal> ShortTermGoals(DateOnly today, DateOnly deadline, string outcome, IReadOnlyList<GoalMilestone>? milestones = null)
    {
        if (!IsLongTerm(today, deadline)) return [];
        var span = deadline.DayNumber - today.DayNumber;
        var count = 1 + (int)Math.Ceiling((span - 365) / 730.0); // intermediate goals: one within the first year, then every two years at most
        var own = (milestones ?? []).Where(m => m.Due is null || m.Due > today && m.Due < deadline).ToList();
        var goals = new List<(string Key, Dictionary<string, string> Args, DateOnly? Fixed)>();
        foreach (var m in own) goals.Add(("plans.shortTerm.milestone", new() { ["milestone"] = Step(m.Text) }, m.Due));
        for (var i = 0; goals.Count < count && i < Defaults.Length; i++) goals.Add((Defaults[i], [], null));
        var shares = goals.Select((_, i) => i == 0 ? Math.Min(335.0 / span, 0.5) : (i + 1.0) / (goals.Count + 1)).Append(1.0).ToList();
        var fixedDates = goals.Select(g => g.Fixed).Append(deadline).ToList();
        var dates = PlanSpacing.Dates(shares, today, deadline, fixedDates);
        return goals.Select((g, i) => new ShortTermGoal(g.Key, g.Args, dates[i]))
            .Append(new ShortTermGoal("plans.shortTerm.goal", new Dictionary<string, string> { ["outcome"] = Step(outcome) }, dates[^1]))
            .ToList();
    }

    /// <summary>
    /// A smaller first goal (offered after a low confidence) as the first milestone of the bigger goal: its outcome as a
    /// verb phrase, due on its own date when that falls before the big deadline, else after a third of the span (at most
    /// three months). Null when the answer is no goal (a question, "idk").
    /// </summary>
    public static GoalMilestone? SmallerFirstGoal(string smallerGoal, SmartInput bigGoal, DateOnly? bigDeadline)
    {
        ArgumentNullException.ThrowIfNull(bigGoal);
        var input = bigGoal with { GoalText = smallerGoal, Deadline = null, Measure = null, Relevance = null, Confidence = null, HoursPerWeek = null };
        var analysis = SmartAnalyzer.Analyze(input);
        if (SmartStatement.Compose(input, analysis) is not { } statement) return null;
        // "maybe 6 hrs a week during exams less" says the effort, not a smaller goal: no milestone is made of its rest.
        var vocabulary = input.Vocabulary ?? GoalVocabulary.Default;
        var words = GoalWords.Split(analysis.Cleaned);
        var first = 0;
        while (first < words.Count && GoalVocabulary.MatchAt(words, first, vocabulary.Wishes) is var wish and > 0) first += wish;
        var effort = EffortReader.Read(smallerGoal, bigGoal.Locale);
        if ((!analysis.Specific.Met || effort.HoursPerWeek is not null || effort.Confidence is not null) && !VerbPhrase.StartsVerb(words, first, vocabulary)) return null;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(bigGoal.Now, bigGoal.Zone).DateTime);
        var end = bigDeadline ?? today.AddMonths(6);
        DateOnly due;
        if (statement.Deadline is { } own && own > today && own < end) due = own;
        else due = today.AddDays(Math.Max(1, Math.Min(91, (end.DayNumber - today.DayNumber) / 3)));
        return new GoalMilestone(statement.Outcome, PlanSpacing.OnWorkingDay(due, today, end));
    }

    /// <summary>A verb phrase as a step: capital first, the user's "my" as "your".</summary>
    internal static string Step(string verbPhrase) => VerbPhrase.Capitalize(VerbPhrase.ToSecondPerson(verbPhrase));
}
