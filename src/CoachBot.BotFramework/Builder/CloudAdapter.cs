using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Diagnostics;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.BotFramework.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.BotFramework.Builder;

/// <summary>
/// The two ways into the turn pipeline (DESIGN.md "One turn"): an activity a channel sent, and a turn the bot starts
/// for a stored user. Both run through <see cref="TurnRunner"/> (load, run, commit); this class is their edges:
/// what goes in, and where the collected replies go afterwards (the channel, or the HTTP body for expectReplies).
/// A user's turns on this instance run one after another (<see cref="UserTurnLocks"/>); their replies are sent after.
/// </summary>
public sealed partial class CloudAdapter : IProactiveTurns
{
    private readonly IConnectorClientFactory _connectors;
    private readonly TextCatalog _texts;
    private readonly TimeProvider _clock;
    private readonly AdapterOptions _options;
    private readonly ILogger _logger;
    private readonly TurnRunner _runner;
    private readonly ReplySender _sender;

    public CloudAdapter(IBot bot, IUserStore store, IConnectorClientFactory connectors, TextCatalog texts, TimeProvider clock,
        UserRecordSerializer records, IOptions<AdapterOptions> options, ILogger<CloudAdapter> logger)
    {
        _connectors = connectors;
        _texts = texts;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
        _runner = new TurnRunner(bot, store, records, clock, _options.MaxConflictRetries, _options.TurnDeadline, new UserTurnLocks(), logger);
        _sender = new ReplySender(connectors, logger);
    }

    /// <summary>Runs the turn for an authenticated (or anonymous-mode) inbound activity; the answer for the HTTP request.</summary>
    public async Task<TurnResponse> ProcessActivityAsync(Activity activity, BotClaims claims, CancellationToken cancellationToken)
    {
        using var telemetry = TurnTelemetry.Start(activity.ChannelId, activity.Type);
        // callerId is never trusted from the wire (spec A2251): it is what authentication established.
        activity.CallerId = claims.CallerId;
        MentionText.RemoveRecipientMention(activity);
        CardSubmit.ApplyText(activity);

        if (UserKeys.For(activity) is not { } userKey)
        {
            // Nothing to remember or answer for an activity that names no user (e.g. a bare typing signal).
            return activity.IsType(ActivityTypes.Invoke) ? new TurnResponse(501, null) : TurnResponse.Ok;
        }

        var expectReplies = activity.DeliveryMode == DeliveryModes.ExpectReplies;
        var serviceUrl = TrustedServiceUrl.FromInbound(activity.ServiceUrl, claims);
        TurnOutcome outcome;
        using (expectReplies || !activity.IsType(ActivityTypes.Message) || serviceUrl is null ? null : StartTyping(activity, serviceUrl, cancellationToken))
        {
            outcome = await _runner.RunAsync(new InboundTurn(activity, claims, userKey), cancellationToken).ConfigureAwait(false);
        }
        telemetry.Ran(outcome.Result);
        // A failed turn apologises; what it collected is dropped with the state it did not commit.
        var failed = outcome.Result == TurnResult.Failed;
        IReadOnlyList<Activity> replies = failed ? [Apology(activity)] : outcome.Replies;

        if (expectReplies)
        {
            if (failed) LogApology(_logger, outcome.TraceId, "in the HTTP response");
            var body = new ExpectedReplies { Activities = [.. replies] };
            return new TurnResponse(200, JsonSerializer.SerializeToNode(body, BotJsonContext.Default.ExpectedReplies));
        }
        var send = await _sender.SendAsync(replies, serviceUrl, outcome.TraceId, cancellationToken).ConfigureAwait(false);
        telemetry.Sent(send.Failure);
        // Said as it happened: the line must not claim the user was told when the channel refused the apology too.
        if (failed) LogApology(_logger, outcome.TraceId, send.Sent ? "sent" : "not sent (the send failed)");
        if (!send.Sent) return new TurnResponse(502, null);
        if (!activity.IsType(ActivityTypes.Invoke)) return TurnResponse.Ok;
        var invoke = failed ? ErrorInvoke() : outcome.InvokeResponse ?? new InvokeResponse { Status = 501 };
        return new TurnResponse(invoke.Status, invoke.Body);
    }

    /// <summary>
    /// A proactive turn for a stored user (see <see cref="IProactiveTurns"/>). A failed one says nothing: the user did
    /// not ask for anything.
    /// </summary>
    public async Task<ProactiveResult> ContinueConversationAsync(string userKey, Func<ITurnContext, CancellationToken, Task> turn,
        CancellationToken cancellationToken)
    {
        using var telemetry = TurnTelemetry.StartProactive();
        var outcome = await _runner.RunAsync(new ProactiveTurn(userKey, turn), cancellationToken).ConfigureAwait(false);
        telemetry.Ran(outcome.Result, outcome.Reference?.ChannelId);
        switch (outcome.Result)
        {
            case TurnResult.Failed: return new ProactiveResult(ProactiveStatus.Failed, 0);
            case TurnResult.NothingToRun: return new ProactiveResult(ProactiveStatus.NoReference, 0);
            case TurnResult.NoPersonalConversation: return new ProactiveResult(ProactiveStatus.NoPersonalConversation, 0);
        }
        var serviceUrl = TrustedServiceUrl.FromStoredReference(outcome.Reference?.ServiceUrl, outcome.ReferenceAuthenticated);
        var sent = await _sender.SendAsync(outcome.Replies, serviceUrl, outcome.TraceId, cancellationToken).ConfigureAwait(false);
        telemetry.Sent(sent.Failure);
        return sent.Sent
            ? new ProactiveResult(ProactiveStatus.Sent, outcome.Replies.Count)
            : new ProactiveResult(ProactiveStatus.SendFailed, outcome.Replies.Count, sent.Failure, sent.ChannelStatus);
    }

    private TypingLoop StartTyping(Activity activity, TrustedServiceUrl serviceUrl, CancellationToken cancellationToken)
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
        return new TypingLoop(_connectors.Create(serviceUrl), typing, _options, _clock, _logger, cancellationToken);
    }

    private Activity Apology(Activity activity)
    {
        var reply = activity.CreateReply(_texts.Get(CoreTexts.Apology, activity.Locale));
        reply.InputHint = InputHints.AcceptingInput;
        return reply;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The apology for failed turn {TraceId} was {Delivery}")]
    private static partial void LogApology(ILogger logger, string traceId, string delivery);

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
}
