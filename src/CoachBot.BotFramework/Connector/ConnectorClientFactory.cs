using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.BotFramework.Connector;

/// <summary>
/// Builds connector clients on the named HttpClient <see cref="HttpClientName"/>. A token from
/// <see cref="IBotTokenProvider"/> is attached only when the serviceUrl may carry one (see <see cref="TrustedServiceUrl"/>).
/// A serviceUrl that came from an unauthenticated activity gets nothing at all unless <see cref="AnonymousServiceUrls"/>
/// allows it: this is the one place every outbound call passes, stored references of proactive turns included.
/// </summary>
public sealed partial class ConnectorClientFactory(IHttpClientFactory httpClients, IBotTokenProvider tokens,
    AnonymousServiceUrls? anonymousServiceUrls = null, ILogger<ConnectorClientFactory>? logger = null) : IConnectorClientFactory
{
    public const string HttpClientName = "BotConnector";

    private readonly AnonymousServiceUrls _anonymous = anonymousServiceUrls ?? AnonymousServiceUrls.LoopbackOnly;
    private readonly ILogger _logger = logger ?? NullLogger<ConnectorClientFactory>.Instance;

    public IConnectorClient Create(TrustedServiceUrl serviceUrl)
    {
        if (!serviceUrl.MayCarryToken && !_anonymous.Allows(serviceUrl.Url))
        {
            LogRefused(_logger, serviceUrl.Url.Authority);
            return new RefusingConnectorClient(serviceUrl.Url);
        }
        Func<CancellationToken, ValueTask<string?>> token = serviceUrl.MayCarryToken && tokens.IsEnabled
            ? tokens.GetTokenAsync
            : static _ => ValueTask.FromResult<string?>(null);
        return new ConnectorClient(httpClients.CreateClient(HttpClientName), serviceUrl.Url, token);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Nothing is sent to {ServiceHost}: the serviceUrl came from an unauthenticated activity and is neither loopback nor allowed by BotAuth:AnonymousServiceUrls")]
    private static partial void LogRefused(ILogger logger, string serviceHost);

    /// <summary>Every call fails before any byte leaves the process.</summary>
    private sealed class RefusingConnectorClient(Uri serviceUrl) : IConnectorClient
    {
        public Uri ServiceUrl => serviceUrl;

        private ServiceUrlNotAllowedException Refused() => new(serviceUrl);

        public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) => throw Refused();
        public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) => throw Refused();
        public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) => throw Refused();
        public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) => throw Refused();
        public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken) =>
            throw Refused();
        public Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string conversationId, CancellationToken cancellationToken) =>
            throw Refused();
        public Task<ChannelAccount> GetConversationMemberAsync(string conversationId, string memberId, CancellationToken cancellationToken) =>
            throw Refused();
    }
}

/// <summary>A serviceUrl learned without authentication that anonymous mode does not send to (see <see cref="AnonymousServiceUrls"/>).</summary>
public sealed class ServiceUrlNotAllowedException(Uri serviceUrl)
    : Exception($"Nothing is sent to {serviceUrl.Authority}: in anonymous mode only loopback serviceUrls and those BotAuth:AnonymousServiceUrls allows get replies.")
{
    public Uri ServiceUrl { get; } = serviceUrl;
}
