using CoachBot.BotFramework.Understanding;

namespace CoachBot.Understanding.Embeddings;

/// <summary>The start-up check of the sets handed to the matcher: each problem names the set and key.</summary>
public static class CandidateSets
{
    /// <summary>Joins the sets of every source and throws, listing every problem, unless they make a valid index.</summary>
    public static IReadOnlyList<CandidateSet> Collect(IEnumerable<ICandidateSetSource> sources)
    {
        var sets = sources.SelectMany(s => s.GetCandidateSets()).ToList();
        var problems = Check(sets).ToList();
        if (problems.Count > 0)
            throw new InvalidDataException("The semantic matcher's candidate sets are not valid:\n- " + string.Join("\n- ", problems));
        return sets;
    }

    public static IEnumerable<string> Check(IReadOnlyList<CandidateSet> sets)
    {
        var setIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var set in sets)
        {
            if (string.IsNullOrWhiteSpace(set.Id)) { yield return "A candidate set has no id."; continue; }
            if (!setIds.Add(set.Id)) yield return $"{set.Id}: the set is given twice.";

            var keys = new HashSet<string>(StringComparer.Ordinal);
            var owner = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var candidate in set.Candidates)
            {
                if (string.IsNullOrWhiteSpace(candidate.Key)) { yield return $"{set.Id}: a candidate has no key."; continue; }
                if (!keys.Add(candidate.Key)) yield return $"{set.Id}.{candidate.Key}: the key is given twice.";
                foreach (var phrase in candidate.Phrases)
                {
                    var prepared = EncoderText.Prepare(phrase);
                    if (prepared.Length == 0) { yield return $"{set.Id}.{candidate.Key}: an example phrase is empty."; continue; }
                    // The same words under two keys make both scores equal: the matcher could never pick either.
                    if (owner.TryGetValue(prepared, out var other) && other != candidate.Key)
                        yield return $"{set.Id}: \"{phrase}\" is an example of both {other} and {candidate.Key}.";
                    owner.TryAdd(prepared, candidate.Key);
                }
            }
        }
    }
}
