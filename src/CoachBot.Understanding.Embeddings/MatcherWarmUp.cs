using CoachBot.BotFramework.Understanding;
using Microsoft.Extensions.Hosting;

namespace CoachBot.Understanding.Embeddings;

/// <summary>
/// Starts loading the model and building the index when the host starts, without holding start-up for them: the
/// host answers its first request while they load (a match asked meanwhile waits for them).
/// </summary>
internal sealed class MatcherWarmUp(ISemanticMatcher matcher) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        (matcher as EmbeddingSemanticMatcher)?.StartLoading();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
