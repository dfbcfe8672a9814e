using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Host.Tests.Safety;
using CoachBot.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Authentication;

/// <summary>
/// Issue 14.10: signing keys rotate, and a token signed with a key the bot has not seen yet asks for fresh keys. Anyone
/// can send such a token, so the refresh is rate-limited (one per 30 s); and it must never hold off the real key: a
/// request with the new key is validated against the refreshed keys, also when another request started the refresh.
/// Local OpenID metadata and JWKS over real HTTP, the bot's clock a <see cref="FakeTimeProvider"/>.
/// Replies come in the HTTP body (expectReplies), so no outbound token is needed.
/// </summary>
public sealed class KeyRotationTests : IAsyncLifetime, IDisposable
{
    private readonly TestSigningKey _current = new("key-current", "msteams");
    private readonly TestSigningKey _next = new("key-next", "msteams");
    private readonly TestSigningKey _rogue = new("key-rogue", "msteams");
    private readonly List<TestSigningKey> _published = [];
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private LocalServer _metadata = null!;
    private BotWithSettings _bot = null!;
    private int _keyFetches;
    private TaskCompletionSource? _holdKeys;
    private TaskCompletionSource _keysRequested = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async Task InitializeAsync()
    {
        lock (_published) _published.Add(_current);
        _metadata = await LocalServer.StartAsync(ServeAsync);
        _bot = await BotWithSettings.StartAsync(new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = BotAuthFixture.AppId,
            ["MicrosoftAppPassword"] = "test-secret-not-real",
            ["Storage:Provider"] = "Memory",
            ["BotAuth:ChannelOpenIdMetadataUrl"] = new Uri(_metadata.BaseUrl, "channel/openidconfiguration").AbsoluteUri,
            ["BotAuth:EmulatorOpenIdMetadataUrl"] = new Uri(_metadata.BaseUrl, "emulator/openid-configuration").AbsoluteUri,
        }, services: s => s.AddSingleton<TimeProvider>(_clock));
        // The bot's first request loads the keys.
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_current));
        Assert.Equal(1, _keyFetches);
    }

    [Fact]
    public async Task AnUnknownKeyIdRefreshesTheKeysAtMostOncePer30Seconds()
    {
        for (var i = 0; i < 4; i++) Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(_rogue));
        Assert.Equal(2, _keyFetches);

        _clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(_rogue));
        Assert.Equal(2, _keyFetches);

        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(_rogue));
        Assert.Equal(3, _keyFetches);
    }

    [Fact]
    public async Task ANewKeyIsAcceptedOnTheFirstRequestThatUsesIt()
    {
        Publish(_next);

        Assert.Equal(HttpStatusCode.OK, await PostAsync(_next));
        Assert.Equal(2, _keyFetches);
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_next));
        Assert.Equal(2, _keyFetches);
    }

    [Fact]
    public async Task ARefreshStartedByAnotherRequestDoesNotRefuseTheNewKey()
    {
        _holdKeys = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _keysRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Publish(_next);

        var rogue = PostAsync(_rogue);
        await _keysRequested.Task.WaitAsync(TimeSpan.FromSeconds(20));
        var valid = PostAsync(_next);
        _holdKeys.SetResult();

        Assert.Equal(HttpStatusCode.Unauthorized, await rogue);
        Assert.Equal(HttpStatusCode.OK, await valid);
        Assert.Equal(2, _keyFetches);
    }

    [Fact]
    public async Task AKeyPublishedJustAfterAnAttackersRefreshIsAcceptedWithin30Seconds()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(_rogue));
        Publish(_next);

        // Inside the attacker's 30 s the new key waits: that is the price of the rate limit, and all it can cost.
        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(_next));
        _clock.Advance(TimeSpan.FromSeconds(21));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(_next));
    }

    private void Publish(TestSigningKey key)
    {
        lock (_published) _published.Add(key);
    }

    private async Task ServeAsync(RecordedRequest request, HttpResponse response)
    {
        JsonObject? body;
        switch (request.RawTarget)
        {
            case "/channel/openidconfiguration":
                body = new JsonObject
                {
                    ["issuer"] = BotAuthFixture.ChannelIssuer,
                    ["jwks_uri"] = new Uri(_metadata.BaseUrl, "channel/keys").AbsoluteUri,
                };
                break;
            case "/channel/keys":
                Interlocked.Increment(ref _keyFetches);
                _keysRequested.TrySetResult();
                if (_holdKeys is { } hold) await hold.Task;
                lock (_published) body = new JsonObject { ["keys"] = new JsonArray([.. _published.Select(k => (JsonNode)k.ToJwk())]) };
                break;
            default:
                body = null;
                break;
        }
        if (body is null)
        {
            response.StatusCode = 404;
            return;
        }
        response.ContentType = "application/json";
        await response.WriteAsync(body.ToJsonString());
    }

    private async Task<HttpStatusCode> PostAsync(TestSigningKey key)
    {
        var token = TestTokens.Create(TestTokens.Rs256(key), BotAuthFixture.ChannelIssuer,
            new Dictionary<string, object> { ["aud"] = BotAuthFixture.AppId, ["serviceurl"] = _bot.ServiceUrl });
        var activity = _bot.Message("29:rotation-" + Guid.NewGuid().ToString("N")[..8], "help");
        activity["deliveryMode"] = "expectReplies";
        using var response = await _bot.PostAsync(activity, "Bearer " + token);
        return response.StatusCode;
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _metadata.DisposeAsync();
    }

    public void Dispose()
    {
        _current.Dispose();
        _next.Dispose();
        _rogue.Dispose();
    }
}
