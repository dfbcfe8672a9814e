using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Plans;

/// <summary>A dated step before its title is put into words: the text key, its placeholders and the due date.</summary>
/// <param name="Fixed">True when the date is the user's own (a milestone they dated): it is kept as given.</param>
public sealed record PlannedStep(string TextKey, IReadOnlyDictionary<string, string> Args, DateOnly Due, bool Fixed = false);

/// <summary>
/// Builds a goal's plan: the template that fits the goal (PlanTemplates), the user's own milestones, learning steps
/// for skill gaps that relate to the goal or its role, a support step, the short-term goals of a long-term goal, and
/// the goal itself last; all dated back from the deadline on working days.
/// <para>Two layers: <see cref="Draft"/> is pure data (keys, placeholders, dates) and is what the tests read;
/// <see cref="Build"/> puts the titles into words through the <see cref="TextCatalog"/> (a step whose placeholder the
/// goal can't fill uses its plans.general.* wording) and drops a step that says what another already says.</para>
/// Date rules (<see cref="PlanSpacing"/>): never before today, never after the deadline, in order, on working days,
/// and at least <see cref="MinDaysApart"/> days apart when the span allows.
/// </summary>
public sealed class PlanBuilder(TextCatalog texts)
{
    public const int MinDaysApart = 3;

    /// <summary>Below this many days only the essential steps of a template fit.</summary>
    public const int ShortSpanDays = 28;

    /// <summary>At most this many skill gaps become learning steps, so the plan stays about the goal.</summary>
    public const int MaxGapSteps = 2;

    public List<PlanStep> Build(Goal goal, Profile profile, DateOnly today, string? locale = null) =>
        Build(goal, profile, today, locale, null);

    /// <summary>The plan in words, with the user's milestones from anywhere in the conversation (<paramref name="milestones"/>) as steps.</summary>
    public List<PlanStep> Build(Goal goal, Profile profile, DateOnly today, string? locale, IReadOnlyList<GoalMilestone>? milestones)
    {
        var vocabulary = GoalVocabulary.From(texts, locale);
        var steps = new List<PlanStep>();
        var seen = new List<HashSet<string>>();
        foreach (var step in Draft(goal, profile, today, milestones, vocabulary))
        {
            // The user's words in a step are spelled as a statement spells them; the template's own words are left alone.
            var spelled = step with { Args = step.Args.ToDictionary(a => a.Key, a => vocabulary.Spelled(a.Value), StringComparer.Ordinal) };
            if (Title(spelled, locale) is not { } title) continue;
            // No step twice: the same words, or a template step about what a step of the user's own already covers.
            var words = ContentWords(title, vocabulary);
            // Two of the user's own steps differ by their verbs too: "pick a course", then "do the course".
            var same = IsOwn(step)
                ? steps.Where(p => OwnTitles.Contains(p.Id)).Any(p => string.Equals(p.Title, title, StringComparison.OrdinalIgnoreCase))
                    || steps.Zip(seen).Any(p => !OwnTitles.Contains(p.First.Id) && p.Second.SetEquals(words))
                : seen.Any(s => s.SetEquals(words));
            if (same || step.TextKey.StartsWith("plans.", StringComparison.Ordinal) && !IsOwn(step)
                && steps.Zip(seen).Any(p => p.First.Title.Length > 0 && OwnTitles.Contains(p.First.Id) && Covers(p.Second, words)))
                continue;
            var id = $"s{steps.Count + 1}";
            if (IsOwn(step)) OwnTitles.Add(id);
            steps.Add(new PlanStep { Id = id, Title = title, Due = step.Due, OwnDate = step.Fixed && IsOwn(step) && step.TextKey != PlanTemplates.GoalStep,
                LongTermOnly = GoalBreakdown.IsShortTermGoalStep(step.TextKey) });
            seen.Add(words);
        }
        OwnTitles.Clear();
        return steps;
    }

    /// <summary>
    /// An own step covers a template step when they share half of the template step's content words ("Take the exam"
    /// covers "Book and sit the exam"); one shared word of the role ("operations") is not enough for "Make your case for
    /// the promotion to operations director" to be covered by "Present the operations strategy".
    /// </summary>
    private static bool Covers(HashSet<string> own, HashSet<string> template) =>
        own.Intersect(template).Count() is var shared && shared > 0 && (shared >= 2 || shared * 2 >= template.Count);

    // The ids of the steps that are the user's own words, while one plan is built (Build is not re-entrant per instance).
    private readonly HashSet<string> OwnTitles = new(StringComparer.Ordinal);

    private static bool IsOwn(PlannedStep step) => step.TextKey is PlanTemplates.MilestoneStep or PlanTemplates.GoalStep or PlanTemplates.FinishLineStep or "plans.shortTerm.milestone";

    /// <summary>The title in words; the plans.general wording when a placeholder is unknown; null when neither fits.</summary>
    private string? Title(PlannedStep step, string? locale)
    {
        var text = texts.Get(step.TextKey, locale, step.Args);
        if (!text.Contains('{')) return text;
        var general = PlanTemplates.GeneralKey(step.TextKey);
        if (texts.Contains(general) && texts.Get(general, locale, step.Args) is var g && !g.Contains('{')) return g;
        return null;
    }

    /// <summary>Nouns and other content words of a title, to tell when two steps say the same (verbs and small words left out).</summary>
    private static HashSet<string> ContentWords(string title, GoalVocabulary vocabulary) =>
        GoalWords.Split(title).Where(w => w.Text.Length > 2 && !w.IsNumber && !vocabulary.Smart.StopWords.Contains(w.Text)
                && !vocabulary.Verbs.Contains(w.Text) && !CommonStepWords.Contains(w.Text))
            .Select(w => GoalWords.Stem(w.Text)).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string> CommonStepWords = new(StringComparer.Ordinal)
    {
        "your", "you", "each", "week", "weekly", "first", "short", "small", "real", "new", "one", "two", "three", "five",
        "people", "work", "goal", "plan", "time", "calendar", "role", "roles",
    };

    /// <summary>The plan as keys and dates. Placeholders the goal can't fill are absent from the args.</summary>
    public static IReadOnlyList<PlannedStep> Draft(Goal goal, Profile profile, DateOnly today) => Draft(goal, profile, today, null, null);

    public static IReadOnlyList<PlannedStep> Draft(Goal goal, Profile profile, DateOnly today, IReadOnlyList<GoalMilestone>? milestones,
        GoalVocabulary? vocabulary)
    {
        ArgumentNullException.ThrowIfNull(goal);
        profile ??= new Profile();
        var words = vocabulary ?? GoalVocabulary.Default;
        var read = GoalFacts.Of(goal, today, words);
        var type = goal.Type != GoalType.Generic ? goal.Type : read.Type;
        // "change careers by june" with "data analyst" as the 5-year vision: the steps name that role, not "the role you want".
        if (read.Target.Role is null && type is GoalType.RoleChange or GoalType.JobSearch && RoleOfVision(profile, words) is { } wanted)
            read = read with { Target = read.Target with { Role = wanted.Text, KnownRole = wanted.Role } };
        var end = goal.Deadline ?? today.AddDays(DefaultSpanDays(type));
        if (end < today) end = today; // a deadline already passed: everything is due now, nothing before today
        var span = end.DayNumber - today.DayNumber;
        var shortSpan = span < ShortSpanDays;

        var args = PlaceholderArgs(read.Target, read.Outcome);
        // "Close your gap in SQL": the skill rated lowest of those the goal relates to, named instead of "your biggest gap".
        var biggestGap = LowestRatedRelatedSkill(goal, profile, type, read, words);
        if (biggestGap is not null) args["gap"] = biggestGap;
        var own = (milestones ?? []).Concat(read.Milestones)
            .Where(m => m.Text.Length > 0)
            .DistinctBy(m => m.Text.ToLowerInvariant())
            .ToList();

        // "lead the consolidation and present the strategy by 30 Sept": each part of the goal is a step, spread before
        // the deadline (the last one a little before it), so the plan carries what the statement joins.
        var parts = read.Parts.Where(p => own.All(m => !string.Equals(m.Text, p, StringComparison.OrdinalIgnoreCase))).ToList();

        var steps = new List<(string Key, IReadOnlyDictionary<string, string> Args, double Share, DateOnly? Fixed)>();
        var template = PlanTemplates.For(type, read.Text, read.Target.KnownRole, words);
        foreach (var t in template)
        {
            if (shortSpan && !t.Essential) continue;
            if (own.Count + parts.Count > 0 && PlanTemplates.MilestonePlaceholders.Contains(t.TextKey)) continue;
            steps.Add((t.TextKey, args, t.ShareOfSpan, null));
        }

        // The user's own milestones, on their own dates when those fall inside the plan; undated ones spread before the goal.
        for (var i = 0; i < own.Count; i++)
        {
            var m = own[i];
            DateOnly? fixedDue = m.Due is { } due && due >= today && due <= end ? due : null;
            var share = fixedDue is { } f ? (double)(f.DayNumber - today.DayNumber) / Math.Max(1, span) : 0.2 + 0.6 * (i + 1) / (own.Count + 1);
            steps.Add((PlanTemplates.MilestoneStep, new Dictionary<string, string> { ["milestone"] = GoalBreakdown.Step(m.Text) }, share, fixedDue));
        }

        // With a finish line the last part comes a little before the deadline (the finish line is checked on it); without
        // one the last part is the goal's own last step.
        var partsEnd = read.Measure is { Length: > 0 } ? 0.9 : 1.0;
        for (var i = 0; i < parts.Count; i++)
            steps.Add((PlanTemplates.MilestoneStep, new Dictionary<string, string> { ["milestone"] = GoalBreakdown.Step(parts[i]) }, partsEnd * (i + 1) / parts.Count, null));

        if (!shortSpan)
        {
            // A gap named by the template's own step is not said twice.
            var namedGap = template.Any(t => NamesTheGap(t.TextKey)) || GoalBreakdown.IsLongTerm(today, end) ? biggestGap : null;
            var gaps = SkillGaps(goal, profile, type, read, words).Where(g => !string.Equals(g, namedGap, StringComparison.OrdinalIgnoreCase))
                .Take(span < 90 ? 1 : MaxGapSteps).ToList();
            for (var i = 0; i < gaps.Count; i++)
                steps.Add((PlanTemplates.SkillGap, new Dictionary<string, string> { ["skill"] = gaps[i] }, 0.25 + 0.12 * i, null));
            var support = type == GoalType.Networking ? PlanTemplates.SupportFeedback : PlanTemplates.SupportMentor;
            steps.Add((support, args, 0.15, null));
        }

        // A long-term goal gets its short-term goals (a year or two each; the user's milestones are already steps).
        if (GoalBreakdown.IsLongTerm(today, end))
            foreach (var st in GoalBreakdown.ShortTermGoals(today, end, read.Outcome, own.Count > 0 ? own : null).Where(s => s.TextKey is not ("plans.shortTerm.goal" or "plans.shortTerm.milestone")))
                // The goal's placeholders too ({gap}, {role}): the first short-term goal was dropped for a placeholder nothing filled.
                steps.Add((st.TextKey, args.Concat(st.Args).GroupBy(a => a.Key).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal),
                    (double)(st.Due.DayNumber - today.DayNumber) / span, null));

        // The goal itself closes the plan, unless the template already ends on it ("Book and sit the exam").
        // When its parts are already steps, the last step checks the finish line instead of saying the whole goal again.
        if (parts.Count > 0 && read.Measure is { Length: > 0 } measure)
            steps.Add((PlanTemplates.FinishLineStep, new Dictionary<string, string> { ["measure"] = VerbPhrase.ToSecondPerson(measure) }, 1.0, null));
        else if (parts.Count == 0 && !template.Any(t => t.ShareOfSpan >= 1.0) && read.Outcome.Length > 0)
            steps.Add((PlanTemplates.GoalStep, new Dictionary<string, string> { ["outcome"] = GoalBreakdown.Step(read.Outcome) }, 1.0, null));

        var ordered = steps.Select((s, i) => (Step: s, Order: i))
            .OrderBy(s => s.Step.Fixed is { } f ? (double)(f.DayNumber - today.DayNumber) / Math.Max(1, span) : s.Step.Share)
            .ThenBy(s => s.Order)
            .Select(s => s.Step)
            .DistinctBy(s => s.Key + "|" + string.Join(",", s.Args.OrderBy(a => a.Key).Select(a => a.Value)))
            .ToList();
        var dues = PlanSpacing.Dates(ordered.Select(s => s.Share).ToList(), today, end, ordered.Select(s => s.Fixed).ToList());
        return ordered.Select((s, i) => new PlannedStep(s.Key, s.Args, dues[i], s.Fixed is not null)).ToList();
    }

    /// <summary>The template steps whose words name the biggest gap ({gap}).</summary>
    private static bool NamesTheGap(string textKey) => textKey == "plans.roleChange.gap";

    /// <summary>The role of the person's 5-year vision ("a data analyst at a hospital"), when it names exactly one.</summary>
    private static RoleMention? RoleOfVision(Profile profile, GoalVocabulary vocabulary) =>
        vocabulary.Careers.FindRoles(profile.Vision5Years) is [var only] ? only : null;

    /// <summary>
    /// The rated skill with the lowest rating (3 or lower) among those the goal relates to (<see cref="RelatedSkills"/>),
    /// as the coach writes it ("SQL"); null when no rated skill relates.
    /// </summary>
    internal static string? LowestRatedRelatedSkill(Goal goal, Profile profile, GoalType type, GoalFacts read, GoalVocabulary vocabulary)
    {
        var related = RelatedSkills(type, read, vocabulary, out var ownSkill);
        foreach (var rated in profile.Skills.Where(s => s.Rating <= 3).OrderBy(s => s.Rating))
        {
            if (SkillPhrase(rated.Name, vocabulary) is not { } phrase) continue;
            var skill = vocabulary.Careers.SkillNamedBy(phrase) ?? vocabulary.Careers.FindSkills(phrase).FirstOrDefault();
            if (skill is not null && related.Contains(skill.Key) && !ownSkill.Contains(skill.Key)) return phrase;
        }
        return null;
    }

    /// <summary>Skills the goal relates to: those its role needs, those any goal of its template needs, those it names (the goal's own skill apart).</summary>
    private static HashSet<string> RelatedSkills(GoalType type, GoalFacts read, GoalVocabulary vocabulary, out HashSet<string> ownSkill)
    {
        var careers = vocabulary.Careers;
        var related = new HashSet<string>(StringComparer.Ordinal);
        if (read.Target.KnownRole is { } role) related.UnionWith(role.SkillKeys);
        related.UnionWith(careers.SkillsForTemplate(GoalClassifier.KeyOf(type)));
        var named = careers.FindSkills(read.Text).Select(s => s.Key).ToHashSet(StringComparer.Ordinal);
        related.UnionWith(named);
        ownSkill = type is GoalType.LearnSkill or GoalType.Course ? named : [];
        return related;
    }

    /// <summary>The placeholders the goal can fill: {target}, {role}/{aRole}/{roles}, {field}, {outcome}.</summary>
    private static Dictionary<string, string> PlaceholderArgs(GoalTarget target, string outcome)
    {
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        if (target.Subject is { Length: > 0 } subject) args["target"] = VerbPhrase.ToSecondPerson(subject);
        if (target.Role is { Length: > 0 } role)
        {
            args["role"] = role;
            args["aRole"] = CareerVocabulary.WithArticle(role);
            args["roles"] = CareerVocabulary.Plural(role, target.KnownRole);
        }
        if (target.Field is { Length: > 0 } field) args["field"] = field;
        if (outcome.Length > 0) args["outcome"] = GoalBreakdown.Step(outcome);
        return args;
    }

    /// <summary>
    /// Skills rated 2 or lower, then growth areas, as cleaned phrases, each once, and only those that relate to the goal:
    /// a skill the target role needs, a skill any goal of this template needs, or one the goal names. The goal's own
    /// skill ("learn Python") is left out: the whole plan is about it.
    /// </summary>
    internal static IEnumerable<string> SkillGaps(Goal goal, Profile profile, GoalType type, GoalFacts read, GoalVocabulary vocabulary)
    {
        var careers = vocabulary.Careers;
        var related = RelatedSkills(type, read, vocabulary, out var ownSkill);

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var candidates = profile.Skills.Where(s => s.Rating <= 2).OrderBy(s => s.Rating).Select(s => s.Name).Concat(profile.GrowthAreas);
        foreach (var raw in candidates)
        {
            if (SkillPhrase(raw, vocabulary) is not { } phrase || !seen.Add(phrase)) continue;
            var skill = careers.SkillNamedBy(phrase) ?? careers.FindSkills(phrase).FirstOrDefault();
            if (skill is null || ownSkill.Contains(skill.Key) || !related.Contains(skill.Key)) continue;
            if (!seen.Add("key:" + skill.Key)) continue;
            yield return phrase;
        }
    }

    /// <summary>
    /// A growth area or skill as a phrase that reads after "Practise": hedges and frames cut ("I'm bad at public speaking
    /// lol" -> "public speaking"), a leading verb as its -ing form ("speak up in meetings" -> "speaking up in meetings"),
    /// a typo as the skill's name ("pyhton" -> "Python"). Null when nothing usable is left.
    /// </summary>
    public static string? SkillPhrase(string? raw, GoalVocabulary vocabulary)
    {
        var text = GoalText.Read(raw, vocabulary);
        if (!text.IsGoal) return null;
        var phrase = text.Cleaned.Split('.', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        for (var cut = true; cut;)
        {
            cut = false;
            var words = GoalWords.Split(phrase);
            var n = GoalVocabulary.MatchAt(words, 0, vocabulary.GrowthFrames);
            if (n > 0 && n < words.Count)
            {
                phrase = phrase[words[n].Start..];
                cut = true;
            }
        }
        phrase = GoalText.TidyPunctuation(phrase).TrimEnd('.', '!', '?');
        var split = GoalWords.Split(phrase);
        if (split.Count is 0 or > 6 || phrase.Length > 60) return null;
        if (vocabulary.Careers.SkillNamedBy(phrase) is { } skill)
            return skill.Name;
        var head = split[0].Text;
        if (head == "be") return "being" + phrase[split[0].End..];
        if (vocabulary.Verbs.Contains(head)) return VerbPhrase.ToSecondPerson(Ing(head) + phrase[split[0].End..]);
        // "Excel skills": a skill's name keeps its capitals.
        var named = vocabulary.Careers.FindSkillMentions(phrase).FirstOrDefault(m => m.Start == 0);
        if (named.Skill is { } first && first.Name.Any(char.IsUpper)) return VerbPhrase.ToSecondPerson(first.Name + phrase[named.End..]);
        return VerbPhrase.ToSecondPerson(VerbPhrase.LowerFirst(phrase));
    }

    private static readonly HashSet<string> Doubling = new(StringComparer.Ordinal) { "get", "set", "sit", "put", "cut", "run", "win", "plan", "stop", "shop", "swim", "begin", "chat" };

    /// <summary>"speak" -> "speaking", "delegate" -> "delegating", "plan" -> "planning", "say" -> "saying".</summary>
    internal static string Ing(string verb)
    {
        if (Doubling.Contains(verb)) return verb + verb[^1] + "ing";
        if (verb.EndsWith("ie", StringComparison.Ordinal)) return verb[..^2] + "ying";
        if (verb.EndsWith('e') && !verb.EndsWith("ee", StringComparison.Ordinal) && verb.Length > 2) return verb[..^1] + "ing";
        return verb + "ing";
    }

    /// <summary>When a goal has no deadline yet: nine weeks for a certification (the articles' plan), three months for a
    /// skill or network goal, six months for the rest.</summary>
    internal static int DefaultSpanDays(GoalType type) => type switch
    {
        GoalType.Certification => 63,
        GoalType.LearnSkill or GoalType.Networking => 90,
        _ => 182,
    };
}

/// <summary>What the plan needs to know of a goal, read from its accepted statement and the user's first words.</summary>
internal sealed record GoalFacts(string Text, GoalType Type, string Outcome, GoalTarget Target, IReadOnlyList<GoalMilestone> Milestones)
{
    /// <summary>The outcome's own verb phrases when it joins two or more ("lead the consolidation", "present the strategy"), as steps.</summary>
    public IReadOnlyList<string> Parts { get; init; } = [];

    /// <summary>The finish line ("all 3 sites run on one system"), or null.</summary>
    public string? Measure { get; init; }

    public static GoalFacts Of(Goal goal, DateOnly today, GoalVocabulary vocabulary)
    {
        var now = new DateTimeOffset(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        SmartAnalysis Read(string text) => SmartAnalyzer.Analyze(new SmartInput(text, new Profile(), now, TimeZoneInfo.Utc, Vocabulary: vocabulary));
        var statementText = string.IsNullOrWhiteSpace(goal.Statement) ? goal.Text : goal.Statement;
        var statement = Read(statementText);
        var first = statementText == goal.Text ? statement : Read(goal.Text);
        var outcome = SmartStatement.Compose(new SmartInput(statementText, new Profile(), now, TimeZoneInfo.Utc, Vocabulary: vocabulary), statement)?.Outcome ?? "";
        var target = statement.Target.Role is null && statement.Target.Subject is null && statement.Target.Field is null ? first.Target : statement.Target;
        var type = statement.IsGoal ? statement.Type : first.Type;
        if (type == GoalType.Generic) type = first.Type;
        var milestones = first.Milestones.Concat(statement.Milestones).Select(m => new GoalMilestone(SmartStatement.AsVerbPhrase(m.Text, vocabulary, []), m.Due)).ToList();
        var parts = (statement.Parts.Count > 0 ? statement.Parts : first.Parts).Select(p => SmartStatement.AsVerbPhrase(p, vocabulary, [])).ToList();
        return new GoalFacts(statement.IsGoal ? statement.Cleaned : first.Cleaned, type, outcome, target, milestones)
        {
            Parts = parts,
            Measure = statement.MeasureText ?? first.MeasureText,
        };
    }
}
