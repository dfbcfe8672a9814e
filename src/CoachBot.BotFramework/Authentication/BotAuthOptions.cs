namespace CoachBot.BotFramework.Authentication;

/// <summary>
/// The <c>BotAuth</c> section: where tokens come from and who may issue them. The defaults are the public Azure cloud;
/// every value can be overridden for a sovereign cloud or for tests that run their own metadata and token endpoints.
/// </summary>
public sealed class BotAuthOptions
{
    public const string SectionName = "BotAuth";

    public const string PublicChannelMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string PublicChannelIssuer = "https://api.botframework.com";
    public const string PublicEmulatorMetadataUrl = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";
    public const string PublicLoginInstance = "https://login.microsoftonline.com";
    public const string PublicOAuthScope = "https://api.botframework.com/.default";

    /// <summary>The tenants whose tokens the Emulator presents (v1 and v2 issuers of each).</summary>
    public static IReadOnlyList<string> PublicEmulatorIssuers { get; } =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    /// <summary>OpenID metadata whose keys (with their <c>endorsements</c>) sign Azure Bot Service channel tokens.</summary>
    public string ChannelOpenIdMetadataUrl { get; set; } = PublicChannelMetadataUrl;

    /// <summary>The only issuer of channel tokens.</summary>
    public string ChannelIssuer { get; set; } = PublicChannelIssuer;

    /// <summary>OpenID metadata whose keys sign Entra tokens presented by the Emulator.</summary>
    public string EmulatorOpenIdMetadataUrl { get; set; } = PublicEmulatorMetadataUrl;

    /// <summary>Issuers accepted for Emulator tokens; empty means <see cref="PublicEmulatorIssuers"/>.</summary>
    /// <remarks>Null by default: the configuration binder appends to a pre-filled list instead of replacing it.</remarks>
    public List<string>? EmulatorIssuers { get; set; }

    /// <summary>
    /// The outbound token authority, e.g. <c>https://login.microsoftonline.com/botframework.com</c>. Empty: the
    /// botframework.com tenant for MultiTenant, MicrosoftAppTenantId for SingleTenant. When set, MSAL neither
    /// validates it nor runs instance discovery, so it may point at a sovereign cloud or a local test endpoint.
    /// </summary>
    public string? Authority { get; set; }

    /// <summary>The scope of outbound tokens.</summary>
    public string OAuthScope { get; set; } = PublicOAuthScope;

    /// <summary>Tolerated clock difference when checking a token's lifetime.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long signing keys are kept before they are fetched again. A token whose key id they lack also fetches them, at
    /// most once per <see cref="SigningKeyCache.UnknownKeyRefreshInterval"/> (30 s).
    /// </summary>
    public TimeSpan KeysRefreshInterval { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Anonymous mode only (no MicrosoftAppId): serviceUrls other than loopback that activities may name and replies may go
    /// to, each an http(s) URL prefix or a host name. Empty: loopback only (the Emulator and the Playground run here).
    /// </summary>
    public List<string>? AnonymousServiceUrls { get; set; }

    public IReadOnlyList<string> EffectiveEmulatorIssuers =>
        EmulatorIssuers is { Count: > 0 } issuers ? issuers : PublicEmulatorIssuers;

    /// <summary>Metadata and keys are fetched over https; plain http only from this machine (tests, local tools).</summary>
    public static bool IsAllowedMetadataUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));

    /// <summary>The problems of these settings, each naming its key; empty when they are usable.</summary>
    public IEnumerable<string> FindProblems()
    {
        if (!IsAllowedMetadataUrl(ChannelOpenIdMetadataUrl))
            yield return $"{SectionName}:ChannelOpenIdMetadataUrl must be an https URL (http only for a loopback host).";
        if (!IsAllowedMetadataUrl(EmulatorOpenIdMetadataUrl))
            yield return $"{SectionName}:EmulatorOpenIdMetadataUrl must be an https URL (http only for a loopback host).";
        if (string.IsNullOrWhiteSpace(ChannelIssuer)) yield return $"{SectionName}:ChannelIssuer must not be empty.";
        if (!string.IsNullOrEmpty(Authority)
            && !(Uri.TryCreate(Authority, UriKind.Absolute, out var authority) && authority.Scheme == Uri.UriSchemeHttps))
            yield return $"{SectionName}:Authority must be an https URL.";
        if (string.IsNullOrWhiteSpace(OAuthScope)) yield return $"{SectionName}:OAuthScope must not be empty.";
        if (ClockSkew < TimeSpan.Zero || ClockSkew > TimeSpan.FromMinutes(10))
            yield return $"{SectionName}:ClockSkew must be between 0 and 10 minutes.";
        if (KeysRefreshInterval < TimeSpan.FromMinutes(5) || KeysRefreshInterval > TimeSpan.FromDays(1))
            yield return $"{SectionName}:KeysRefreshInterval must be between 5 minutes and 1 day.";
        for (var i = 0; i < (AnonymousServiceUrls?.Count ?? 0); i++)
            if (Authentication.AnonymousServiceUrls.Problem(AnonymousServiceUrls![i]) is { } problem)
                yield return $"{SectionName}:AnonymousServiceUrls:{i} {problem}";
    }
}

/// <summary>The named HttpClients of authentication, so a host (or a test) can configure their handlers.</summary>
public static class BotAuthHttpClients
{
    /// <summary>Fetches OpenID metadata and signing keys.</summary>
    public const string Metadata = "BotAuthMetadata";

    /// <summary>MSAL's client for the token endpoint.</summary>
    public const string Token = "BotAuthToken";
}
