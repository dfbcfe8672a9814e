using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Connector;

/// <summary>The Bot Connector REST API (<c>/v3/conversations</c>) at one serviceUrl.</summary>
public interface IConnectorClient
{
    Uri ServiceUrl { get; }

    Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken);
    Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken);
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);
    Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken);
    Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken);
    Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string conversationId, CancellationToken cancellationToken);
    Task<ChannelAccount> GetConversationMemberAsync(string conversationId, string memberId, CancellationToken cancellationToken);
}

/// <summary>
/// Makes connector clients. A bearer token is attached only for a <see cref="TrustedServiceUrl"/>, which only
/// inbound authentication or a stored reference (itself taken from an authenticated activity) can produce.
/// </summary>
public interface IConnectorClientFactory
{
    IConnectorClient Create(TrustedServiceUrl serviceUrl);
}

/// <summary>A serviceUrl learned from an authenticated inbound activity (or, in anonymous local mode, from any).</summary>
public sealed class TrustedServiceUrl
{
    internal TrustedServiceUrl(Uri url, bool mayCarryToken)
    {
        Url = url;
        MayCarryToken = mayCarryToken;
    }

    public Uri Url { get; }

    /// <summary>The serviceUrl of an inbound activity that passed authentication; null when it is missing or not absolute http(s).</summary>
    internal static TrustedServiceUrl? FromInbound(string? serviceUrl, Authentication.BotClaims claims) =>
        Parse(serviceUrl) is { } url ? new TrustedServiceUrl(url, claims.IsAuthenticated) : null;

    /// <summary>The serviceUrl of a stored reference; it may carry a token only if the reference came from an authenticated activity.</summary>
    internal static TrustedServiceUrl? FromStoredReference(string? serviceUrl, bool referenceAuthenticated) =>
        Parse(serviceUrl) is { } url ? new TrustedServiceUrl(url, referenceAuthenticated) : null;

    private static Uri? Parse(string? serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
            ? url
            : null;

    /// <summary>False for a serviceUrl learned in anonymous mode: no token is ever sent there.</summary>
    public bool MayCarryToken { get; }

    public override string ToString() => Url.ToString();
}
