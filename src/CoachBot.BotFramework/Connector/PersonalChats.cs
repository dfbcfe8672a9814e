using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using System.Text.Json.Nodes;

namespace CoachBot.BotFramework.Connector;

/// <summary>What opening a personal chat gave: the conversation to send to, or why there is none.</summary>
/// <param name="Reason">For the log when there is no reference: a short fixed phrase, never anything the user wrote.</param>
public sealed record PersonalChat(ConversationReference? Reference, string Reason)
{
    public static PersonalChat Failed(string reason) => new(null, reason);
}

/// <summary>Opens the personal (1:1) chat of the user of an activity written in a channel or group chat.</summary>
public interface IPersonalChats
{
    /// <summary>
    /// The user's personal chat with the bot, opened now with the Connector's Create Conversation call; a reference
    /// with no conversation when the channel cannot open one (only Teams can), when the channel refuses, or when the
    /// call takes longer than one connector attempt. Throws only when <paramref name="cancellationToken"/> is cancelled.
    /// </summary>
    Task<PersonalChat> OpenAsync(Activity inbound, BotClaims claims, CancellationToken cancellationToken);
}

/// <summary>
/// Teams' Create Conversation (research/botframework-protocol.md 4.3): <c>POST {serviceUrl}/v3/conversations</c> with
/// <c>isGroup: false</c>, the bot, the user as the only member, and the tenant both as <c>tenantId</c> and at the top of
/// <c>channelData</c> (Teams answers 400 "Could not parse tenant id" without the latter). It goes only to the serviceUrl
/// the inbound activity came from, as that activity's authentication allows (<see cref="TrustedServiceUrl"/>); a
/// serviceUrl in the answer is not followed. The call gets one connector attempt's time
/// (<see cref="ConnectorResilienceOptions.AttemptTimeout"/>), so the turn that asks keeps room inside its deadline.
/// A user has one 1:1 chat with the bot on Teams, so asking twice should answer the same id (not verified against real
/// Teams; an ETag re-run of the turn asks again).
/// </summary>
public sealed partial class PersonalChats(IConnectorClientFactory connectors, IOptions<ConnectorResilienceOptions> options,
    ILogger<PersonalChats> logger) : IPersonalChats
{
    public async Task<PersonalChat> OpenAsync(Activity inbound, BotClaims claims, CancellationToken cancellationToken)
    {
        // Slack through Azure Bot Service and the other channels have no such call the bot may make.
        if (inbound.ChannelId != Channels.Msteams) return PersonalChat.Failed("the channel cannot open a personal chat");
        var user = inbound.From?.Id;
        var bot = inbound.Recipient?.Id;
        var tenant = inbound.Conversation?.TenantId ?? JsonRead.StringAt(inbound.ChannelData, "tenant", "id");
        if (string.IsNullOrEmpty(user) || string.IsNullOrEmpty(bot) || string.IsNullOrEmpty(tenant))
            return PersonalChat.Failed("the activity names no user, bot or tenant");
        if (TrustedServiceUrl.FromInbound(inbound.ServiceUrl, claims) is not { } serviceUrl)
            return PersonalChat.Failed("the activity has no usable serviceUrl");

        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = bot },
            Members = [new ChannelAccount { Id = user }],
            TenantId = tenant,
            ChannelData = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenant } },
        };
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(options.Value.AttemptTimeout);
        try
        {
            var created = await connectors.Create(serviceUrl).CreateConversationAsync(parameters, budget.Token).ConfigureAwait(false);
            if (string.IsNullOrEmpty(created.Id)) return Failed(serviceUrl, "the channel answered without a conversation id");
            return new PersonalChat(new ConversationReference
            {
                ChannelId = inbound.ChannelId,
                ServiceUrl = inbound.ServiceUrl,
                Conversation = new ConversationAccount { Id = created.Id, ConversationType = "personal", IsGroup = false, TenantId = tenant },
                User = inbound.From!.CloneIdentity(),
                Bot = inbound.Recipient!.CloneIdentity(),
                Locale = inbound.Locale,
            }, "opened");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(serviceUrl, "the channel did not answer in time");
        }
        catch (ConnectorException ex)
        {
            return Failed(serviceUrl, $"the channel answered {(int)ex.Status} {ex.Code}".TrimEnd());
        }
        catch (Exception ex) when (ex is HttpRequestException or ServiceUrlNotAllowedException or Polly.Timeout.TimeoutRejectedException)
        {
            return Failed(serviceUrl, "the channel could not be reached");
        }
    }

    private PersonalChat Failed(TrustedServiceUrl serviceUrl, string reason)
    {
        LogNotOpened(logger, serviceUrl.Url.Host, reason);
        return PersonalChat.Failed(reason);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "No personal chat could be opened at {ServiceHost}: {Reason}")]
    private static partial void LogNotOpened(ILogger logger, string serviceHost, string reason);
}
