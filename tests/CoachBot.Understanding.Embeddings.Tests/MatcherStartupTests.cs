using CoachBot.BotFramework.Understanding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CoachBot.Understanding.Embeddings.Tests;

/// <summary>
/// Issue 11's start-up budget: the host answers by its rules while the model loads in the background, instead of
/// holding the first turns for the seconds a load takes; once ready, the matcher matches.
/// </summary>
public class MatcherStartupTests
{
    [Fact]
    public async Task TheHostMatchesNothingUntilTheModelIsReadyThenMatches()
    {
        using var gate = new ManualResetEventSlim();
        var slow = new EmbeddingModel($"slow-{Guid.NewGuid():N}", options =>
        {
            gate.Wait(TimeSpan.FromSeconds(30));
            options.Dispose();
            return new FinishEncoder();
        }, EmbeddingModels.Default.Thresholds);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddSingleton(slow);
        builder.Services.AddSingleton<ICandidateSetSource>(new CandidateSetList([
            new("reflection.progress", [new("done", ["finished it"]), new("behind", ["running late"])])]));
        builder.Services.AddCoachBotUnderstanding(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        var matcher = host.Services.GetRequiredService<ISemanticMatcher>();

        var early = matcher.MatchAsync("all finished", "reflection.progress", CancellationToken.None).AsTask();
        Assert.True(early.IsCompleted, "a match before the model is ready waited for it");
        Assert.Same(SemanticMatch.None, await early);

        gate.Set();
        Assert.True(await ((EmbeddingSemanticMatcher)matcher).WhenReadyAsync(CancellationToken.None));
        Assert.Equal("done", (await matcher.MatchAsync("all finished", "reflection.progress", CancellationToken.None)).Best?.Key);
        await host.StopAsync();
    }

    /// <summary>Two dimensions, "finish" or not: a match comes through without loading a real model.</summary>
    private sealed class FinishEncoder : SentenceTransformers.ISentenceEncoder
    {
        public float[][] Encode(string[] sentences, CancellationToken cancellationToken = default) =>
            sentences.Select(s => s.Contains("finish", StringComparison.Ordinal) ? new[] { 1f, 0f } : new[] { 0f, 1f }).ToArray();
    }
}
