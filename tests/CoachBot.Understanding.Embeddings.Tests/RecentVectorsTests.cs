using CoachBot.BotFramework.Understanding;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Understanding.Embeddings.Tests;

public class RecentVectorsTests
{
    [Fact]
    public void StaysWithinItsCapacityAndKeepsWhatIsInUse()
    {
        var recent = new RecentVectors(capacity: 4);
        recent.Add("sounds good", [1f]);
        for (var i = 0; i < 20; i++)
        {
            recent.Add("text " + i, [i]);
            Assert.True(recent.TryGet("sounds good", out var vector), $"lost after {i + 1} other texts");
            Assert.Equal([1f], vector);
            Assert.True(recent.Count <= 4, $"{recent.Count} kept");
        }
        Assert.False(recent.TryGet("text 0", out _));
        Assert.True(recent.TryGet("text 19", out _));
    }

    [Fact]
    public void CapacityZeroKeepsNothing()
    {
        var recent = new RecentVectors(capacity: 0);
        recent.Add("sounds good", [1f]);
        Assert.False(recent.TryGet("sounds good", out _));
        Assert.Equal(0, recent.Count);
    }

    [Fact]
    public async Task TheSameWordsTypedAgainRunTheModelOnce()
    {
        var cached = await ReadyMatcherAsync(recentTexts: 16);
        var uncached = await ReadyMatcherAsync(recentTexts: 0);
        string[] typed = ["Spot on, keep it", "spot on,   keep it", "SPOT ON, KEEP IT"];

        int cachedRuns = 0, uncachedRuns = 0;
        foreach (var text in typed)
        {
            var before = Counter.Runs;
            var withCache = await cached.MatchAsync(text, "reflection.progress", CancellationToken.None);
            cachedRuns += Counter.Runs - before;
            before = Counter.Runs;
            var without = await uncached.MatchAsync(text, "reflection.progress", CancellationToken.None);
            uncachedRuns += Counter.Runs - before;
            Assert.Equal(without.Ranked, withCache.Ranked);
        }
        Assert.Equal(1, cachedRuns);
        Assert.Equal(3, uncachedRuns);
        Assert.Equal(1, cached.RecentTextCount);
    }

    private static readonly RunCounter Counter = new();

    /// <summary>The shipped model under another name, with its runs counted: loaded once for this class (ProcessWide).</summary>
    private static readonly EmbeddingModel Counted = new("MiniLM-L6-v2, runs counted",
        options => Counter.Wrap(MeanPoolingEncoder.MiniLM(options)), EmbeddingModels.Default.Thresholds);

    private static async Task<EmbeddingSemanticMatcher> ReadyMatcherAsync(int recentTexts)
    {
        var sets = new CandidateSet[] { new("reflection.progress", [new("done", ["finished it"]), new("behind", ["running late"])]) };
        var matcher = new EmbeddingSemanticMatcher(Counted, [new CandidateSetList(sets)], NullLogger<EmbeddingSemanticMatcher>.Instance,
            recentTexts: recentTexts);
        matcher.StartLoading();
        Assert.True(await matcher.WhenReadyAsync(CancellationToken.None));
        return matcher;
    }

    private sealed class RunCounter
    {
        private int _runs;
        public int Runs => Volatile.Read(ref _runs);
        public SentenceTransformers.ISentenceEncoder Wrap(SentenceTransformers.ISentenceEncoder inner) => new Counting(inner, this);

        private sealed class Counting(SentenceTransformers.ISentenceEncoder inner, RunCounter counter) : SentenceTransformers.ISentenceEncoder, IDisposable
        {
            public float[][] Encode(string[] sentences, CancellationToken cancellationToken = default)
            {
                Interlocked.Increment(ref counter._runs);
                return inner.Encode(sentences, cancellationToken);
            }

            public void Dispose() => (inner as IDisposable)?.Dispose();
        }
    }
}
