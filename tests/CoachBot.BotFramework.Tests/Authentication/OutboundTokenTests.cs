using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Schema;
using CoachBot.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.BotFramework.Tests.Authentication;

/// <summary>
/// MSAL's client-credentials grant against a local token endpoint over TLS (a certificate made here, trusted only by the
/// token HttpClient), and the caching that lets one token serve many sends.
/// </summary>
public sealed class OutboundTokenTests : IAsyncLifetime
{
    private const string AppId = "5b1c2a0e-8d3f-4e61-9a7b-0c2d4e6f8a10";
    private const string Secret = "test-secret-not-real";

    private readonly X509Certificate2 _certificate = TestCertificate.CreateForLoopback();
    private LocalServer _tokenServer = null!;
    private int _issued;
    private int _expiresIn = 3600;

    public async Task InitializeAsync() =>
        _tokenServer = await LocalServer.StartAsync(async (request, response) =>
        {
            var number = Interlocked.Increment(ref _issued);
            response.ContentType = "application/json";
            await response.WriteAsync($$"""
                {"token_type":"Bearer","expires_in":{{_expiresIn}},"ext_expires_in":{{_expiresIn}},"access_token":"outbound-{{number}}"}
                """);
        }, _certificate);

    public async Task DisposeAsync()
    {
        await _tokenServer.DisposeAsync();
        _certificate.Dispose();
    }

    [Fact]
    public async Task ClientCredentialsGrantGoesToTheConfiguredAuthority()
    {
        using var services = Services();
        using var provider = Provider(services);

        var token = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("outbound-1", token);
        var request = Assert.Single(_tokenServer.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.RawTarget.Split('?')[0]);
        var form = QueryHelpers.ParseQuery(request.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(AppId, form["client_id"]);
        Assert.Equal(Secret, form["client_secret"]);
        Assert.Contains("https://api.botframework.com/.default", form["scope"].ToString().Split(' '));
    }

    [Fact]
    public async Task OneTokenServesManySends()
    {
        await using var connector = await LocalServer.StartAsync(async (_, response) =>
        {
            response.ContentType = "application/json";
            await response.WriteAsync("""{"id":"r"}""");
        });
        using var services = Services();
        using var provider = Provider(services);
        var factory = new ConnectorClientFactory(services.GetRequiredService<IHttpClientFactory>(), provider);
        var client = factory.Create(TrustedServiceUrl.FromInbound(new Uri(connector.BaseUrl, "amer/").AbsoluteUri,
            BotClaims.Authenticated(AppId, JwtBotAuthenticator.AzureCallerId))!);

        // A cold burst first (all waiting on one fetch), then sends one after another.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => client.SendToConversationAsync(Message(), CancellationToken.None)));
        for (var i = 0; i < 4; i++) await client.SendToConversationAsync(Message(), CancellationToken.None);

        Assert.Single(_tokenServer.Requests);
        Assert.Equal(12, connector.Requests.Count);
        Assert.All(connector.Requests, r => Assert.Equal("Bearer outbound-1", r.Authorization));
    }

    [Fact]
    public async Task TokenIsReplacedFiveMinutesBeforeItExpires()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var services = Services();
        using var provider = Provider(services, clock);

        Assert.Equal("outbound-1", await provider.GetTokenAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(54));
        Assert.Equal("outbound-1", await provider.GetTokenAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(5));
        Assert.Equal("outbound-2", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal("outbound-2", await provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal(2, _tokenServer.Requests.Count);
    }

    [Fact]
    public async Task ShortLivedTokenIsNotReused()
    {
        _expiresIn = 120;
        using var services = Services();
        using var provider = Provider(services);

        var first = await provider.GetTokenAsync(CancellationToken.None);
        var second = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal(("outbound-1", "outbound-2"), (first, second));
        Assert.Equal(2, _tokenServer.Requests.Count);
    }

    [Fact]
    public async Task UntrustedTokenEndpointCertificateIsRefused()
    {
        using var services = Services(trustCertificate: false);
        using var provider = Provider(services);

        await Assert.ThrowsAnyAsync<Exception>(async () => await provider.GetTokenAsync(CancellationToken.None));
        Assert.Empty(_tokenServer.Requests);
    }

    [Fact]
    public async Task ManagedIdentityTokenIsCachedAndAskedForTheBotFrameworkScope()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var credential = new FakeCredential(clock);
        using var provider = new ManagedIdentityBotTokenProvider(credential, BotAuthOptions.PublicOAuthScope, clock);

        Assert.Equal("mi-1", await provider.GetTokenAsync(CancellationToken.None));
        Assert.Equal("mi-1", await provider.GetTokenAsync(CancellationToken.None));
        clock.Advance(TimeSpan.FromMinutes(56));
        Assert.Equal("mi-2", await provider.GetTokenAsync(CancellationToken.None));

        Assert.Equal([BotAuthOptions.PublicOAuthScope], credential.Scopes.Distinct());
        Assert.Equal(2, credential.Scopes.Count);
    }

    private ServiceProvider Services(bool trustCertificate = true)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddBotConnectorHttpClient();
        var token = services.AddHttpClient(BotAuthHttpClients.Token);
        if (trustCertificate) token.ConfigurePrimaryHttpMessageHandler(() => TestCertificate.TrustingHandler(_certificate));
        return services.BuildServiceProvider();
    }

    private MsalBotTokenProvider Provider(ServiceProvider services, TimeProvider? clock = null) => new(
        new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = Secret },
        new BotAuthOptions { Authority = new Uri(_tokenServer.BaseUrl, "botframework.com").AbsoluteUri },
        new NamedMsalHttpClientFactory(services.GetRequiredService<IHttpClientFactory>(), BotAuthHttpClients.Token),
        clock ?? TimeProvider.System);

    private static Activity Message() => new()
    {
        Type = ActivityTypes.Message,
        Conversation = new ConversationAccount { Id = "a:conversation" },
        Text = "Hello",
    };

    private sealed class FakeCredential(TimeProvider clock) : TokenCredential
    {
        private int _issued;
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new NotSupportedException("The provider is async only.");

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            lock (Scopes) Scopes.AddRange(requestContext.Scopes);
            return ValueTask.FromResult(new AccessToken($"mi-{Interlocked.Increment(ref _issued)}", clock.GetUtcNow().AddHours(1)));
        }
    }
}
