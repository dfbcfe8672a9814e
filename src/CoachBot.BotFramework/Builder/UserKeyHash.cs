using System.Security.Cryptography;
using System.Text;

namespace CoachBot.BotFramework.Builder;

/// <summary>
/// Names a user in log lines without their user key: the key (channel, tenant and user id) is personal data, and log
/// stores keep it after "delete my data" removed everything else. A log line carries instead the first 16 hex digits
/// of HMAC-SHA256 of the key, under the secret <c>Privacy:LogHashSecret</c>: the same user gets the same name on every
/// instance that shares the secret, and nobody without the secret can compute a user's name from their ids (a plain
/// hash of well-known ids could). With no secret, each process draws a random one: lines still correlate within a
/// process, never across restarts.
/// </summary>
public sealed class UserKeyHash
{
    private readonly byte[] _secret;

    /// <param name="secret">From <see cref="PrivacyOptions.LogHashSecret"/>; empty or null for a random secret per process.</param>
    public UserKeyHash(string? secret = null) =>
        _secret = string.IsNullOrEmpty(secret) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(secret);

    /// <summary>The user's name in logs, e.g. <c>u3f9a0c1e7b2d4a66</c>; <c>-</c> when there is no user.</summary>
    public string Of(string? userKey)
    {
        if (string.IsNullOrEmpty(userKey)) return "-";
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(_secret, Encoding.UTF8.GetBytes(userKey), mac);
        return "u" + Convert.ToHexStringLower(mac[..8]);
    }
}

/// <summary>The <c>Privacy</c> section.</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";
    public const int MinSecretLength = 32;

    /// <summary>The secret of <see cref="UserKeyHash"/>; keep it in a secret store, the same on every instance.</summary>
    public string? LogHashSecret { get; set; }

    public IEnumerable<string> FindProblems()
    {
        if (!string.IsNullOrEmpty(LogHashSecret) && LogHashSecret.Length < MinSecretLength)
            yield return $"{SectionName}:LogHashSecret must be at least {MinSecretLength} characters (or empty for a random secret per process).";
    }
}
