using Microsoft.Extensions.Logging.Abstractions;
using CoachBot.BotFramework.Understanding;

namespace CoachBot.Understanding.Embeddings.Tests;

/// <summary>The shipped model itself: loaded once per process, unit vectors, paraphrases near, unrelated far.</summary>
public class EncoderTests
{
    [Fact]
    public async Task EncoderAndIndexLoadOncePerProcess()
    {
        var shared = await SharedModel.MatcherAsync();
        Assert.Same(SharedModel.Embedder, ProcessWide.Embedder(EmbeddingModels.Default));

        // A second matcher over the same sets (as a second test host would build) reuses both.
        var second = new EmbeddingSemanticMatcher(EmbeddingModels.Default, [new CandidateSetList(SharedModel.Examples)], NullLogger<EmbeddingSemanticMatcher>.Instance);
        second.StartLoading();
        Assert.True(await second.WhenReadyAsync(CancellationToken.None));
        var (firstIndex, _) = ProcessWide.Index(SharedModel.Embedder, SharedModel.Examples);
        var (secondIndex, _) = ProcessWide.Index(SharedModel.Embedder, SharedModel.Examples.ToList());
        Assert.Same(firstIndex, secondIndex);
        Assert.Equal(
            (await shared.MatchAsync("stuck waiting on legal", "reflection.progress", CancellationToken.None)).Ranked,
            (await second.MatchAsync("stuck waiting on legal", "reflection.progress", CancellationToken.None)).Ranked);
    }

    [Fact]
    public void EmbeddingsAreUnitVectorsOfTheModelsSize()
    {
        var vector = SharedModel.Embedder.Embed("I finally sent my application", CancellationToken.None)!;
        Assert.Equal(384, vector.Length);
        Assert.Equal(1.0, Math.Sqrt(vector.Sum(x => (double)x * x)), 3);
    }

    [Theory]
    [InlineData("I finished the report yesterday", "the report is done, wrapped it up yesterday", "the weather in Lisbon is sunny")]
    [InlineData("can you show me my plan", "display my plan please", "I love pasta with garlic")]
    [InlineData("I'm stuck waiting for approval", "blocked until my boss approves it", "we adopted a puppy last week")]
    [InlineData("being paid well", "a good salary", "a walk by the river")]
    public void ParaphrasesAreCloserThanUnrelatedSentences(string text, string paraphrase, string unrelated)
    {
        var vectors = SharedModel.Embedder.EmbedMany([text, paraphrase, unrelated], CancellationToken.None);
        var near = Cosine(vectors[0], vectors[1]);
        var far = Cosine(vectors[0], vectors[2]);
        Assert.True(near > far + 0.2, $"paraphrase {near:F3}, unrelated {far:F3}");
    }

    [Fact]
    public void TheSameTextGivesTheSameVectorAloneOrInABatch()
    {
        var embedder = SharedModel.Embedder;
        var alone = embedder.Embed("way behind, the move ate my weekends", CancellationToken.None)!;
        Assert.Equal(alone, embedder.Embed("way behind, the move ate my weekends", CancellationToken.None));
        var batched = embedder.EmbedMany(["ok", "way behind, the move ate my weekends", "a much longer sentence that pads the batch quite a bit more"], CancellationToken.None)[1];
        Assert.Equal(1.0, Cosine(alone, batched), 5);
    }

    [Fact]
    public void EmptyTextHasNoVector()
    {
        Assert.Null(SharedModel.Embedder.Embed(" \t ", CancellationToken.None));
        Assert.Throws<ArgumentException>(() => SharedModel.Embedder.EmbedMany(["fine", ""], CancellationToken.None));
    }

    internal static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++) { dot += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; }
        return dot / Math.Sqrt(na * nb);
    }
}
