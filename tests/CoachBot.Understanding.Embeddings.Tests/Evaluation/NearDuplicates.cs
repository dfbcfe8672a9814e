namespace CoachBot.Understanding.Embeddings.Evaluation;

/// <summary>
/// Whether a labelled text is (nearly) one of the example phrases, which would let the matcher score it by
/// memory: the same words in the same order whatever the case and punctuation, or, from four words on, the same
/// words but for one added, dropped or changed.
/// </summary>
public static class NearDuplicates
{
    public static IEnumerable<(string Text, string Example)> Find(IEnumerable<string> texts, IEnumerable<string> examples)
    {
        var byWords = examples.Select(e => (Example: e, Words: Words(e))).ToList();
        foreach (var text in texts)
        {
            var words = Words(text);
            foreach (var (example, exampleWords) in byWords)
                if (Near(words, exampleWords)) { yield return (text, example); break; }
        }
    }

    public static bool Near(string a, string b) => Near(Words(a), Words(b));

    private static bool Near(string[] a, string[] b)
    {
        if (a.SequenceEqual(b)) return true;
        if (Math.Min(a.Length, b.Length) < 4 || Math.Abs(a.Length - b.Length) > 1) return false;
        return WordDistance(a, b) <= 1;
    }

    private static string[] Words(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static int WordDistance(string[] a, string[] b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
