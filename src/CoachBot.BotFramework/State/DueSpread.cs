using System.Security.Cryptography;
using System.Text;

namespace CoachBot.BotFramework.State;

/// <summary>
/// The order of due-index rows that share a due time. User keys are <c>channel|tenant|user</c>, so ordering by key
/// would hand out one tenant's users back to back and the per-tenant pace would cap a whole poll; ordering by a hash
/// of the key interleaves tenants. Every backend sorts by (due time, spread, user key), the key breaking hash ties.
/// </summary>
public static class DueSpread
{
    /// <summary>
    /// The first 8 hex digits (lower case) of the SHA-256 of the key's UTF-8 bytes. Stable across processes and
    /// versions: SQLite and Table Storage keep it in their rows, so changing it would misorder (not lose) old rows.
    /// </summary>
    public static string Of(string userKey)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(userKey), hash);
        return Convert.ToHexStringLower(hash[..4]);
    }

}
