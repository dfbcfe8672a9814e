namespace CoachBot.Coaching.Smart;

/// <summary>
/// Which names of a vocabulary list can start at a word, so a search tries those few instead of every name at every
/// word (the goal reading searches roles, skills and fields on every goal answer). A candidate is any name whose first
/// word could be <see cref="CareerVocabulary.SameWord"/> of the word written: the same, its plural, or, for first words
/// of eight letters or more, one edit away (found by the one-deletion neighbours both words share). The candidates are
/// a superset, returned in list order; the caller still checks each with MatchesAt, so what is found is unchanged.
/// </summary>
internal sealed class FirstWordIndex
{
    private const int TypoLength = 8; // SameWord forgives a typo only in names of eight letters or more
    private const int MaxLength = 128;
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly List<int> _always = []; // first words too long for the buffer: always tried
    private readonly int _count;

    public FirstWordIndex(IReadOnlyList<string> firstWords)
    {
        _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _count = firstWords.Count;
        Span<char> buffer = stackalloc char[MaxLength];
        for (var entry = 0; entry < firstWords.Count; entry++)
        {
            var word = firstWords[entry];
            Add(word, entry);
            if (word.Length > MaxLength) _always.Add(entry);
            if (word.Length < TypoLength || word.Length > MaxLength) continue;
            for (var skip = 0; skip < word.Length; skip++) Add(new string(WithoutCharAt(word, skip, buffer)), entry);
        }
    }

    private void Add(string key, int entry)
    {
        if (!_byKey.TryGetValue(key, out var entries)) _byKey[key] = entries = [];
        if (entries.Count == 0 || entries[^1] != entry) entries.Add(entry);
    }

    /// <summary>The entries whose first word may match <paramref name="written"/>, in ascending order, into <paramref name="found"/>.</summary>
    public void Candidates(string written, List<int> found)
    {
        found.Clear();
        if (written.Length > MaxLength)
        {
            for (var entry = 0; entry < _count; entry++) found.Add(entry);
            return;
        }
        found.AddRange(_always);
        Collect(written, found);
        if (written.EndsWith('s')) Collect(written.AsSpan(0, written.Length - 1), found);
        if (written.EndsWith("es", StringComparison.Ordinal)) Collect(written.AsSpan(0, written.Length - 2), found);
        if (written.Length >= TypoLength - 1)
        {
            Span<char> buffer = stackalloc char[MaxLength];
            for (var skip = 0; skip < written.Length; skip++) Collect(WithoutCharAt(written, skip, buffer), found);
        }
        found.Sort();
        var kept = 0;
        for (var i = 0; i < found.Count; i++)
            if (i == 0 || found[i] != found[i - 1]) found[kept++] = found[i];
        found.RemoveRange(kept, found.Count - kept);
    }

    private void Collect(ReadOnlySpan<char> key, List<int> found)
    {
        if (_bySpan.TryGetValue(key, out var entries)) found.AddRange(entries);
    }

    private static ReadOnlySpan<char> WithoutCharAt(string word, int skip, Span<char> buffer)
    {
        word.AsSpan(0, skip).CopyTo(buffer);
        word.AsSpan(skip + 1).CopyTo(buffer[skip..]);
        return buffer[..(word.Length - 1)];
    }
}
