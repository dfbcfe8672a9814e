using CoachBot.BotFramework.Recognizers;
namespace CoachBot.Coaching.Smart;

/// <summary>
/// The small English grammar the statements and steps need: a verb's base form from its -ing form ("presenting" ->
/// "present", "running" -> "run", "making" -> "make"), a fitting verb for a bare noun phrase ("AWS certification" ->
/// "earn an AWS certification"), and the user's "my" as the coach's "your" in steps.
/// </summary>
internal static class VerbPhrase
{
    /// <summary>The base form when the word is a known verb or its -ing form, else null.</summary>
    public static string? BaseOf(string word, GoalVocabulary vocabulary)
    {
        var w = word.ToLowerInvariant();
        if (vocabulary.Verbs.Contains(w)) return w;
        if (IngBase(w, vocabulary) is { } ing) return ing;
        // "finsih", "comlete": one typo in a longer verb; "becom", "mange": one letter dropped.
        if (w.Length >= 5)
            foreach (var verb in vocabulary.Verbs)
                if ((verb.Length == w.Length && w.Length >= 6 || verb.Length == w.Length + 1 && verb[0] == w[0]) && EditDistance.Between(w, verb, 1) <= 1) return verb;
        return null;
    }

    /// <summary>"presenting" -> "present", "getting" -> "get", "leading" -> "lead", "making" -> "make"; null when not a verb's -ing.</summary>
    public static string? IngBase(string word, GoalVocabulary vocabulary)
    {
        var w = word.ToLowerInvariant();
        if (w.Length < 5 || !w.EndsWith("ing", StringComparison.Ordinal)) return null;
        var stem = w[..^3];
        string[] candidates = [stem, stem + "e", stem.Length > 2 && stem[^1] == stem[^2] ? stem[..^1] : stem, stem.EndsWith('y') ? stem[..^1] + "ie" : stem];
        foreach (var candidate in candidates)
            if (vocabulary.Verbs.Contains(candidate)) return candidate;
        return null;
    }

    /// <summary>True when the word starts a verb phrase: a base verb, its -ing form, or "to" before one.</summary>
    public static bool StartsVerb(IReadOnlyList<GoalWord> words, int at, GoalVocabulary vocabulary)
    {
        if (at >= words.Count) return false;
        if (words[at].Text == "to") return at + 1 < words.Count && BaseOf(words[at + 1].Text, vocabulary) is not null;
        return BaseOf(words[at].Text, vocabulary) is not null;
    }

    /// <summary>The verb that fits a bare noun phrase by its nouns ("talk" -> "give"), a role ("become"), a skill ("learn"), or null.</summary>
    public static string? VerbFor(IReadOnlyList<GoalWord> words, string text, GoalVocabulary vocabulary)
    {
        for (var i = 0; i < words.Count; i++)
            foreach (var (noun, verb) in vocabulary.NounVerbs)
                if (CareerVocabulary.MatchesAt(words, i, noun)) return verb;
        if (vocabulary.Careers.FindRoles(text).Count > 0) return "become";
        if (vocabulary.Careers.FindSkills(text).Count > 0) return "learn";
        return null;
    }

    /// <summary>"become" + "senior manager" needs "a"; "learn" + "Python" does not; "earn" + "my MBA" has its own.</summary>
    public static string WithArticleIfCountable(string nounPhrase, IReadOnlyList<GoalWord> words, GoalVocabulary vocabulary)
    {
        if (words.Count == 0) return nounPhrase;
        var first = words[0];
        if (vocabulary.Determiners.Contains(first.Text) || first.IsNumber || vocabulary.Uncountable.Contains(words[^1].Text)) return nounPhrase;
        var last = words[^1].Text;
        // A plural head ("courses", "talks") takes no article.
        if (last.Length > 3 && last.EndsWith('s') && !last.EndsWith("ss", StringComparison.Ordinal) && !last.EndsWith("ics", StringComparison.Ordinal)) return nounPhrase;
        return CareerVocabulary.WithArticle(nounPhrase);
    }

    private static readonly Dictionary<string, string> SecondPerson = new(StringComparer.Ordinal)
    {
        ["my"] = "your", ["mine"] = "yours", ["myself"] = "yourself", ["me"] = "you", ["i"] = "you", ["i'm"] = "you're",
        ["i've"] = "you've", ["i'll"] = "you'll", ["i'd"] = "you'd", ["am"] = "are",
    };

    /// <summary>The user's words as the coach says them to the user: "update my CV" -> "update your CV".</summary>
    public static string ToSecondPerson(string text)
    {
        var words = GoalWords.Split(text);
        var result = text;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var w = words[i];
            if (!SecondPerson.TryGetValue(w.Text, out var you)) continue;
            if (w.Text == "am" && (i == 0 || words[i - 1].Text != "i")) continue;
            var written = text.Substring(w.Start, w.Length);
            if (char.IsUpper(written[0]) && w.Text != "i" || i == 0) you = char.ToUpperInvariant(you[0]) + you[1..];
            result = result[..w.Start] + you + result[w.End..];
        }
        return result;
    }

    /// <summary>First letter up, for a step title; the rest as written ("get AWS certified" -> "Get AWS certified").</summary>
    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>First letter down unless the first word is a name or an acronym ("Get promoted" -> "get promoted", "AWS" stays).</summary>
    public static string LowerFirst(string text)
    {
        if (text.Length < 2 || !char.IsUpper(text[0]) || char.IsUpper(text[1])) return text;
        var firstWord = text.Split(' ', 2)[0];
        return firstWord == "I" || firstWord.StartsWith("I'", StringComparison.Ordinal) ? text : char.ToLowerInvariant(text[0]) + text[1..];
    }
}
