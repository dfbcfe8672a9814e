using CoachBot.BotFramework.Schema;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.BotFramework.Authentication;

/// <summary>
/// Validates the bearer JWT of an inbound activity (research/botframework-protocol.md 3.1). The unvalidated issuer
/// only picks the path; each path then checks signature, issuer, lifetime and algorithm against its own keys:
/// <list type="bullet">
/// <item>channel tokens (Azure Bot Service): audience = our app id, the signing key endorsed for the activity's
/// channelId, and the <c>serviceurl</c> claim equal to the activity's serviceUrl;</item>
/// <item>Emulator tokens (Entra): <c>appid</c> (v1) or <c>azp</c> (v2) = our app id.</item>
/// </list>
/// The first list item's activity checks run in <see cref="Authorize"/>, once the body is parsed; everything else runs on
/// the token alone, before the body is read. Every failure is a <see cref="BotAuthenticationException"/>, which the
/// endpoint answers with 401.
/// </summary>
public sealed class JwtBotAuthenticator : IBotAuthenticator
{
    /// <summary>The callerId of activities that came through Azure Bot Service (public cloud).</summary>
    public const string AzureCallerId = "urn:botframework:azure";

    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly string _appId;
    private readonly BotAuthOptions _auth;
    private readonly SigningKeyCache _channelKeys;
    private readonly SigningKeyCache _emulatorKeys;
    private readonly HashSet<string> _emulatorIssuers;
    private readonly JsonWebTokenHandler _handler = new();

    /// <param name="metadataHttp">Fetches OpenID metadata and keys; kept for the process lifetime.</param>
    /// <param name="clock">Times key refreshes (the system clock unless a test gives its own).</param>
    public JwtBotAuthenticator(BotFrameworkOptions app, BotAuthOptions auth, HttpClient metadataHttp, TimeProvider? clock = null)
    {
        if (app.IsAnonymous) throw new ArgumentException("Token validation needs a MicrosoftAppId.", nameof(app));
        _appId = app.MicrosoftAppId!;
        _auth = auth;
        _channelKeys = KeysAt(auth.ChannelOpenIdMetadataUrl, auth, metadataHttp, clock ?? TimeProvider.System);
        _emulatorKeys = KeysAt(auth.EmulatorOpenIdMetadataUrl, auth, metadataHttp, clock ?? TimeProvider.System);
        _emulatorIssuers = new HashSet<string>(auth.EffectiveEmulatorIssuers, StringComparer.Ordinal);
        if (app.IsSingleTenant && !string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId))
        {
            // A single-tenant bot's own tenant issues the Emulator's tokens too (v1 and v2 issuer forms).
            _emulatorIssuers.Add($"https://sts.windows.net/{app.MicrosoftAppTenantId}/");
            _emulatorIssuers.Add($"{BotAuthOptions.PublicLoginInstance}/{app.MicrosoftAppTenantId}/v2.0");
        }
    }

    public bool IsAnonymousMode => false;

    public async Task<BotToken> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken)
    {
        var token = ReadBearer(authorizationHeader);
        string issuer;
        try
        {
            issuer = new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            throw new BotAuthenticationException("The bearer token is not a JWT.");
        }

        if (string.Equals(issuer, _auth.ChannelIssuer, StringComparison.Ordinal))
        {
            var (jwt, keys) = await ValidateAsync(token, _channelKeys, [_auth.ChannelIssuer], validateAudience: true, cancellationToken)
                .ConfigureAwait(false);
            return new BotToken(BotTokenKind.Channel, jwt, keys);
        }
        if (_emulatorIssuers.Contains(issuer))
        {
            var jwt = await ValidateEmulatorTokenAsync(token, cancellationToken).ConfigureAwait(false);
            return new BotToken(BotTokenKind.Emulator, jwt, null);
        }
        throw new BotAuthenticationException($"Tokens from issuer '{issuer}' are not accepted.");
    }

    public BotClaims Authorize(BotToken token, Activity activity)
    {
        switch (token.Kind)
        {
            case BotTokenKind.Channel:
                AuthorizeChannelActivity(token.Jwt!, token.Keys!, activity);
                break;
            case BotTokenKind.Emulator:
                break;
            default:
                throw new BotAuthenticationException("The request carries no validated token.");
        }
        return BotClaims.Authenticated(_appId, AzureCallerId);
    }

    private static void AuthorizeChannelActivity(JsonWebToken jwt, BotSigningKeys keys, Activity activity)
    {
        // A key signs only for the channels it is endorsed for, so a key of one channel cannot speak for another.
        if (!string.IsNullOrEmpty(activity.ChannelId) && !keys.IsEndorsedFor(jwt.SigningKey?.KeyId ?? jwt.Kid, activity.ChannelId))
            throw new BotAuthenticationException($"The signing key is not endorsed for channel '{activity.ChannelId}'.");

        // The serviceUrl is where replies (and our token) go: it must be the one the channel signed.
        if (!jwt.TryGetPayloadValue<string>("serviceurl", out var serviceUrl) || string.IsNullOrEmpty(serviceUrl))
            throw new BotAuthenticationException("The token has no serviceurl claim.");
        if (!string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
            throw new BotAuthenticationException("The serviceurl claim does not match the activity's serviceUrl.");
    }

    private async Task<JsonWebToken> ValidateEmulatorTokenAsync(string token, CancellationToken cancellationToken)
    {
        // Like the Bot Framework SDK, the audience is not checked here: the caller must be our own app (appid/azp),
        // which only a holder of our app's credentials can be.
        var (jwt, _) = await ValidateAsync(token, _emulatorKeys, _emulatorIssuers, validateAudience: false, cancellationToken)
            .ConfigureAwait(false);
        if (!jwt.TryGetPayloadValue<string>("ver", out var version))
            throw new BotAuthenticationException("The Emulator token has no ver claim.");
        var appIdClaim = version switch
        {
            "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => throw new BotAuthenticationException($"Unknown Emulator token version '{version}'."),
        };
        if (!jwt.TryGetPayloadValue<string>(appIdClaim, out var appId) || !string.Equals(appId, _appId, StringComparison.OrdinalIgnoreCase))
            throw new BotAuthenticationException($"The Emulator token's {appIdClaim} is not this bot's app id.");
        return jwt;
    }

    private async Task<(JsonWebToken Jwt, BotSigningKeys Keys)> ValidateAsync(string token, SigningKeyCache cache,
        IEnumerable<string> issuers, bool validateAudience, CancellationToken cancellationToken)
    {
        BotSigningKeys keys;
        try
        {
            keys = await cache.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Fail closed: without keys nothing can be trusted.
            throw new BotAuthenticationException($"The signing keys could not be fetched: {ex.Message}");
        }

        var result = await ValidateAgainstAsync(token, keys, issuers, validateAudience).ConfigureAwait(false);
        // Keys rotate: a key id the keys in hand lack asks for fresh keys (rate-limited), and the token is judged by them.
        if (!result.IsValid && result.Exception is SecurityTokenSignatureKeyNotFoundException
            && await cache.RefreshForUnknownKeyAsync(keys, cancellationToken).ConfigureAwait(false) is { } fresh)
        {
            keys = fresh;
            result = await ValidateAgainstAsync(token, keys, issuers, validateAudience).ConfigureAwait(false);
        }
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
            throw new BotAuthenticationException(result.Exception?.Message ?? "The token is not valid.");
        return (jwt, keys);
    }

    private Task<TokenValidationResult> ValidateAgainstAsync(string token, BotSigningKeys keys, IEnumerable<string> issuers,
        bool validateAudience) =>
        _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidateIssuer = true,
            ValidAudience = _appId,
            ValidateAudience = validateAudience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = _auth.ClockSkew,
            IssuerSigningKeys = keys.SigningKeys,
            ValidAlgorithms = AllowedAlgorithms,
            RequireSignedTokens = true,
            // The key named by kid, and only it: endorsements belong to that key.
            TryAllIssuerSigningKeys = false,
        });

    /// <summary>The token of <c>Bearer &lt;token&gt;</c>; the scheme name is case-insensitive (RFC 7235 2.1).</summary>
    private static string ReadBearer(string? authorizationHeader)
    {
        const string scheme = "Bearer ";
        if (string.IsNullOrEmpty(authorizationHeader)) throw new BotAuthenticationException("No Authorization header.");
        if (!authorizationHeader.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || authorizationHeader.Length == scheme.Length
            || authorizationHeader.IndexOf(' ', scheme.Length) >= 0)
            throw new BotAuthenticationException("The Authorization header is not 'Bearer <token>'.");
        return authorizationHeader[scheme.Length..];
    }

    private static SigningKeyCache KeysAt(string metadataUrl, BotAuthOptions auth, HttpClient http, TimeProvider clock) =>
        new(metadataUrl, new BotSigningKeysRetriever(), new HttpDocumentRetriever(http) { RequireHttps = false },
            auth.KeysRefreshInterval, clock);
}
