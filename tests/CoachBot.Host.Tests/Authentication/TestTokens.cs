using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CoachBot.Host.Tests.Authentication;

/// <summary>An RSA signing key made for the test run, published as a JWK with the channels it is endorsed for.</summary>
public sealed class TestSigningKey(string keyId, params string[] endorsements) : IDisposable
{
    private readonly RSA _rsa = RSA.Create(2048);

    public string KeyId { get; } = keyId;

    public RsaSecurityKey SecurityKey => new(_rsa) { KeyId = KeyId };

    /// <summary>The public key as the JWKS document lists it (never the private part).</summary>
    public JsonObject ToJwk()
    {
        var parameters = _rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new JsonObject
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
        };
        if (endorsements.Length > 0) jwk["endorsements"] = new JsonArray([.. endorsements.Select(e => JsonValue.Create(e))]);
        return jwk;
    }

    /// <summary>The public key in PEM form: the "secret" of the classic HS256 key-confusion attack.</summary>
    public byte[] PublicKeyPem => Encoding.ASCII.GetBytes(_rsa.ExportSubjectPublicKeyInfoPem());

    public void Dispose() => _rsa.Dispose();
}

/// <summary>Mints the tokens of each case.</summary>
public static class TestTokens
{
    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Create(SigningCredentials? credentials, string issuer, IDictionary<string, object> claims,
        DateTime? notBefore = null, DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Claims = claims,
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            NotBefore = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            SigningCredentials = credentials,
        });
    }

    public static SigningCredentials Rs256(TestSigningKey key) => new(key.SecurityKey, SecurityAlgorithms.RsaSha256);

    /// <summary>A token with <c>alg: none</c> and an empty signature.</summary>
    public static string Unsigned(string issuer, IDictionary<string, object> claims)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        var payload = new Dictionary<string, object>(claims)
        {
            ["iss"] = issuer,
            ["nbf"] = DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(),
            ["exp"] = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds(),
        };
        return $"{header}.{Base64UrlEncoder.Encode(JsonSerializer.Serialize(payload))}.";
    }
}
