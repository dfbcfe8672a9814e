namespace CoachBot.Coaching.Smart;

/// <summary>A word of the goal text: lower-cased, with its place in the original text so a span can be cut out.</summary>
internal readonly record struct GoalWord(string Text, int Start, int Length, bool IsNumber)
{
    public int End => Start + Length;
}

/// <summary>
/// The small tokenizer and matcher the SMART rules share. The recognizers' tokenizer is internal to the protocol
/// layer, and the rules here want something different anyway: crude stems and typo-tolerant phrase matching.
/// </summary>
internal static class GoalWords
{
    /// <summary>
    /// Letter runs and digit runs; "c#" and "c++" keep their suffix, apostrophes stay inside words ("I'm"),
    /// separators inside numbers ("1,500", "7.5", "7/10"). Numbers in words are read by NumberRecognizer instead.
    /// </summary>
    public static List<GoalWord> Split(string? text)
    {
        var words = new List<GoalWord>();
        if (string.IsNullOrEmpty(text)) return words;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                var isNumber = char.IsDigit(c);
                i++;
                while (i < text.Length && IsInsideWord(text, i, isNumber)) i++;
                while (!isNumber && i < text.Length && text[i] is '#' or '+') i++;
                words.Add(new GoalWord(text[start..i].ToLowerInvariant().Replace('\u2019', '\''), start, i - start, isNumber));
            }
            else i++;
        }
        return words;
    }

    private static bool IsInsideWord(string text, int i, bool isNumber)
    {
        var c = text[i];
        if (isNumber ? char.IsDigit(c) : char.IsLetter(c)) return true;
        var next = i + 1 < text.Length ? text[i + 1] : '\0';
        // Apostrophes inside words ("I'm"), separators inside numbers ("1,500", "7.5", "7/10").
        if (c is '\'' or '\u2019') return !isNumber && char.IsLetter(next);
        if (c is ',' or '.' or '/') return isNumber && char.IsDigit(next);
        return false;
    }

    /// <summary>
    /// A crude stem: strip one or two common English endings, then keep at most six letters. It only has to map
    /// "promoted"/"promotion", "leading"/"leadership", "manager"/"management" to the same key, not be linguistics.
    /// </summary>
    public static string Stem(string word)
    {
        var w = word;
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var ending in Endings)
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

    private static readonly string[] Endings = ["ships", "ship", "ments", "ment", "ations", "ation", "ions", "ion", "ings", "ing", "ers", "er", "ed", "es", "s", "ly"];

    /// <summary>Typo distance a word of this length may carry: none for short words, 1 up to 7 letters, then 2.</summary>
    public static int AllowedTypos(int length) => length <= 4 ? 0 : length <= 7 ? 1 : 2;

    /// <summary>Same word, allowing typos by length (a swap of two letters counts as one).</summary>
    public static bool Like(string written, string expected)
    {
        if (written == expected) return true;
        var allowed = AllowedTypos(expected.Length);
        return allowed > 0 && Distance(written, expected, allowed) <= allowed;
    }

    /// <summary>The pattern word ends with '*' to match as a prefix ("certif*"), otherwise as a word with typos.</summary>
    public static bool Matches(string written, string pattern)
    {
        if (pattern.EndsWith('*'))
        {
            var prefix = pattern.AsSpan(0, pattern.Length - 1);
            if (written.AsSpan().StartsWith(prefix, StringComparison.Ordinal)) return true;
            // A typo inside the prefix: "certfication" (a letter missing), "cerrtification", "cetrification".
            if (prefix.Length < 5) return false;
            var p = prefix.ToString();
            for (var cut = p.Length - 1; cut <= p.Length + 1; cut++)
                if (written.Length >= cut && Distance(written[..cut], p, 1) <= 1) return true;
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

    /// <summary>Optimal string alignment distance (Levenshtein plus swaps), stopping early past <paramref name="max"/>.</summary>
    /// <remarks>
    /// Called for every vocabulary word against every goal word, so it keeps only the three rows the recurrence reads,
    /// on the stack: a matrix per call was a quarter of the bytes a whole coaching turn allocated (bench/CoachBot.MicroBench).
    /// </remarks>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 384 ? stackalloc int[width * 3] : new int[width * 3];
        var older = rows[..width];              // row i - 2
        var previous = rows.Slice(width, width); // row i - 1
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = int.MaxValue;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, older[j - 2] + 1);
                current[j] = v;
                rowMin = Math.Min(rowMin, v);
            }
            if (rowMin > max) return max + 1;
            var spare = older;
            older = previous;
            previous = current;
            current = spare;
        }
        return previous[b.Length];
    }
}
