using System.Security.Cryptography;
using System.Text;

namespace CoachBot.BotFramework.Dialogs;

/// <summary>Short, stable version strings built from what gives a dialog its shape.</summary>
public static class DialogVersion
{
    /// <summary>The first 12 hex digits of the SHA-256 of the parts: short enough to store in every frame.</summary>
    public static string Of(IEnumerable<string> parts)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
        return Convert.ToHexStringLower(hash)[..12];
    }
}
