using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace CoachBot.Understanding.Embeddings;

/// <summary>
/// One loaded model: text in, unit-length vector out. Thread-safe (an ONNX Runtime session runs concurrent calls),
/// and each call runs on the caller's thread only (one intra-op thread), so concurrent turns share the cores
/// instead of each spinning up a thread pool: on a 2-core host a wider session only makes turns wait for each other.
/// </summary>
public sealed class SentenceEmbedder : IDisposable
{
    /// <summary>Texts per ONNX run when building the index; they are padded to the longest, so sorted by length first.</summary>
    private const int BatchSize = 32;

    private readonly ISentenceEncoder _encoder;

    private SentenceEmbedder(EmbeddingModel model, ISentenceEncoder encoder, TimeSpan loadTime, int dimensions)
    {
        Model = model;
        _encoder = encoder;
        LoadTime = loadTime;
        Dimensions = dimensions;
    }

    public EmbeddingModel Model { get; }

    /// <summary>How long loading the model took (reading it out of its assembly, building the ONNX session, one first run).</summary>
    public TimeSpan LoadTime { get; }

    public int Dimensions { get; }

    public static SentenceEmbedder Load(EmbeddingModel model)
    {
        var clock = Stopwatch.StartNew();
        // ONNX Runtime's own usage telemetry is on by default (and keeps a device id under the user's home folder):
        // a bot that runs on people's words sends nothing anywhere it was not configured to.
        OrtEnv.Instance().DisableTelemetryEvents();
        var options = CreateSessionOptions();
        ISentenceEncoder encoder;
        try
        {
            encoder = model.CreateEncoder(options);
        }
        catch
        {
            options.Dispose(); // the encoder owns its options only once it exists
            throw;
        }
        try
        {
            // One first run: ONNX Runtime finishes its own set-up on the first call, which would otherwise land on a turn.
            var dimensions = encoder.Encode(["warm up"])[0].Length;
            return new SentenceEmbedder(model, encoder, clock.Elapsed, dimensions);
        }
        catch
        {
            (encoder as IDisposable)?.Dispose();
            throw;
        }
    }

    internal static SessionOptions CreateSessionOptions()
    {
        var options = new SessionOptions
        {
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        // No busy-waiting worker threads: with one intra-op thread there are none to keep warm.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        return options;
    }

    /// <summary>The vector of one text (prepared by <see cref="EncoderText"/>; empty text gives null).</summary>
    public float[]? Embed(string text, CancellationToken cancellationToken)
    {
        var prepared = EncoderText.Prepare(text);
        return prepared.Length == 0 ? null : EmbedPrepared(prepared, cancellationToken);
    }

    /// <summary>The vector of a text <see cref="EncoderText"/> has already prepared (not empty).</summary>
    internal float[] EmbedPrepared(string prepared, CancellationToken cancellationToken) =>
        ExitGuard.Run(() => _encoder.Encode([prepared], cancellationToken)[0]);

    /// <summary>The vectors of many texts, in their order; batched by length so padding stays small.</summary>
    public float[][] EmbedMany(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var prepared = texts.Select(EncoderText.Prepare).ToArray();
        var empty = Array.FindIndex(prepared, p => p.Length == 0);
        if (empty >= 0) throw new ArgumentException($"Text {empty} is empty: there is nothing to embed.", nameof(texts));

        var order = Enumerable.Range(0, prepared.Length).OrderBy(i => prepared[i].Length).ThenBy(i => i).ToArray();
        var result = new float[prepared.Length][];
        for (var start = 0; start < order.Length; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested(); // between batches: one batch is a fraction of a second
            var batch = order.Skip(start).Take(BatchSize).ToArray();
            var vectors = _encoder.Encode(batch.Select(i => prepared[i]).ToArray(), cancellationToken);
            for (var j = 0; j < batch.Length; j++) result[batch[j]] = vectors[j];
        }
        return result;
    }

    public void Dispose() => (_encoder as IDisposable)?.Dispose();
}
