using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.BotFramework.Authentication;

/// <summary>
/// One OpenID metadata document with its key set: the signing keys and, per key id, the channels the key is
/// endorsed for (the Bot Framework's <c>endorsements</c> array on each JWK, which the standard OpenID types drop).
/// </summary>
public sealed class BotSigningKeys(string? issuer, IReadOnlyList<SecurityKey> signingKeys,
    IReadOnlyDictionary<string, IReadOnlySet<string>> endorsements)
{
    public string? Issuer { get; } = issuer;
    public IReadOnlyList<SecurityKey> SigningKeys { get; } = signingKeys;

    /// <summary>Key id to the channel ids it may sign for; a key without an <c>endorsements</c> array is absent.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Endorsements { get; } = endorsements;

    public bool IsEndorsedFor(string? keyId, string channelId) =>
        keyId is not null && Endorsements.TryGetValue(keyId, out var channels) && channels.Contains(channelId);
}

/// <summary>Reads the metadata document, then its <c>jwks_uri</c>, for <see cref="ConfigurationManager{T}"/> to cache.</summary>
public sealed class BotSigningKeysRetriever : IConfigurationRetriever<BotSigningKeys>
{
    public async Task<BotSigningKeys> GetConfigurationAsync(string address, IDocumentRetriever retriever, CancellationToken cancel)
    {
        // The document retriever itself allows http (for loopback test servers), so both URLs are checked here.
        if (!BotAuthOptions.IsAllowedMetadataUrl(address))
            throw new InvalidOperationException($"OpenID metadata must come over https (http only from a loopback host): {address}");
        var metadata = await retriever.GetDocumentAsync(address, cancel).ConfigureAwait(false);

        string? issuer;
        string? jwksUri;
        using (var document = JsonDocument.Parse(metadata))
        {
            issuer = ReadString(document.RootElement, "issuer");
            jwksUri = ReadString(document.RootElement, "jwks_uri");
        }
        if (!BotAuthOptions.IsAllowedMetadataUrl(jwksUri))
            throw new InvalidOperationException($"The metadata at {address} has no usable jwks_uri (https, or http from a loopback host).");

        var keysJson = await retriever.GetDocumentAsync(jwksUri!, cancel).ConfigureAwait(false);
        var keySet = new JsonWebKeySet(keysJson);
        return new BotSigningKeys(issuer, [.. keySet.GetSigningKeys()], ReadEndorsements(keysJson));
    }

    private static Dictionary<string, IReadOnlySet<string>> ReadEndorsements(string keysJson)
    {
        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(keysJson);
        if (!document.RootElement.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array) return result;
        foreach (var key in keys.EnumerateArray())
        {
            if (ReadString(key, "kid") is not { } kid) continue;
            if (!key.TryGetProperty("endorsements", out var endorsements) || endorsements.ValueKind != JsonValueKind.Array) continue;
            var channels = new HashSet<string>(StringComparer.Ordinal);
            foreach (var channel in endorsements.EnumerateArray())
                if (channel.ValueKind == JsonValueKind.String && channel.GetString() is { Length: > 0 } id) channels.Add(id);
            result[kid] = channels;
        }
        return result;
    }

    private static string? ReadString(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
