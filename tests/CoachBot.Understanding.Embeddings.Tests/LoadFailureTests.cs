using CoachBot.BotFramework.Understanding;
using Microsoft.Extensions.Logging;

namespace CoachBot.Understanding.Embeddings.Tests;

/// <summary>A model that cannot load (a missing native library, a broken package) leaves the coach on its rules.</summary>
public class LoadFailureTests
{
    [Fact]
    public async Task AModelThatCannotLoadMatchesNothingAndSaysSoOnce()
    {
        var attempts = 0;
        var broken = new EmbeddingModel($"broken-{Guid.NewGuid():N}", _ =>
        {
            Interlocked.Increment(ref attempts);
            throw new DllNotFoundException("libonnxruntime.so");
        }, EmbeddingModels.Default.Thresholds);
        var logger = new CapturingLogger<EmbeddingSemanticMatcher>();
        var matcher = new EmbeddingSemanticMatcher(broken, [new CandidateSetList(SharedModel.Examples)], logger);

        matcher.StartLoading();
        Assert.False(await matcher.WhenReadyAsync(CancellationToken.None));
        Assert.Same(SemanticMatch.None, await matcher.MatchAsync("finished it on Sunday", "reflection.progress", CancellationToken.None));
        Assert.Same(SemanticMatch.None, await matcher.MatchAsync("way behind", "reflection.progress", CancellationToken.None));

        Assert.Equal(1, attempts);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Critical, entry.Level);
        Assert.Contains("DllNotFoundException", entry.Message);
        Assert.DoesNotContain("Sunday", entry.Message);
    }

    [Fact]
    public async Task AMatchAskedBeforeTheModelIsReadyWaitsForIt()
    {
        var gate = new ManualResetEventSlim();
        var slow = new EmbeddingModel($"slow-{Guid.NewGuid():N}", options =>
        {
            gate.Wait(TimeSpan.FromSeconds(30));
            options.Dispose();
            return new KeywordEncoder();
        }, EmbeddingModels.Default.Thresholds);
        var matcher = new EmbeddingSemanticMatcher(slow, [new CandidateSetList([new("reflection.progress", [new("done", ["finished it"]), new("behind", ["running late"])])])],
            new CapturingLogger<EmbeddingSemanticMatcher>());

        var pending = matcher.MatchAsync("all finished", "reflection.progress", CancellationToken.None).AsTask();
        await Task.Yield();
        Assert.False(pending.IsCompleted);
        gate.Set();
        Assert.Equal("done", (await pending).Best?.Key);
    }

    /// <summary>Two dimensions, "finish" or not: enough to see a match come through without loading a real model.</summary>
    private sealed class KeywordEncoder : SentenceTransformers.ISentenceEncoder
    {
        public float[][] Encode(string[] sentences, CancellationToken cancellationToken = default) =>
            sentences.Select(s => s.Contains("finish", StringComparison.Ordinal) ? new[] { 1f, 0f } : new[] { 0f, 1f }).ToArray();
    }

    [Fact]
    public async Task AWaitingMatchCanBeCancelled()
    {
        var gate = new ManualResetEventSlim();
        var never = new EmbeddingModel($"never-{Guid.NewGuid():N}", _ => { gate.Wait(TimeSpan.FromSeconds(30)); throw new InvalidOperationException("gave up"); },
            EmbeddingModels.Default.Thresholds);
        var matcher = new EmbeddingSemanticMatcher(never, [new CandidateSetList([new("reflection.progress", [new("done", ["finished it"])])])],
            new CapturingLogger<EmbeddingSemanticMatcher>());
        using var cancel = new CancellationTokenSource();
        var pending = matcher.MatchAsync("all finished", "reflection.progress", cancel.Token).AsTask();
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        gate.Set();
    }

    [Fact]
    public async Task WithoutCandidateSetsNothingIsLoaded()
    {
        var loads = 0;
        var counted = new EmbeddingModel($"counted-{Guid.NewGuid():N}", _ => { Interlocked.Increment(ref loads); throw new InvalidOperationException(); },
            EmbeddingModels.Default.Thresholds);
        var logger = new CapturingLogger<EmbeddingSemanticMatcher>();
        var matcher = new EmbeddingSemanticMatcher(counted, [], logger);

        matcher.StartLoading();
        Assert.False(await matcher.WhenReadyAsync(CancellationToken.None));
        Assert.Same(SemanticMatch.None, await matcher.MatchAsync("finished it", "reflection.progress", CancellationToken.None));
        Assert.Equal(0, loads);
        Assert.Empty(logger.Entries);
    }
}
