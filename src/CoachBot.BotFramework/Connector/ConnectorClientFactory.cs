using CoachBot.BotFramework.Authentication;

namespace CoachBot.BotFramework.Connector;

/// <summary>
/// Builds connector clients on the named HttpClient <see cref="HttpClientName"/>. A token from
/// <see cref="IBotTokenProvider"/> is attached only when the serviceUrl may carry one (see <see cref="TrustedServiceUrl"/>).
/// </summary>
public sealed class ConnectorClientFactory(IHttpClientFactory httpClients, IBotTokenProvider tokens) : IConnectorClientFactory
{
    public const string HttpClientName = "BotConnector";

    public IConnectorClient Create(TrustedServiceUrl serviceUrl)
    {
        Func<CancellationToken, ValueTask<string?>> token = serviceUrl.MayCarryToken && tokens.IsEnabled
            ? tokens.GetTokenAsync
            : static _ => ValueTask.FromResult<string?>(null);
        return new ConnectorClient(httpClients.CreateClient(HttpClientName), serviceUrl.Url, token);
    }
}
