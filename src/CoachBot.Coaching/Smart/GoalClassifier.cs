using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Smart;

/// <summary>What a goal is about, for the plan's placeholders: each part as the user wrote it, or null.</summary>
/// <param name="Role">The role aimed at, with its level words ("junior dev", "senior manager").</param>
/// <param name="KnownRole">The vocabulary's entry for that role, when it is one (its skills, its plural).</param>
/// <param name="Field">The industry or field ("healthcare").</param>
/// <param name="Subject">The course, credential or skill ("the finance course", "PMP", "Python").</param>
public sealed record GoalTarget(string? Role, CareerRole? KnownRole, string? Field, string? Subject);

/// <summary>
/// Decides which plan template a goal fits, and reads what it is about. The words that point to each template are in
/// dialogs/en-US/plans.yaml (<c>plans.match.*</c>); the order they are tried in is here, because it is a decision:
/// a talk or an article before anything else (a conference talk is no career change), a credential before a
/// course, a course before a promotion (a finance course for managers is a course), working for yourself and moving
/// abroad before a field or a job (they shape the whole plan), getting hired before a promotion, hours and pay before
/// a promotion ("a raise" is no new title, "switch to part-time" no new role), an industry before a role. The main goal decides; the whole text only when the main goal fits none.
/// </summary>
public static class GoalClassifier
{
    private static readonly (GoalType Type, string Key)[] Order =
    [
        (GoalType.SpeakOrPublish, "speakOrPublish"),
        (GoalType.Certification, "certification"),
        (GoalType.Course, "course"),
        (GoalType.ReturnToWork, "returnToWork"),
        (GoalType.Freelance, "freelance"),
        (GoalType.MoveAbroad, "moveAbroad"),
        (GoalType.IndustryChange, "industryChange"),
        (GoalType.JobSearch, "jobSearch"),
        (GoalType.WorkPattern, "workPattern"),
        (GoalType.PayRaise, "payRaise"),
        (GoalType.Promotion, "promotion"),
        (GoalType.RoleChange, "roleChange"),
        (GoalType.Portfolio, "portfolio"),
        (GoalType.Networking, "networking"),
        (GoalType.LearnSkill, "learnSkill"),
    ];

    /// <summary>The template key of a goal type: "jobSearch", "learnSkill", "generic".</summary>
    public static string KeyOf(GoalType type) => char.ToLowerInvariant(type.ToString()[0]) + type.ToString()[1..];

    /// <summary>The goal type of a template key, or Generic.</summary>
    public static GoalType TypeOf(string? key) => GoalTypeJsonConverter.Parse(key);

    public static GoalType Classify(string? text) => Classify(text, GoalVocabulary.Default);

    public static GoalType Classify(string? text, GoalVocabulary vocabulary)
    {
        var words = GoalWords.Split(text);
        if (words.Count == 0) return GoalType.Generic;
        // "be a better leader": a role qualified as a direction is a skill to grow, not a role to reach.
        var allRoles = vocabulary.Careers.FindRoles(text);
        var roles = allRoles.Where(r => !QualifiedAsDirection(text!, r.Start, vocabulary)).ToList();
        var directionOnly = allRoles.Count > 0 && roles.Count == 0
            || roles.Count == 0 && Any(words, vocabulary.Smart.DirectionQualifiers);
        foreach (var (type, key) in Order)
        {
            var hit = vocabulary.TemplateTriggers.TryGetValue(key, out var triggers) && Any(words, triggers);
            switch (type)
            {
                case GoalType.IndustryChange:
                    // "go to one industry meetup a month" is networking in a field, not a move into one.
                    if (hit && vocabulary.TemplateTriggers.TryGetValue("networking", out var meet) && Any(words, meet)
                        && !Any(words, vocabulary.Smart.CareerChangeWords))
                        hit = false;
                    // "move into healthcare", "switch to fintech": a move whose object is a field, not a role.
                    if (!hit && vocabulary.TemplateTriggers.TryGetValue("roleChange", out var moves) && Any(words, moves)
                        && vocabulary.Careers.FindFieldMentions(text).Count > 0 && roles.Count == 0)
                        hit = true;
                    break;
                case GoalType.Promotion:
                    // "become a team lead", "make senior manager": a title that leads, or a level up, reached from where you are.
                    if (!hit && Any(words, vocabulary.Smart.BecomeWords)
                        && roles.Any(r => r.Role.Leads || StartsWithLevelUp(r.Text, vocabulary)))
                        hit = true;
                    break;
                case GoalType.RoleChange:
                    if (directionOnly) hit = false;
                    // "become fluent in Spanish": no role, no field: a skill.
                    if (hit && roles.Count == 0 && (vocabulary.Careers.FindFieldMentions(text).Count > 0 || vocabulary.Careers.FindSkills(text).Count > 0)
                        && !Any(words, vocabulary.Smart.MoveFromWords))
                        hit = false;
                    break;
                case GoalType.LearnSkill:
                    // A named skill with a learning frame: "get better at public speaking", "improve my Excel".
                    if (!hit && vocabulary.Careers.FindSkills(text).Count > 0 && roles.Count == 0
                        && Any(words, vocabulary.Smart.SkillGrowthWords))
                        hit = true;
                    if (!hit && directionOnly) hit = true;
                    break;
            }
            if (hit) return type;
        }
        return GoalType.Generic;
    }

    private static bool QualifiedAsDirection(string text, int start, GoalVocabulary vocabulary)
    {
        var before = GoalWords.Split(text[..start]).LastOrDefault();
        return before.Text is not null && vocabulary.Smart.VagueQualifiers.Contains(before.Text);
    }

    /// <summary>"senior analyst", "head of data": a title that starts with a level above the one held (smartwords.levelUpStarts).</summary>
    private static bool StartsWithLevelUp(string roleText, GoalVocabulary vocabulary)
    {
        foreach (var level in vocabulary.Smart.LevelUpStarts)
            if (roleText.StartsWith(level, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>A certification goal without an exam at the end: a certificate earned by finishing a programme.</summary>
    public static bool IsCertificateWithoutExam(string? text, GoalVocabulary? vocabulary = null)
    {
        var v = vocabulary ?? GoalVocabulary.Default;
        var words = GoalWords.Split(text);
        var certificate = v.TemplateTriggers.TryGetValue("certificationNoExam", out var t) && Any(words, t);
        return certificate && !Any(words, v.Smart.ExamWords);
    }

    /// <summary>"finish my degree", "complete my master's": studies already under way, for the course template's degree variant.</summary>
    public static bool IsFinishingStudies(string? text, GoalVocabulary? vocabulary = null)
    {
        var v = vocabulary ?? GoalVocabulary.Default;
        var words = GoalWords.Split(text);
        return Any(words, v.Smart.FinishStudyVerbs)
            && Any(words, v.Smart.StudiesUnderWay)
            && !Any(words, v.Smart.StudyStarts);
    }

    /// <summary>A speaking goal (a talk) rather than a writing one, for the speakOrPublish template (smartwords.talkWords, writingWords).</summary>
    public static bool IsTalk(string? text, GoalVocabulary? vocabulary = null)
    {
        var v = vocabulary ?? GoalVocabulary.Default;
        var words = GoalWords.Split(text);
        return Any(words, v.Smart.TalkWords) && !Any(words, v.Smart.WritingWords);
    }

    /// <summary>What the goal is about, for the plan's placeholders; null parts when the text doesn't say.</summary>
    public static GoalTarget TargetOf(string? text, GoalType type, GoalVocabulary? vocabulary = null)
    {
        var v = vocabulary ?? GoalVocabulary.Default;
        if (string.IsNullOrWhiteSpace(text)) return new GoalTarget(null, null, null, null);
        var words = GoalWords.Split(text);
        var role = RoleTarget(text, words, v);
        var field = v.Careers.FindFieldMentions(text) is { Count: > 0 } fields ? text[fields[^1].Start..fields[^1].End]
            : BeforeWord(text, words, v.Smart.FieldAnchors, 2, v);
        var subject = type switch
        {
            GoalType.Certification => CertificationTarget(text, words, v),
            GoalType.Course => CourseTarget(text, words, v),
            GoalType.LearnSkill => SkillTarget(text, words, v),
            _ => null,
        };
        return new GoalTarget(role?.Text, role?.Known, field, subject);
    }

    /// <summary>The role aimed at: the one after "to", "as", "become" or "into" ("from analyst to senior analyst" is senior analyst), else the last one named.</summary>
    private static (string Text, CareerRole? Known)? RoleTarget(string text, List<GoalWord> words, GoalVocabulary v)
    {
        var mentions = v.Careers.FindRoles(text);
        if (mentions.Count > 0)
        {
            var aimed = mentions.LastOrDefault(m => PrecededBy(text, words, m.Start, v.Smart.RoleAimLeads)) ?? mentions[^1];
            return (Tidy(aimed.Text), aimed.Role);
        }
        var after = After(text, words, v.Smart.RoleTriggers, v);
        // "get a UX job": no role noun, but the vocabulary knows the role a UX job is.
        if (after is null && v.Careers.FindJob(text) is { } job) return (job.Role.Name, job.Role);
        return after is null ? null : (after, null);
    }

    private static string Tidy(string roleText) => roleText.Trim();

    private static bool PrecededBy(string text, List<GoalWord> words, int start, string[] anyOf)
    {
        var before = words.LastOrDefault(w => w.End <= start);
        return before.Text is not null && anyOf.Contains(before.Text);
    }

    private static string? CertificationTarget(string text, List<GoalWord> words, GoalVocabulary v)
    {
        // "a teaching certificate": a certificate is named with its word, so a step reads "award the teaching certificate", not "award teaching".
        if (BeforeWord(text, words, v.Smart.CertificateNouns, 4, v) is { } named && FirstExactly(words, v.Smart.CertificateNouns) is { } word)
            return "the " + named + " " + text.Substring(word.Start, word.Length);
        // "the PMP certification", "AWS Solutions Architect exam": the words before the credential word.
        if (BeforeWord(text, words, v.Smart.CredentialAnchors, 4, v) is { } before) return before;
        if (After(text, words, v.Smart.CredentialTriggers, v) is { } after) return after;
        return Found(text, words, v.Smart.CredentialNames);
    }

    /// <summary>The first word that is one of <paramref name="table"/> as written (no typo, no prefix), or null.</summary>
    private static GoalWord? FirstExactly(List<GoalWord> words, string[] table)
    {
        foreach (var w in words)
            if (Array.IndexOf(table, w.Text) >= 0) return w;
        return null;
    }

    /// <summary>"a finance course" -> "the finance course"; "the Coursera data analytics specialization" as written; "my MBA" -> "your MBA".</summary>
    private static string? CourseTarget(string text, List<GoalWord> words, GoalVocabulary v)
    {
        var anchors = v.Smart.CourseAnchors;
        for (var i = 0; i < words.Count; i++)
        {
            if (!anchors.Contains(words[i].Text)) continue;
            var first = i;
            while (first > 0 && i - first < 4 && !v.TargetLeads.Contains(words[first - 1].Text) && !v.TargetStops.Contains(words[first - 1].Text)
                   && !HasPunctuationBetween(text, words[first - 1], words[first]) && !words[first - 1].IsNumber)
                first--;
            var phrase = text[words[first].Start..words[i].End];
            var determiner = first > 0 ? words[first - 1].Text : "";
            return (determiner is { } d && v.Smart.OwnDeterminers.Contains(d) ? "your " : "the ") + phrase;
        }
        return null;
    }

    private static string? SkillTarget(string text, List<GoalWord> words, GoalVocabulary v)
    {
        if (v.Careers.FindSkillMentions(text) is { Count: > 0 } skills)
        {
            var (skill, start, end) = skills[0];
            // A typo reads as the skill's own name ("pyhton" is Python).
            var written = text[start..end];
            return skill.Names.Any(n => string.Equals(n, written, StringComparison.OrdinalIgnoreCase)) ? written : skill.Name;
        }
        return After(text, words, v.Smart.SkillTriggers, v);
    }

    /// <summary>The words after the first trigger that appears, up to a stop word or punctuation, at most 4.</summary>
    private static string? After(string text, List<GoalWord> words, string[] triggers, GoalVocabulary v)
    {
        foreach (var trigger in triggers)
        {
            var at = GoalWords.Find(words, trigger);
            if (at < 0) continue;
            var first = at + trigger.AsSpan().Count(' ') + 1; // its words, without splitting
            while (first < words.Count && v.Smart.CredentialTrims.Contains(words[first].Text)) first++;
            var last = first - 1;
            for (var i = first; i < words.Count && i < first + 4; i++)
            {
                if (v.TargetStops.Contains(words[i].Text) || words[i].IsNumber) break;
                if (i > first && HasPunctuationBetween(text, words[i - 1], words[i])) break;
                last = i;
            }
            if (last >= first) return text[words[first].Start..words[last].End];
        }
        return null;
    }

    /// <summary>Up to <paramref name="max"/> words right before the first anchor word, dropping verbs and articles.</summary>
    private static string? BeforeWord(string text, List<GoalWord> words, string[] anchors, int max, GoalVocabulary v)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!anchors.Any(a => GoalWords.Matches(words[i].Text, a))) continue;
            var first = i;
            while (first > 0 && i - first < max && !v.TargetLeads.Contains(words[first - 1].Text) && !v.TargetStops.Contains(words[first - 1].Text)
                   && !words[first - 1].IsNumber && !HasPunctuationBetween(text, words[first - 1], words[first]))
                first--;
            if (first < i) return text[words[first].Start..words[i - 1].End];
            return null;
        }
        return null;
    }

    /// <summary>The first table entry found in the text, as written.</summary>
    private static string? Found(string text, List<GoalWord> words, string[] table)
    {
        var best = -1;
        var bestLength = 0;
        foreach (var entry in table)
        {
            var at = GoalWords.Find(words, entry);
            if (at >= 0 && (best < 0 || at < best)) { best = at; bestLength = entry.AsSpan().Count(' ') + 1; }
        }
        return best < 0 ? null : text[words[best].Start..words[best + bestLength - 1].End];
    }

    private static bool HasPunctuationBetween(string text, GoalWord a, GoalWord b) =>
        text.AsSpan(a.End, b.Start - a.End).IndexOfAny(",.;:!?()\n") >= 0;

    /// <summary>Trigger phrases match exactly word by word ("*" a prefix, "?" any word), without the typo tolerance of the SMART tables.</summary>
    private static bool Any(List<GoalWord> words, string[] phrases) => phrases.Any(p => GoalWords.Find(words, p) >= 0);
}
