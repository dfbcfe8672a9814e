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
        var ing = Words.Current.IngEnding;
        if (w.Length < 5 || !w.EndsWith(ing, StringComparison.Ordinal)) return null;
        var stem = w[..^ing.Length];
        string[] candidates = [stem, stem + "e", stem.Length > 2 && stem[^1] == stem[^2] ? stem[..^1] : stem, stem.EndsWith('y') ? stem[..^1] + "ie" : stem];
        foreach (var candidate in candidates)
            if (vocabulary.Verbs.Contains(candidate)) return candidate;
        return null;
    }

    /// <summary>True when the word starts a verb phrase: a base verb, its -ing form, or "to" before one.</summary>
    public static bool StartsVerb(IReadOnlyList<GoalWord> words, int at, GoalVocabulary vocabulary)
    {
        if (at >= words.Count) return false;
        if (words[at].Text == Words.Current.InfinitiveMarker) return at + 1 < words.Count && BaseOf(words[at + 1].Text, vocabulary) is not null;
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
        var grammar = Words.Current;
        if (last.Length > 3 && last.EndsWith(grammar.PluralEnding, StringComparison.Ordinal)
            && !grammar.NotPluralEndings.Any(e => last.EndsWith(e, StringComparison.Ordinal))) return nounPhrase;
        return CareerVocabulary.WithArticle(nounPhrase);
    }

    /// <summary>The words of smartwords.verbPhrase.*, read once (<see cref="CoachingWords.Install"/>).</summary>
    internal static readonly InstalledWords<VerbPhraseWords> Words = new(static texts => new VerbPhraseWords(texts));

    /// <summary>The user's words as the coach says them to the user: "update my CV" -> "update your CV".</summary>
    public static string ToSecondPerson(string text)
    {
        var grammar = Words.Current;
        var words = GoalWords.Split(text);
        var result = text;
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var w = words[i];
            if (!grammar.SecondPerson.TryGetValue(w.Text, out var you)) continue;
            if (grammar.AfterFirstPersonOnly.Contains(w.Text) && (i == 0 || words[i - 1].Text != grammar.FirstPerson)) continue;
            var written = text.Substring(w.Start, w.Length);
            if (char.IsUpper(written[0]) && w.Text != grammar.FirstPerson || i == 0) you = char.ToUpperInvariant(you[0]) + you[1..];
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

/// <summary>Keys of the grammar words of <see cref="VerbPhrase"/> in dialogs/en-US/smartwords.yaml (<c>verbPhrase.*</c>).</summary>
[BotFramework.Text.TextKeys]
public static class VerbPhraseTexts
{
    private const string Grammar = "smartwords.verbPhrase.";

    public const string IngEnding = Grammar + "ingEnding";
    public const string InfinitiveMarker = Grammar + "infinitiveMarker";
    public const string PluralEnding = Grammar + "pluralEnding";
    public const string NotPluralEndings = Grammar + "notPluralEndings";
    public const string SecondPerson = Grammar + "secondPerson";
    public const string FirstPerson = Grammar + "firstPerson";
    public const string AfterFirstPersonOnly = Grammar + "afterFirstPersonOnly";
}

/// <summary>The words <see cref="VerbPhrase"/> reads and says back by; a bad list fails naming its key.</summary>
internal sealed class VerbPhraseWords
{
    public string IngEnding { get; }
    public string InfinitiveMarker { get; }
    public string PluralEnding { get; }
    public string[] NotPluralEndings { get; }
    public Dictionary<string, string> SecondPerson { get; }
    public string FirstPerson { get; }
    public HashSet<string> AfterFirstPersonOnly { get; }

    public VerbPhraseWords(BotFramework.Text.TextCatalog texts)
    {
        IngEnding = ShippedDialogs.List(texts, VerbPhraseTexts.IngEnding)[0];
        InfinitiveMarker = ShippedDialogs.List(texts, VerbPhraseTexts.InfinitiveMarker)[0];
        PluralEnding = ShippedDialogs.List(texts, VerbPhraseTexts.PluralEnding)[0];
        NotPluralEndings = ShippedDialogs.List(texts, VerbPhraseTexts.NotPluralEndings);
        FirstPerson = ShippedDialogs.List(texts, VerbPhraseTexts.FirstPerson)[0];
        AfterFirstPersonOnly = ShippedDialogs.Set(texts, VerbPhraseTexts.AfterFirstPersonOnly);
        SecondPerson = new(StringComparer.Ordinal);
        foreach (var item in ShippedDialogs.List(texts, VerbPhraseTexts.SecondPerson))
        {
            var pair = item.Split(':', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || pair[0].Length == 0 || pair[1].Length == 0)
                throw new InvalidDataException($"dialogs: '{VerbPhraseTexts.SecondPerson}' item '{item}' must read \"user's: coach's\".");
            SecondPerson[pair[0]] = pair[1];
        }
    }
}
