using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.BotFramework.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.BotFramework.Builder;

/// <summary>
/// The turn pipeline of DESIGN.md "One turn": one storage read, the bot's turn with replies collected,
/// at most one conditional write (re-run on conflict), then the replies sent. Side effects happen at the edges,
/// so a turn is safe to re-run and a failed turn leaves stored state as it was.
/// </summary>
public sealed partial class CloudAdapter(
    IBot bot,
    IUserStore store,
    IConnectorClientFactory connectors,
    TextCatalog texts,
    TimeProvider clock,
    IOptions<AdapterOptions> options,
    ILogger<CloudAdapter> logger)
{
    private readonly AdapterOptions _options = options.Value;

    /// <summary>Runs the turn for an authenticated (or anonymous-mode) inbound activity.</summary>
    public async Task<TurnResponse> ProcessActivityAsync(Activity activity, BotClaims claims, CancellationToken cancellationToken)
    {
        // callerId is never trusted from the wire (spec A2251): it is what authentication established.
        activity.CallerId = claims.CallerId;
        MentionText.RemoveRecipientMention(activity);
        CardSubmit.ApplyText(activity);

        var userKey = UserKeys.For(activity);
        if (userKey is null)
        {
            // Nothing to remember or answer for an activity that names no user (e.g. a bare typing signal).
            return activity.IsType(ActivityTypes.Invoke) ? new TurnResponse(501, null) : TurnResponse.Ok;
        }

        var expectReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        TrustedServiceUrl? serviceUrl = TrustedServiceUrl.FromInbound(activity.ServiceUrl, claims);

        using var typing = !expectReplies && activity.IsType(ActivityTypes.Message) && serviceUrl is not null
            ? StartTyping(activity, serviceUrl, cancellationToken)
            : null;

        var outcome = await RunTurnAsync(activity, claims, userKey, callback: null, cancellationToken).ConfigureAwait(false);
        typing?.Cancel();

        if (expectReplies)
        {
            var body = new ExpectedReplies { Activities = outcome.Replies };
            return new TurnResponse(200, JsonSerializer.SerializeToNode(body, BotJsonContext.Default.ExpectedReplies));
        }

        if (!await SendAsync(outcome.Replies, serviceUrl, outcome.TraceId, cancellationToken).ConfigureAwait(false))
            return new TurnResponse(502, null);

        if (activity.IsType(ActivityTypes.Invoke))
        {
            var invoke = outcome.InvokeResponse ?? new InvokeResponse { Status = 501 };
            return new TurnResponse(invoke.Status, invoke.Body);
        }
        return TurnResponse.Ok;
    }

    /// <summary>
    /// A proactive turn for a stored user: a synthetic <c>event</c> named <c>ContinueConversation</c>, addressed from the
    /// user's stored conversation reference, runs through the same pipeline (one read, at most one write), then the
    /// replies go to the stored conversation. Nothing runs for a user with no record or no stored reference.
    /// </summary>
    public async Task<ProactiveResult> ContinueConversationAsync(string userKey,
        Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        var outcome = await RunTurnAsync(activity: null, BotClaims.Anonymous, userKey, callback, cancellationToken).ConfigureAwait(false);
        if (outcome.Failed) return new ProactiveResult(ProactiveStatus.Failed, 0, null);
        if (outcome.Reference is null) return new ProactiveResult(ProactiveStatus.NoReference, 0, null);
        var serviceUrl = TrustedServiceUrl.FromStoredReference(outcome.Reference.ServiceUrl, outcome.ReferenceAuthenticated);
        Exception? error = null;
        var sent = outcome.Replies.Count == 0 || await SendAsync(outcome.Replies, serviceUrl, outcome.TraceId, cancellationToken,
            ex => error = ex).ConfigureAwait(false);
        return new ProactiveResult(sent ? ProactiveStatus.Sent : ProactiveStatus.SendFailed, outcome.Replies.Count, error);
    }

    /// <summary>The synthetic activity of a proactive turn, addressed like a message from the user in the stored conversation.</summary>
    private static Activity ContinuationActivity(ConversationReference reference) => new()
    {
        Type = ActivityTypes.Event,
        Name = "ContinueConversation",
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        Conversation = reference.Conversation?.Clone(),
        From = reference.User?.CloneIdentity(),
        Recipient = reference.Bot?.CloneIdentity(),
        Locale = reference.Locale,
        RelatesTo = reference,
    };

    private sealed record TurnOutcome(List<Activity> Replies, InvokeResponse? InvokeResponse, string TraceId,
        ConversationReference? Reference, bool ReferenceAuthenticated, bool Failed = false);

    /// <param name="activity">The inbound activity, or null for a proactive turn built from the stored reference.</param>
    private async Task<TurnOutcome> RunTurnAsync(Activity? activity, BotClaims claims, string userKey,
        Func<ITurnContext, CancellationToken, Task>? callback, CancellationToken cancellationToken)
    {
        var inbound = activity is not null;
        var traceId = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? System.Diagnostics.ActivityTraceId.CreateRandom().ToString();
        for (var attempt = 0; ; attempt++)
        {
            StoredRecord? stored;
            UserRecord record;
            try
            {
                stored = await store.ReadAsync(userKey, cancellationToken).ConfigureAwait(false);
                record = stored is null ? new UserRecord() : Deserialize(stored.Json);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogStorageFailed(logger, ex, traceId, activity?.Type ?? "proactive");
                return inbound ? new TurnOutcome([Apology(activity!)], ErrorInvoke(), traceId, null, false) : NothingSent(traceId);
            }

            if (!inbound)
            {
                if (stored is null || record.Reference is null) return NothingSent(traceId, failed: false);
                activity = ContinuationActivity(record.Reference);
            }

            // A channel's retry of an activity this record already committed: re-send, do not re-run.
            if (activity!.Id is { } id && record.ProcessedActivityIds.Contains(id))
            {
                LogDuplicate(logger, traceId, id);
                var again = record.LastRepliesActivityId == id && record.LastReplies is { } last ? last : [];
                return new TurnOutcome(again, null, traceId, record.Reference, record.ReferenceAuthenticated);
            }

            var context = new TurnContext(activity, claims, userKey, record, isNewUser: stored is null, clock, store);
            try
            {
                if (callback is null) await bot.OnTurnAsync(context, cancellationToken).ConfigureAwait(false);
                else await callback(context, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogTurnFailed(logger, ex, traceId, activity.Type);
                // A failed proactive turn says nothing: the user did not ask for anything.
                return inbound
                    ? new TurnOutcome([Apology(activity)], ErrorInvoke(), traceId, record.Reference, record.ReferenceAuthenticated)
                    : NothingSent(traceId);
            }

            var replies = context.Replies.ToList();
            try
            {
                if (context.DeleteRequested)
                {
                    await store.DeleteUserAsync(userKey, cancellationToken).ConfigureAwait(false);
                    return new TurnOutcome(replies, context.InvokeResponse, traceId, record.Reference, record.ReferenceAuthenticated);
                }

                context.FlushProperties();
                // The reference is refreshed from every inbound activity a user sends (never from a proactive turn).
                if (inbound && (claims.IsAuthenticated || !record.ReferenceAuthenticated))
                {
                    var reference = activity.GetConversationReference();
                    // Proactive messages start a new message in the conversation rather than reply to one, so the
                    // activity id is not kept: a reference that only differs by it does not cost a write.
                    reference.ActivityId = null;
                    record.Reference = reference;
                    record.ReferenceAuthenticated = claims.IsAuthenticated;
                }

                var json = Serialize(record);
                if (stored is null || !string.Equals(json, stored.Json, StringComparison.Ordinal) || context.History.Count > 0)
                {
                    if (activity.Id is { } activityId)
                    {
                        record.ProcessedActivityIds.Add(activityId);
                        if (record.ProcessedActivityIds.Count > UserRecord.RememberedActivityIds)
                            record.ProcessedActivityIds.RemoveRange(0, record.ProcessedActivityIds.Count - UserRecord.RememberedActivityIds);
                        record.LastReplies = replies.Count > 0 ? replies : null;
                        record.LastRepliesActivityId = replies.Count > 0 ? activityId : null;
                        json = Serialize(record);
                    }
                    // The due index is written first: a stale index row is harmless, a missing one loses a check-in.
                    foreach (var due in context.Due) await store.UpsertDueAsync(due, cancellationToken).ConfigureAwait(false);
                    await store.WriteAsync(userKey, json, stored?.ETag, context.History, cancellationToken).ConfigureAwait(false);
                }
                return new TurnOutcome(replies, context.InvokeResponse, traceId, record.Reference, record.ReferenceAuthenticated);
            }
            catch (StoreConflictException) when (attempt < _options.MaxConflictRetries)
            {
                LogConflict(logger, traceId, attempt + 1);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogStorageFailed(logger, ex, traceId, activity.Type);
                return inbound
                    ? new TurnOutcome([Apology(activity)], ErrorInvoke(), traceId, record.Reference, record.ReferenceAuthenticated)
                    : NothingSent(traceId);
            }
        }
    }

    private static TurnOutcome NothingSent(string traceId, bool failed = true) => new([], null, traceId, null, false, failed);

    private async Task<bool> SendAsync(List<Activity> replies, TrustedServiceUrl? serviceUrl, string traceId,
        CancellationToken cancellationToken, Action<Exception>? onError = null)
    {
        if (replies.Count == 0) return true;
        if (serviceUrl is null)
        {
            LogNoServiceUrl(logger, traceId, replies.Count);
            return false;
        }
        var client = connectors.Create(serviceUrl);
        foreach (var reply in replies)
        {
            try
            {
                var outgoing = reply;
                outgoing.Id = null;
                if (reply.ReplyToId is not null) await client.ReplyToActivityAsync(outgoing, cancellationToken).ConfigureAwait(false);
                else await client.SendToConversationAsync(outgoing, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The turn is committed; the channel retries on 502 and the retry re-sends the stored replies.
                LogSendFailed(logger, ex, traceId, serviceUrl.Url.Host, reply.Type);
                onError?.Invoke(ex);
                return false;
            }
        }
        return true;
    }

    private TypingLoop? StartTyping(Activity activity, TrustedServiceUrl serviceUrl, CancellationToken cancellationToken)
    {
        var typing = new Activity
        {
            Type = ActivityTypes.Typing,
            ChannelId = activity.ChannelId,
            ServiceUrl = activity.ServiceUrl,
            Conversation = activity.Conversation?.Clone(),
            From = activity.Recipient?.CloneIdentity(),
            Recipient = activity.From?.CloneIdentity(),
            RelatesTo = activity.GetConversationReference(),
        };
        return new TypingLoop(connectors.Create(serviceUrl), typing, _options, clock, logger, cancellationToken);
    }

    private Activity Apology(Activity activity)
    {
        var reply = activity.CreateReply(texts.Get(CoreTexts.Apology, activity.Locale));
        reply.InputHint = InputHints.AcceptingInput;
        return reply;
    }

    private static InvokeResponse ErrorInvoke() => new()
    {
        Status = 500,
        Body = new JsonObject
        {
            ["statusCode"] = 500,
            ["type"] = ContentTypes.InvokeError,
            ["value"] = new JsonObject { ["code"] = "InternalError", ["message"] = "The turn failed." },
        },
    };

    internal static UserRecord Deserialize(string json) =>
        JsonSerializer.Deserialize(json, StateJsonContext.Default.UserRecord) ?? new UserRecord();

    internal static string Serialize(UserRecord record) => JsonSerializer.Serialize(record, StateJsonContext.Default.UserRecord);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed (trace {TraceId}, activity type {ActivityType}); the user got an apology and state was left unchanged")]
    private static partial void LogTurnFailed(ILogger logger, Exception ex, string traceId, string? activityType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Storage failed (trace {TraceId}, activity type {ActivityType}); the user got an apology")]
    private static partial void LogStorageFailed(ILogger logger, Exception ex, string traceId, string? activityType);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending a {ActivityType} to {ServiceHost} failed after the commit (trace {TraceId})")]
    private static partial void LogSendFailed(ILogger logger, Exception ex, string traceId, string serviceHost, string? activityType);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} was already processed (trace {TraceId}); re-sending its replies")]
    private static partial void LogDuplicate(ILogger logger, string traceId, string activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "ETag conflict (trace {TraceId}); re-running the turn on fresh state, attempt {Attempt}")]
    private static partial void LogConflict(ILogger logger, string traceId, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} replies could not be sent: the activity has no usable serviceUrl (trace {TraceId})")]
    private static partial void LogNoServiceUrl(ILogger logger, string traceId, int count);
}

public enum ProactiveStatus
{
    /// <summary>The turn ran and its replies (if any) were sent.</summary>
    Sent,
    /// <summary>The turn ran and committed, but sending failed (see Error; a ConnectorException tells whether to retry).</summary>
    SendFailed,
    /// <summary>The user has no record or no stored conversation reference; nothing ran.</summary>
    NoReference,
    /// <summary>The turn failed (storage or the callback threw); it was logged with its trace id and nothing was committed.</summary>
    Failed,
}

/// <summary>What a proactive turn did.</summary>
public sealed record ProactiveResult(ProactiveStatus Status, int Replies, Exception? Error);
