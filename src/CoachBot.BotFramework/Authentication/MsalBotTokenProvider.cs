using Microsoft.Identity.Client;

namespace CoachBot.BotFramework.Authentication;

/// <summary>
/// Outbound tokens for MultiTenant and SingleTenant bots: the client-credentials grant with the app's secret,
/// scope <c>https://api.botframework.com/.default</c> (research/botframework-protocol.md 3.2).
/// </summary>
public sealed class MsalBotTokenProvider : CachedBotTokenProvider
{
    private readonly IConfidentialClientApplication _msal;
    private readonly string[] _scopes;

    /// <param name="http">MSAL's HTTP client (from IHttpClientFactory, so tests can trust their own TLS certificate).</param>
    public MsalBotTokenProvider(BotFrameworkOptions app, BotAuthOptions auth, IMsalHttpClientFactory http, TimeProvider clock) : base(clock)
    {
        if (app.IsAnonymous) throw new ArgumentException("Outbound tokens need a MicrosoftAppId.", nameof(app));
        if (string.IsNullOrEmpty(app.MicrosoftAppPassword))
            throw new ArgumentException($"A {app.MicrosoftAppType} bot needs MicrosoftAppPassword.", nameof(app));

        var builder = ConfidentialClientApplicationBuilder.Create(app.MicrosoftAppId)
            .WithClientSecret(app.MicrosoftAppPassword)
            .WithHttpClientFactory(http);
        builder = string.IsNullOrEmpty(auth.Authority)
            ? builder.WithAuthority(DefaultAuthority(app))
            // An explicit authority (sovereign cloud, local test endpoint) is taken as given: no validation, no discovery.
            : builder.WithAuthority(auth.Authority, validateAuthority: false).WithInstanceDiscovery(false);
        _msal = builder.Build();
        _scopes = [auth.OAuthScope];
    }

    /// <summary>The botframework.com tenant for MultiTenant bots, the bot's own tenant for SingleTenant bots.</summary>
    public static string DefaultAuthority(BotFrameworkOptions app)
    {
        if (!app.IsSingleTenant) return $"{BotAuthOptions.PublicLoginInstance}/botframework.com";
        if (string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId))
            throw new ArgumentException("A SingleTenant bot needs MicrosoftAppTenantId.", nameof(app));
        return $"{BotAuthOptions.PublicLoginInstance}/{app.MicrosoftAppTenantId}";
    }

    protected override async Task<BotAccessToken> FetchAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        var result = await _msal.AcquireTokenForClient(_scopes).WithForceRefresh(forceRefresh)
            .ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return new BotAccessToken(result.AccessToken, result.ExpiresOn);
    }
}

/// <summary>Hands MSAL a client of IHttpClientFactory, so its handlers (and a test's trusted certificate) apply.</summary>
public sealed class NamedMsalHttpClientFactory(IHttpClientFactory httpClients, string name) : IMsalHttpClientFactory
{
    public HttpClient GetHttpClient() => httpClients.CreateClient(name);
}
