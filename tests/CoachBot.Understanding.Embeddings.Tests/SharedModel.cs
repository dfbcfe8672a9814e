using CoachBot.BotFramework.Understanding;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.Understanding.Embeddings.Tests;

/// <summary>
/// The model and the index of the draft examples, loaded once for the whole test process (the matcher's own
/// process-wide cache guarantees it; this only keeps one matcher for the tests that do not build their own).
/// </summary>
internal static class SharedModel
{
    public static string ExamplesPath => Path.Combine(AppContext.BaseDirectory, "Data", "examples.yaml");

    public static IReadOnlyList<CandidateSet> Examples => ExamplesCache.Value;

    private static readonly Lazy<IReadOnlyList<CandidateSet>> ExamplesCache = new(() => ExamplesFile.Read(ExamplesPath));

    private static readonly Lazy<EmbeddingSemanticMatcher> MatcherCache = new(() =>
    {
        var matcher = new EmbeddingSemanticMatcher(EmbeddingModels.Default, [new CandidateSetList(Examples)], NullLogger<EmbeddingSemanticMatcher>.Instance);
        matcher.StartLoading();
        return matcher;
    });

    public static SentenceEmbedder Embedder => ProcessWide.Embedder(EmbeddingModels.Default);

    /// <summary>The matcher over the draft examples, ready.</summary>
    public static async Task<EmbeddingSemanticMatcher> MatcherAsync()
    {
        var matcher = MatcherCache.Value;
        Assert.True(await matcher.WhenReadyAsync(CancellationToken.None), "the shipped model did not load");
        return matcher;
    }
}
