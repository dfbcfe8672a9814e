using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace CoachBot.BotFramework.Builder;

/// <summary>Shows "typing" while a turn runs longer than <see cref="AdapterOptions.TypingDelay"/>, as Bot Builder's ShowTypingMiddleware does.</summary>
internal sealed partial class TypingLoop : IDisposable
{
    private readonly CancellationTokenSource _stop;

    public TypingLoop(IConnectorClient client, Activity typing, AdapterOptions options, TimeProvider clock, ILogger logger,
        CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var token = _stop.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(options.TypingDelay, clock, token).ConfigureAwait(false);
                while (!token.IsCancellationRequested)
                {
                    await client.SendToConversationAsync(typing, token).ConfigureAwait(false);
                    await Task.Delay(options.TypingPeriod, clock, token).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (Exception ex)
            {
                LogTypingFailed(logger, ex);
            }
        }, CancellationToken.None);
    }

    public void Cancel() => _stop.Cancel();

    public void Dispose()
    {
        _stop.Cancel();
        _stop.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "The typing indicator could not be sent")]
    private static partial void LogTypingFailed(ILogger logger, Exception ex);
}
