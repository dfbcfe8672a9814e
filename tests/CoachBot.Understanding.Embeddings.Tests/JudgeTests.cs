using CoachBot.BotFramework.Understanding;

namespace CoachBot.Understanding.Embeddings.Tests;

/// <summary>The verdict on a ranking, without a model: which scores are Sure, Unsure or None.</summary>
public class JudgeTests
{
    private static readonly MatchThresholds Thresholds = new(Sure: 0.6, Margin: 0.05, Unsure: 0.4);

    private static SemanticMatch Judge(params (string Key, double Score)[] ranked) =>
        EmbeddingSemanticMatcher.Judge(ranked.Select(r => new SemanticCandidate("set", r.Key, r.Score)).ToList(), Thresholds);

    [Fact]
    public void AHighScoreWellAheadIsSure() => Assert.Equal(MatchConfidence.Sure, Judge(("done", 0.7), ("onTrack", 0.6)).Confidence);

    [Fact]
    public void AHighScoreTooCloseToARivalIsUnsure() => Assert.Equal(MatchConfidence.Unsure, Judge(("done", 0.7), ("onTrack", 0.67)).Confidence);

    [Fact]
    public void AMiddleScoreIsUnsure() => Assert.Equal(MatchConfidence.Unsure, Judge(("done", 0.5), ("onTrack", 0.2)).Confidence);

    [Fact]
    public void ALowScoreIsNone() => Assert.Equal(MatchConfidence.None, Judge(("done", 0.39), ("onTrack", 0.1)).Confidence);

    [Fact]
    public void NoRankingIsNone() => Assert.Same(SemanticMatch.None, Judge());

    [Fact]
    public void ASingleCandidateHasNoRival() => Assert.Equal(MatchConfidence.Sure, Judge(("done", 0.61)).Confidence);

    [Fact]
    public void TheSameKeyInAnotherSetIsNoRival()
    {
        var ranked = new List<SemanticCandidate> { new("intents", "myPlan", 0.70), new("menu.main", "myPlan", 0.69), new("intents", "editPlan", 0.50) };
        var match = EmbeddingSemanticMatcher.Judge(ranked, Thresholds);
        Assert.Equal(MatchConfidence.Sure, match.Confidence);
        Assert.Equal("intents", match.Best!.SetId);
    }

    [Fact]
    public void AtMostAHandfulOfCandidatesAreReported()
    {
        var match = Judge(Enumerable.Range(0, 12).Select(i => ($"k{i}", 0.9 - i * 0.05)).ToArray());
        Assert.Equal(EmbeddingSemanticMatcher.MaxRanked, match.Ranked.Count);
        Assert.Equal("k0", match.Best!.Key);
    }

    [Theory]
    [InlineData(0.6, 0.05, 0.7)]
    [InlineData(1.2, 0.05, 0.4)]
    [InlineData(0.6, -0.1, 0.4)]
    [InlineData(0.6, 0.05, 0)]
    public void ThresholdsOutOfOrderAreProblems(double sure, double margin, double unsure) =>
        Assert.NotEmpty(new MatchThresholds(sure, margin, unsure).FindProblems());

    [Fact]
    public void TheShippedThresholdsAreInOrder() => Assert.Empty(EmbeddingModels.Default.Thresholds.FindProblems());
}
