using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using CoachBot.BotFramework.Understanding;

namespace CoachBot.Understanding.Embeddings;

/// <summary>
/// One encoder per model and one index per set of examples, for the whole process: a model costs a second or two of
/// CPU and some 250 MB to load, and test runs and benchmarks build many hosts in one process. A host's matcher takes
/// them from here; nothing is built per host, per test or per turn. Failures are cached too: a model that cannot
/// load in this process will not load on a second try.
/// </summary>
internal static class ProcessWide
{
    private static readonly ConcurrentDictionary<string, Lazy<SentenceEmbedder>> Embedders = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, Lazy<(ExampleIndex Index, TimeSpan BuildTime)>> Indexes = new(StringComparer.Ordinal);

    public static SentenceEmbedder Embedder(EmbeddingModel model) =>
        Embedders.GetOrAdd(model.Name, _ => new Lazy<SentenceEmbedder>(() =>
        {
            var embedder = ExitGuard.Run(() => SentenceEmbedder.Load(model));
            // The package copies its ~87 MB model out of the assembly into a managed array, which ONNX Runtime copies
            // again; the array is garbage now, but the GC would keep its memory committed. Once per process, at start.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            return embedder;
        })).Value;

    /// <summary>The index of <paramref name="sets"/> for this model, and how long building it took.</summary>
    public static (ExampleIndex Index, TimeSpan BuildTime) Index(SentenceEmbedder embedder, IReadOnlyList<CandidateSet> sets) =>
        Indexes.GetOrAdd(embedder.Model.Name + "|" + Fingerprint(sets), _ => new(() =>
        {
            var clock = Stopwatch.StartNew();
            var index = ExitGuard.Run(() => ExampleIndex.Build(sets, embedder, ExitGuard.Exit));
            return (index, clock.Elapsed);
        })).Value;

    /// <summary>A digest of every set id, key and phrase in order: equal sets share one index.</summary>
    internal static string Fingerprint(IReadOnlyList<CandidateSet> sets)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(char tag, string value)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(tag + value.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + value));
        }
        foreach (var set in sets)
        {
            Add('s', set.Id);
            foreach (var candidate in set.Candidates)
            {
                Add('k', candidate.Key);
                foreach (var phrase in candidate.Phrases) Add('p', phrase);
            }
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }
}
