using CoachBot.BotFramework.Understanding;
using Microsoft.Extensions.Hosting;

namespace CoachBot.Understanding.Embeddings;

/// <summary>
/// Starts loading the model and building the index once the host has started (Kestrel listening), without holding
/// start-up for them: on a 2-core host, loading alongside start-up would slow the first answer. A match asked
/// before they are ready waits for them.
/// </summary>
internal sealed class MatcherWarmUp(ISemanticMatcher matcher, IHostApplicationLifetime lifetime) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (matcher is EmbeddingSemanticMatcher embeddings)
            lifetime.ApplicationStarted.Register(embeddings.StartLoading);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
