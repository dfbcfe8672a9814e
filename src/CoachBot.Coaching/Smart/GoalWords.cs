using CoachBot.BotFramework.Recognizers;

namespace CoachBot.Coaching.Smart;

/// <summary>A word of the goal text: lower-cased, with its place in the original text so a span can be cut out.</summary>
internal readonly record struct GoalWord(string Text, int Start, int Length, bool IsNumber)
{
    public int End => Start + Length;
}

/// <summary>
/// How the SMART rules read words: the words and numbers of <see cref="TextTokenizer"/> (emoji left out), crude stems,
/// and typo-tolerant phrase matching with <see cref="EditDistance"/>.
/// </summary>
internal static class GoalWords
{
    public static List<GoalWord> Split(string? text)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var words = new List<GoalWord>(tokens.Count);
        foreach (var token in tokens)
            if (token.Kind != TokenKind.Symbol) words.Add(new GoalWord(token.Text, token.Start, token.Length, token.Kind == TokenKind.Number));
        return words;
    }

    /// <summary>
    /// A crude stem: strip one or two common English endings, then keep at most six letters. It only has to map
    /// "promoted"/"promotion", "leading"/"leadership", "manager"/"management" to the same key, not be linguistics.
    /// </summary>
    public static string Stem(string word)
    {
        var w = word;
        var endings = Endings;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var ending in endings)
            {
                if (w.Length - ending.Length >= 4 && w.EndsWith(ending, StringComparison.Ordinal))
                {
                    w = w[..^ending.Length];
                    break;
                }
            }
        }
        if (w.Length > 4 && w.EndsWith('e')) w = w[..^1];
        return w.Length > 6 ? w[..6] : w;
    }

    private static volatile string[]? s_endings;

    /// <summary>The endings <see cref="Stem"/> cuts, tried in order (smartwords.stemEndings), installed at start-up; until then the shipped dialogs' words.</summary>
    private static string[] Endings => s_endings ?? GoalVocabulary.Default.Smart.StemEndings;

    /// <summary>Installs the stem endings of <paramref name="texts"/> for <see cref="Stem"/>, which its callers use without a catalog; a bad list fails naming its key.</summary>
    internal static void UseEndingsOf(BotFramework.Text.TextCatalog texts) => s_endings = SmartVocabulary.From(texts).StemEndings;

    /// <summary>Typo distance a vocabulary word of this length may carry: none up to four letters ("lead" is not "read"), 1 up to 7, then 2.</summary>
    public static int AllowedTypos(int length) => EditDistance.AllowedFor(length, exactUpTo: 4);

    /// <summary>Same word, allowing typos by length (a swap of two letters counts as one).</summary>
    public static bool Like(string written, string expected)
    {
        if (written == expected) return true;
        var allowed = AllowedTypos(expected.Length);
        return allowed > 0 && EditDistance.Between(written, expected, allowed) <= allowed;
    }

    /// <summary>The pattern word ends with '*' to match as a prefix ("certif*"), otherwise as a word with typos.</summary>
    public static bool Matches(string written, string pattern)
    {
        // "masters!": only as written; its typos are other words ("matters").
        if (pattern.EndsWith('!')) return written == pattern[..^1];
        if (pattern.EndsWith('*'))
        {
            var prefix = pattern.AsSpan(0, pattern.Length - 1);
            if (written.AsSpan().StartsWith(prefix, StringComparison.Ordinal)) return true;
            // A typo inside the prefix: "certfication" (a letter missing), "cerrtification", "cetrification".
            if (prefix.Length < 5) return false;
            for (var cut = prefix.Length - 1; cut <= prefix.Length + 1; cut++)
                if (written.Length >= cut && EditDistance.Between(written.AsSpan(0, cut), prefix, 1) <= 1) return true;
            return false;
        }
        return Like(written, pattern);
    }

    /// <summary>
    /// Where the phrase (words separated by spaces, '*' for prefixes, '?' for any one word) starts in the words,
    /// or -1. "land a job as" matches "land a job as"; "promoted to" matches "promted to".
    /// </summary>
    public static int Find(IReadOnlyList<GoalWord> words, string phrase, int from = 0)
    {
        var parts = PhraseParts.GetValue(phrase, static p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        for (var i = from; i + parts.Length <= words.Count; i++)
        {
            var all = true;
            for (var j = 0; j < parts.Length && all; j++)
                all = parts[j] == "?" || Matches(words[i + j].Text, parts[j]);
            if (all) return i;
        }
        return -1;
    }

    /// <summary>
    /// The words of each vocabulary phrase, split once: the tables are searched phrase by phrase for every goal answer.
    /// Keyed by the string object, so a phrase that is not a table constant is collected with it.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<string, string[]> PhraseParts = new();
}
