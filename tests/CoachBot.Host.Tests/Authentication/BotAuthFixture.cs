using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.State;
using CoachBot.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.Authentication;

/// <summary>
/// The bot with a MicrosoftAppId, wired to local stand-ins of everything Azure: OpenID metadata and keys (plain http on
/// 127.0.0.1), a token endpoint over TLS with a certificate made here, and a connector that records what the bot sends.
/// One per test class: the keys, servers and host are shared by its cases.
/// </summary>
public sealed class BotAuthFixture : IAsyncLifetime
{
    public const string AppId = "2f4c6e8a-1b3d-4f5a-8c7e-9d0b1a2c3e4f";
    public const string OtherAppId = "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4";
    public const string ChannelIssuer = "https://api.botframework.com";

    private readonly X509Certificate2 _certificate = TestCertificate.CreateForLoopback();
    private WebApplicationFactory<Program>? _factory;
    private int _issued;

    /// <summary>Signs channel tokens; endorsed for Teams, Web Chat and Direct Line, not for Slack.</summary>
    public TestSigningKey ChannelKey { get; } = new("channel-key", "msteams", "webchat", "directline");

    public TestSigningKey EmulatorKey { get; } = new("emulator-key");

    /// <summary>A key nobody published.</summary>
    public TestSigningKey RogueKey { get; } = new("rogue-key");

    /// <summary>A different key that claims the channel key's id.</summary>
    public TestSigningKey ImpostorKey { get; } = new("channel-key");

    public LocalServer Metadata { get; private set; } = null!;
    public LocalServer TokenEndpoint { get; private set; } = null!;
    public LoopbackConnector Connector { get; private set; } = null!;
    public CountingUserStore Store { get; } = new(new MemoryUserStore());
    public HttpClient Bot { get; private set; } = null!;

    /// <summary>Where the channel says replies go; Teams-like, with a path.</summary>
    public string ServiceUrl => new Uri(Connector.ServiceUrl, "amer/").AbsoluteUri;

    public async Task InitializeAsync()
    {
        Metadata = await LocalServer.StartAsync(ServeMetadataAsync);
        TokenEndpoint = await LocalServer.StartAsync(async (_, response) =>
        {
            response.ContentType = "application/json";
            await response.WriteAsync($$"""
                {"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"outbound-{{Interlocked.Increment(ref _issued)}}"}
                """);
        }, _certificate);
        Connector = await LoopbackConnector.StartAsync();

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("MicrosoftAppType", "MultiTenant");
            host.UseSetting("MicrosoftAppId", AppId);
            host.UseSetting("MicrosoftAppPassword", "test-secret-not-real");
            host.UseSetting("Storage:Provider", "Memory");
            host.UseSetting("BotAuth:ChannelOpenIdMetadataUrl", new Uri(Metadata.BaseUrl, "channel/openidconfiguration").AbsoluteUri);
            host.UseSetting("BotAuth:EmulatorOpenIdMetadataUrl", new Uri(Metadata.BaseUrl, "emulator/openid-configuration").AbsoluteUri);
            host.UseSetting("BotAuth:Authority", new Uri(TokenEndpoint.BaseUrl, "botframework.com").AbsoluteUri);
            host.UseSetting("Connector:BaseDelay", "00:00:00.010");
            host.ConfigureTestServices(services =>
            {
                services.AddSingleton<IUserStore>(Store);
                services.AddHttpClient(BotAuthHttpClients.Token)
                    .ConfigurePrimaryHttpMessageHandler(() => TestCertificate.TrustingHandler(_certificate));
            });
        });
        Bot = _factory.CreateClient();
    }

    /// <summary>Forgets what earlier cases did, so a case sees only its own storage calls and sends.</summary>
    public void Reset()
    {
        Store.Reset();
        Connector.Clear();
    }

    private async Task ServeMetadataAsync(RecordedRequest request, HttpResponse response)
    {
        var path = request.RawTarget;
        JsonObject? body = path switch
        {
            "/channel/openidconfiguration" => new JsonObject
            {
                ["issuer"] = ChannelIssuer,
                ["jwks_uri"] = new Uri(Metadata.BaseUrl, "channel/keys").AbsoluteUri,
                ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            },
            "/channel/keys" => new JsonObject { ["keys"] = new JsonArray(ChannelKey.ToJwk()) },
            "/emulator/openid-configuration" => new JsonObject
            {
                ["issuer"] = "https://login.microsoftonline.com/{tenantid}/v2.0",
                ["jwks_uri"] = new Uri(Metadata.BaseUrl, "emulator/keys").AbsoluteUri,
            },
            "/emulator/keys" => new JsonObject { ["keys"] = new JsonArray(EmulatorKey.ToJwk()) },
            _ => null,
        };
        if (body is null)
        {
            response.StatusCode = 404;
            return;
        }
        response.ContentType = "application/json";
        await response.WriteAsync(body.ToJsonString());
    }

    public async Task DisposeAsync()
    {
        Bot?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Metadata.DisposeAsync();
        await TokenEndpoint.DisposeAsync();
        await Connector.DisposeAsync();
        foreach (var key in new[] { ChannelKey, EmulatorKey, RogueKey, ImpostorKey }) key.Dispose();
        _certificate.Dispose();
    }
}
