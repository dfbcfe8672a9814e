namespace CoachBot.BotFramework.Recognizers;

/// <summary>
/// Typo distance between two words: insertions, deletions, substitutions and swaps of neighbours ("promtoed") each
/// count one. The one edit distance of CoachBot: the choice recognizer and the SMART vocabulary both use it.
/// </summary>
public static class EditDistance
{
    /// <summary>The optimal string alignment distance, or <paramref name="max"/> + 1 as soon as it is certain to exceed max.</summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a.Length == 0 || b.Length == 0) return Math.Max(a.Length, b.Length);
        // Most calls allow one typo (every word of a message against every vocabulary word): that needs no table.
        if (max == 1) return WithinOne(a, b);

        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 512 ? stackalloc int[width * 3] : new int[width * 3];
        var beforePrevious = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(2 * width, width);
        for (var j = 0; j < width; j++) previous[j] = j;

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, beforePrevious[j - 2] + 1);
                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }
            if (rowMinimum > max) return max + 1;
            var recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return Math.Min(previous[b.Length], max + 1);
    }

    /// <summary>
    /// <see cref="Between"/> for max 1, in one pass: after the common prefix, what is left must be equal but for one
    /// substitution, one swap of neighbours, or one letter more in the longer word (lengths differ by at most one here).
    /// </summary>
    private static int WithinOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        var i = a.CommonPrefixLength(b);
        if (a.Length == b.Length)
        {
            if (i == a.Length) return 0;
            if (a[(i + 1)..].SequenceEqual(b[(i + 1)..])) return 1;
            return i + 1 < a.Length && a[i] == b[i + 1] && a[i + 1] == b[i] && a[(i + 2)..].SequenceEqual(b[(i + 2)..]) ? 1 : 2;
        }
        return a.Length > b.Length ? (a[(i + 1)..].SequenceEqual(b[i..]) ? 1 : 2) : (b[(i + 1)..].SequenceEqual(a[i..]) ? 1 : 2);
    }

    /// <summary>
    /// How many typos a word of this length may carry and still be recognized: none up to <paramref name="exactUpTo"/>
    /// letters (3 unless a caller's words need more: four-letter vocabulary like "lead"/"read" must match exactly), one
    /// up to 7, then two.
    /// </summary>
    public static int AllowedFor(int length, int exactUpTo = 3) => length <= exactUpTo ? 0 : length <= 7 ? 1 : 2;
}
