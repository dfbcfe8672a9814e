using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Diagnostics;
using CoachBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;

namespace CoachBot.BotFramework.Builder;

/// <summary>The edge of a turn: sends its collected replies in order, after the commit, and says how it went.</summary>
internal sealed partial class ReplySender(IConnectorClientFactory connectors, ILogger logger)
{
    /// <summary>How a send went: <see cref="SendFailure.None"/> when every reply went (or there were none).</summary>
    public readonly record struct Result(SendFailure Failure, int? ChannelStatus)
    {
        public bool Sent => Failure == SendFailure.None;
    }

    public async Task<Result> SendAsync(IReadOnlyList<Activity> replies, TrustedServiceUrl? serviceUrl, string traceId,
        CancellationToken cancellationToken)
    {
        if (replies.Count == 0) return new Result(SendFailure.None, null);
        if (serviceUrl is null)
        {
            LogNoServiceUrl(logger, traceId, replies.Count);
            return new Result(SendFailure.Transient, null);
        }
        var client = connectors.Create(serviceUrl);
        foreach (var reply in replies)
        {
            try
            {
                // A choice card's update (Cards/ChoiceCardInvoke): PUT over the message it names.
                if (reply.IsType(ActivityTypes.MessageUpdate))
                {
                    reply.Type = ActivityTypes.Message;
                    await client.UpdateActivityAsync(reply, cancellationToken).ConfigureAwait(false);
                    continue;
                }
                reply.Id = null;
                if (reply.ReplyToId is not null) await client.ReplyToActivityAsync(reply, cancellationToken).ConfigureAwait(false);
                else await client.SendToConversationAsync(reply, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The turn is committed: a channel retries on 502 and the retry re-sends the stored replies; the
                // scheduler tries again on a later poll.
                LogSendFailed(logger, ex, traceId, serviceUrl.Url.Host, reply.Type);
                TurnTelemetry.ConnectorFailed(ex, SendFailures.Classify(ex));
                return new Result(SendFailures.Classify(ex), (int?)(ex as ConnectorException)?.Status);
            }
        }
        return new Result(SendFailure.None, null);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending a {ActivityType} to {ServiceHost} failed after the commit (trace {TraceId})")]
    private static partial void LogSendFailed(ILogger logger, Exception ex, string traceId, string serviceHost, string? activityType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} replies could not be sent: the activity has no usable serviceUrl (trace {TraceId})")]
    private static partial void LogNoServiceUrl(ILogger logger, string traceId, int count);
}
