using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Smart;

/// <summary>
/// Decides what kind of goal a text is, so the plan builder can pick a template, and reads the goal's target
/// ("senior manager", "PMP", "healthcare", "Python") for the step titles. First rule that fires wins, in the order
/// below: a credential beats everything (it is the finish line), an industry move beats a role move, and so on.
/// </summary>
public static class GoalClassifier
{
    private static readonly string[] Certification = ["certif*", "exam", "pmp", "cpa", "cfa", "acca", "cissp", "ccna", "itil", "prince2", "comptia", "csm", "shrm", "license", "licence", "licensed", "accredit*"];
    private static readonly string[] IndustryChange = ["industry", "industries", "sector", "career change", "change careers", "change career", "switch careers", "switch career", "new field", "different field"];
    private static readonly string[] RoleChange = ["job as", "role as", "position as", "work as", "new job", "new role", "new position", "switch to", "switch into", "move into", "transition to", "transition into", "change jobs", "land ? job", "land a", "get hired", "hired as", "career as"];
    private static readonly string[] Promotion = ["promot*", "promted", "senior", "team lead", "tech lead", "lead role", "head of", "director", "manager", "management", "principal", "partner", "vp", "vice president", "step up", "chief", "executive", "raise"];
    private static readonly string[] Network = ["network*", "mentor*", "mentee", "connections", "contacts", "linkedin", "meetup*", "coffee chat*", "community", "communities", "meet people"];
    private static readonly string[] NewSkill = ["learn*", "master", "study", "course*", "fluent", "skill*", "practi*", "improve my", "get better at", "better at"];

    public static GoalType Classify(string? text)
    {
        var words = GoalWords.Split(text);
        if (words.Count == 0) return GoalType.Generic;
        if (Any(words, Certification)) return GoalType.Certification;
        if (Any(words, IndustryChange)) return GoalType.IndustryChange;
        if (Any(words, RoleChange)) return GoalType.RoleChange;
        if (Any(words, Promotion)) return GoalType.Promotion;
        // "become a data analyst": a title that is not a step up is a move to another role.
        if (Any(words, ["become*", "became"]) && Any(words, SmartVocabulary.RoleWords)) return GoalType.RoleChange;
        if (Any(words, Network)) return GoalType.Network;
        if (Any(words, NewSkill) || Any(words, SmartVocabulary.SkillWords)) return GoalType.NewSkill;
        return GoalType.Generic;
    }

    /// <summary>
    /// The thing the goal is about, as the user wrote it, or null when the rules can't tell: the credential
    /// ("PMP", "AWS Solutions Architect"), the role ("senior manager"), the field ("healthcare"), the skill ("Python").
    /// </summary>
    public static string? TargetOf(string? text, GoalType type)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = GoalWords.Split(text);
        return type switch
        {
            GoalType.Certification => CertificationTarget(text, words),
            GoalType.Promotion => After(text, words, ["promoted to", "promted to", "promotion to", "step up to", "become a", "become an", "become", "move up to", "make"])
                ?? RoleAround(text, words),
            GoalType.RoleChange => After(text, words, ["job as", "role as", "position as", "work as", "hired as", "career as", "become a", "become an", "become", "transition to", "transition into", "switch to", "switch into", "move into"]),
            GoalType.IndustryChange => BeforeWord(text, words, ["industry", "sector", "field"], 2)
                ?? After(text, words, ["into", "move to", "switch to", "transition to"]),
            GoalType.NewSkill => Found(text, words, SmartVocabulary.SkillWords)
                ?? After(text, words, ["learn how to", "learn to", "learn", "master", "better at", "fluent in", "improve my"]),
            _ => null,
        };
    }

    private static string? CertificationTarget(string text, List<GoalWord> words)
    {
        // "the PMP certification", "AWS Solutions Architect exam": the words before the credential word.
        if (BeforeWord(text, words, ["certif*", "exam", "license", "licence"], 4) is { } before) return before;
        // "get certified in Scrum", "certification in data privacy"
        if (After(text, words, ["certified in", "certificate in", "certification in", "certified as", "license in"]) is { } after) return after;
        // "get AWS certified", "pass the CPA"
        return Found(text, words, ["pmp", "cpa", "cfa", "acca", "cissp", "ccna", "itil", "prince2", "comptia", "csm", "shrm", "aws", "azure", "gcp"]);
    }

    private static readonly HashSet<string> TargetStops = new(StringComparer.Ordinal)
    {
        "by", "within", "before", "until", "till", "in", "and", "so", "because", "to", "at", "this", "next", "within",
        "i", "i'm", "with", "from", "while", "after", "which", "who", "that", "when", "where", "or", "for", "on",
        "exam", "exams", "certification", "certificate", "cert", "role", "position", "job", "industry", "sector", "field",
    };

    private static readonly HashSet<string> Leading = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "my", "some", "get", "earn", "pass", "obtain", "achieve", "complete", "take", "do", "sit",
        "finish", "gain", "become", "be", "land", "into", "i", "want", "to", "would", "like", "i'd", "of", "our", "new",
    };

    /// <summary>The words after the first trigger that appears, up to a stop word or punctuation, at most 4.</summary>
    private static string? After(string text, List<GoalWord> words, string[] triggers)
    {
        foreach (var trigger in triggers)
        {
            var at = GoalWords.Find(words, trigger);
            if (at < 0) continue;
            var first = at + trigger.Split(' ').Length;
            while (first < words.Count && words[first].Text is "a" or "an" or "the" or "my") first++;
            var last = first - 1;
            for (var i = first; i < words.Count && i < first + 4; i++)
            {
                if (TargetStops.Contains(words[i].Text) || words[i].IsNumber) break;
                if (i > first && HasPunctuationBetween(text, words[i - 1], words[i])) break;
                last = i;
            }
            if (last >= first) return text[words[first].Start..words[last].End];
        }
        return null;
    }

    /// <summary>Up to <paramref name="max"/> words right before the first anchor word, dropping verbs and articles.</summary>
    private static string? BeforeWord(string text, List<GoalWord> words, string[] anchors, int max)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!anchors.Any(a => GoalWords.Matches(words[i].Text, a))) continue;
            var first = i;
            while (first > 0 && i - first < max && !Leading.Contains(words[first - 1].Text) && !TargetStops.Contains(words[first - 1].Text)
                   && !words[first - 1].IsNumber && !HasPunctuationBetween(text, words[first - 1], words[first]))
                first--;
            if (first < i) return text[words[first].Start..words[i - 1].End];
            return null;
        }
        return null;
    }

    /// <summary>A role title and the word before it when that is a level ("senior manager", "team lead").</summary>
    private static string? RoleAround(string text, List<GoalWord> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!SmartVocabulary.RoleWords.Any(r => !r.Contains(' ') && GoalWords.Matches(words[i].Text, r))) continue;
            var first = i > 0 && !Leading.Contains(words[i - 1].Text) && !TargetStops.Contains(words[i - 1].Text)
                && !SmartVocabulary.StopWords.Contains(words[i - 1].Text) ? i - 1 : i;
            return text[words[first].Start..words[i].End];
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
            if (at >= 0 && (best < 0 || at < best)) { best = at; bestLength = entry.Split(' ').Length; }
        }
        return best < 0 ? null : text[words[best].Start..words[best + bestLength - 1].End];
    }

    private static bool HasPunctuationBetween(string text, GoalWord a, GoalWord b) =>
        text.AsSpan(a.End, b.Start - a.End).IndexOfAny(",.;:!?()\n") >= 0;

    private static bool Any(List<GoalWord> words, string[] phrases) => phrases.Any(p => GoalWords.Find(words, p) >= 0);
}
