using System.Collections.Frozen;
using System.Numerics;
using CoachBot.BotFramework.Understanding;

namespace CoachBot.Understanding.Embeddings;

/// <summary>
/// The example phrases of every candidate set, embedded once: per set, one row per phrase (unit vectors, so a dot
/// product is the cosine similarity) and the key each row belongs to. A key scores the best of its phrases
/// (nearest neighbour): one close paraphrase is evidence enough, and keys with many examples do not win by number.
/// Immutable once built; shared by every turn.
/// </summary>
public sealed class ExampleIndex
{
    private readonly FrozenDictionary<string, SetRows> _sets;

    private ExampleIndex(FrozenDictionary<string, SetRows> sets, int dimensions, int phraseCount)
    {
        _sets = sets;
        Dimensions = dimensions;
        PhraseCount = phraseCount;
    }

    public int Dimensions { get; }

    public int PhraseCount { get; }

    public IReadOnlyCollection<string> SetIds => _sets.Keys;

    /// <summary>Embeds every phrase of <paramref name="sets"/> (already checked by <see cref="CandidateSets.Check"/>).</summary>
    public static ExampleIndex Build(IReadOnlyList<CandidateSet> sets, SentenceEmbedder embedder, CancellationToken cancellationToken)
    {
        var phrases = new List<string>();
        foreach (var set in sets)
            foreach (var candidate in set.Candidates)
                phrases.AddRange(candidate.Phrases);
        var vectors = phrases.Count == 0 ? [] : embedder.EmbedMany(phrases, cancellationToken);

        var dimensions = embedder.Dimensions;
        var built = new Dictionary<string, SetRows>(StringComparer.Ordinal);
        var next = 0;
        foreach (var set in sets)
        {
            var keys = set.Candidates.Select(c => c.Key).ToArray();
            var rowCount = set.Candidates.Sum(c => c.Phrases.Count);
            var matrix = new float[rowCount * dimensions];
            var keyOfRow = new int[rowCount];
            var row = 0;
            for (var k = 0; k < set.Candidates.Count; k++)
                foreach (var _ in set.Candidates[k].Phrases)
                {
                    vectors[next++].AsSpan().CopyTo(matrix.AsSpan(row * dimensions, dimensions));
                    keyOfRow[row++] = k;
                }
            built[set.Id] = new SetRows(keys, matrix, keyOfRow);
        }
        return new ExampleIndex(built.ToFrozenDictionary(StringComparer.Ordinal), dimensions, phrases.Count);
    }

    /// <summary>Every key of the scopes with its score, best first; a set without examples (or unknown) adds nothing.</summary>
    public List<SemanticCandidate> Rank(ReadOnlySpan<float> query, IReadOnlyList<SemanticScope> scopes)
    {
        var ranked = new List<SemanticCandidate>();
        foreach (var scope in scopes)
        {
            if (!_sets.TryGetValue(scope.SetId, out var set)) continue;
            var best = new double[set.Keys.Length];
            Array.Fill(best, double.NegativeInfinity);
            for (var row = 0; row < set.KeyOfRow.Length; row++)
            {
                var score = Dot(query, set.Matrix.AsSpan(row * Dimensions, Dimensions));
                ref var slot = ref best[set.KeyOfRow[row]];
                if (score > slot) slot = score;
            }
            for (var k = 0; k < set.Keys.Length; k++)
                if (!double.IsNegativeInfinity(best[k]) && (scope.Keys is null || scope.Keys.Contains(set.Keys[k])))
                    ranked.Add(new SemanticCandidate(scope.SetId, set.Keys[k], best[k]));
        }
        // A stable sort: ties keep the order of the scopes and of the set (the order shown), the same every time.
        return ranked.OrderByDescending(c => c.Score).ToList();
    }

    private static double Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        var total = Vector.Sum(sum);
        for (; i < a.Length; i++) total += a[i] * b[i];
        return total;
    }

    private sealed record SetRows(string[] Keys, float[] Matrix, int[] KeyOfRow);
}
