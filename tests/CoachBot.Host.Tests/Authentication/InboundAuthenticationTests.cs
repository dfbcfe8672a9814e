using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Host.Tests.Authentication;

/// <summary>
/// <c>POST /api/messages</c> with a MicrosoftAppId configured, through the real ASP.NET Core pipeline: which tokens pass,
/// and that a refused one (401) reaches neither storage nor the connector.
/// </summary>
public sealed class InboundAuthenticationTests(BotAuthFixture bot) : IClassFixture<BotAuthFixture>
{
    private const string EmulatorV1Issuer = "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/";
    private const string EmulatorV2Issuer = "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0";

    [Fact]
    public async Task ChannelTokenIsAcceptedAndTheReplyCarriesTheBotToken()
    {
        bot.Reset();

        var status = await PostAsync(ChannelToken(), Activity("msteams", "user-channel"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(bot.Store.Writes > 0, "the turn stored the new user");
        var sent = bot.Connector.Messages;
        Assert.NotEmpty(sent);
        Assert.All(sent, r => Assert.StartsWith("/amer/v3/conversations/conversation-user-channel/activities/", r.RawTarget));
        Assert.All(sent, r => Assert.Matches("^Bearer outbound-[0-9]+$", r.Authorization));
    }

    [Fact]
    public async Task EmulatorV1TokenWithOurAppIdIsAccepted()
    {
        bot.Reset();
        var token = TestTokens.Create(TestTokens.Rs256(bot.EmulatorKey), EmulatorV1Issuer,
            Claims(("aud", BotAuthFixture.AppId), ("ver", "1.0"), ("appid", BotAuthFixture.AppId)));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(Bearer(token), Activity("emulator", "user-emulator-v1")));
        Assert.True(bot.Store.Writes > 0);
    }

    [Fact]
    public async Task EmulatorV2TokenWithOurAppIdIsAccepted()
    {
        bot.Reset();
        var token = TestTokens.Create(TestTokens.Rs256(bot.EmulatorKey), EmulatorV2Issuer,
            Claims(("aud", BotAuthFixture.AppId), ("ver", "2.0"), ("azp", BotAuthFixture.AppId)));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(Bearer(token), Activity("emulator", "user-emulator-v2")));
        Assert.True(bot.Store.Writes > 0);
    }

    [Theory]
    [InlineData("bearer")]
    [InlineData("BEARER")]
    public async Task TheSchemeNameIsCaseInsensitive(string scheme)
    {
        // RFC 7235 2.1: "It uses a case-insensitive token as a means to identify the authentication scheme".
        bot.Reset();
        var token = TestTokens.Create(TestTokens.Rs256(bot.ChannelKey), BotAuthFixture.ChannelIssuer,
            Claims(("aud", BotAuthFixture.AppId), ("serviceurl", bot.ServiceUrl)));

        Assert.Equal(HttpStatusCode.OK, await PostAsync(scheme + " " + token, Activity("msteams", "user-scheme-" + scheme)));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"type":"message","from":5}""")]
    [InlineData("[]")]
    public async Task AnUnauthenticatedCallerGets401AndNoParserMessage(string body)
    {
        bot.Reset();
        foreach (var authorization in new[] { "Bearer not-a-token", Bearer(TestTokens.Create(TestTokens.Rs256(bot.RogueKey),
                     BotAuthFixture.ChannelIssuer, Claims(("aud", BotAuthFixture.AppId), ("serviceurl", bot.ServiceUrl)))) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
            using var response = await bot.Bot.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.DoesNotContain("BadSyntax", text);
            Assert.DoesNotContain("BadArgument", text);
            Assert.DoesNotContain("Path:", text);
        }
        Assert.Equal((0L, 0L), (bot.Store.Reads, bot.Store.Writes));
    }

    [Fact]
    public async Task OneOutboundTokenServesManyTurns()
    {
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.OK, await PostAsync(ChannelToken(), Activity("msteams", $"user-many-{i}")));

        Assert.Single(bot.TokenEndpoint.Requests);
        Assert.All(bot.Connector.Received, r => Assert.Equal("Bearer outbound-1", r.Authorization));
    }

    public static TheoryData<string> RefusedCases =>
    [
        "no Authorization header", "not a bearer header", "not a JWT", "bad signature", "expired", "not yet valid",
        "wrong audience", "wrong issuer", "alg none", "HS256 signed with the public key", "unknown kid",
        "key not endorsed for the channel", "no serviceurl claim", "serviceurl claim mismatch",
        "emulator token for another app id", "emulator token without ver", "channel issuer signed by the emulator key",
        "emulator issuer signed by the channel key",
    ];

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task RefusedTokenGets401AndTouchesNothing(string refusedCase)
    {
        var (authorization, activity) = Case(refusedCase);
        bot.Reset();
        var tokenRequests = bot.TokenEndpoint.Requests.Count;

        var status = await PostAsync(authorization, activity);

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal((0L, 0L), (bot.Store.Reads, bot.Store.Writes));
        Assert.Empty(bot.Connector.Received);
        Assert.Equal(tokenRequests, bot.TokenEndpoint.Requests.Count);
    }

    private (string? Authorization, JsonObject Activity) Case(string name)
    {
        var now = DateTime.UtcNow;
        var teams = Activity("msteams", "user-refused");
        var channelClaims = Claims(("aud", BotAuthFixture.AppId), ("serviceurl", bot.ServiceUrl));
        string Channel(SigningCredentials? credentials) => TestTokens.Create(credentials, BotAuthFixture.ChannelIssuer, channelClaims);
        var ours = TestTokens.Rs256(bot.ChannelKey);
        return name switch
        {
            "no Authorization header" => (null, teams),
            "not a bearer header" => ("Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes("bot:secret")), teams),
            "not a JWT" => ("Bearer not-a-token", teams),
            "bad signature" => (Bearer(Channel(TestTokens.Rs256(bot.ImpostorKey))), teams),
            "expired" => (Bearer(TestTokens.Create(ours, BotAuthFixture.ChannelIssuer, channelClaims, now.AddHours(-2), now.AddMinutes(-10))), teams),
            "not yet valid" => (Bearer(TestTokens.Create(ours, BotAuthFixture.ChannelIssuer, channelClaims, now.AddMinutes(10), now.AddHours(1))), teams),
            "wrong audience" => (Bearer(TestTokens.Create(ours, BotAuthFixture.ChannelIssuer,
                Claims(("aud", BotAuthFixture.OtherAppId), ("serviceurl", bot.ServiceUrl)))), teams),
            "wrong issuer" => (Bearer(TestTokens.Create(ours, "https://api.botframework.example", channelClaims)), teams),
            "alg none" => (Bearer(TestTokens.Unsigned(BotAuthFixture.ChannelIssuer, channelClaims)), teams),
            "HS256 signed with the public key" => (Bearer(Channel(new SigningCredentials(
                new SymmetricSecurityKey(bot.ChannelKey.PublicKeyPem) { KeyId = bot.ChannelKey.KeyId }, SecurityAlgorithms.HmacSha256))), teams),
            "unknown kid" => (Bearer(Channel(TestTokens.Rs256(bot.RogueKey))), teams),
            "key not endorsed for the channel" => (Bearer(Channel(ours)), Activity("slack", "user-refused")),
            "no serviceurl claim" => (Bearer(TestTokens.Create(ours, BotAuthFixture.ChannelIssuer, Claims(("aud", BotAuthFixture.AppId)))), teams),
            "serviceurl claim mismatch" => (Bearer(TestTokens.Create(ours, BotAuthFixture.ChannelIssuer,
                Claims(("aud", BotAuthFixture.AppId), ("serviceurl", "https://smba.trafficmanager.net/amer/")))), teams),
            "emulator token for another app id" => (Bearer(TestTokens.Create(TestTokens.Rs256(bot.EmulatorKey), EmulatorV2Issuer,
                Claims(("aud", BotAuthFixture.OtherAppId), ("ver", "2.0"), ("azp", BotAuthFixture.OtherAppId)))), Activity("emulator", "user-refused")),
            "emulator token without ver" => (Bearer(TestTokens.Create(TestTokens.Rs256(bot.EmulatorKey), EmulatorV1Issuer,
                Claims(("aud", BotAuthFixture.AppId), ("appid", BotAuthFixture.AppId)))), Activity("emulator", "user-refused")),
            "channel issuer signed by the emulator key" => (Bearer(Channel(TestTokens.Rs256(bot.EmulatorKey))), teams),
            "emulator issuer signed by the channel key" => (Bearer(TestTokens.Create(ours, EmulatorV2Issuer,
                Claims(("aud", BotAuthFixture.AppId), ("ver", "2.0"), ("azp", BotAuthFixture.AppId)))), Activity("emulator", "user-refused")),
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such case."),
        };
    }

    private string ChannelToken() => Bearer(TestTokens.Create(TestTokens.Rs256(bot.ChannelKey), BotAuthFixture.ChannelIssuer,
        Claims(("aud", BotAuthFixture.AppId), ("serviceurl", bot.ServiceUrl))));

    private static string Bearer(string token) => "Bearer " + token;

    private static Dictionary<string, object> Claims(params (string Name, object Value)[] claims) =>
        claims.ToDictionary(c => c.Name, c => c.Value);

    private JsonObject Activity(string channelId, string userId) => new()
    {
        ["type"] = "message",
        ["id"] = "activity-" + userId,
        ["channelId"] = channelId,
        ["serviceUrl"] = bot.ServiceUrl,
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Sam" },
        ["recipient"] = new JsonObject { ["id"] = "bot-id", ["name"] = "CoachBot" },
        ["conversation"] = new JsonObject { ["id"] = "conversation-" + userId },
        ["locale"] = "en-US",
        ["text"] = "help",
    };

    private async Task<HttpStatusCode> PostAsync(string? authorization, JsonObject activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        using var response = await bot.Bot.SendAsync(request);
        return response.StatusCode;
    }
}
