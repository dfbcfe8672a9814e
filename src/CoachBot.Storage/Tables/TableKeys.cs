using System.Globalization;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace CoachBot.Storage.Tables;

/// <summary>
/// Turns any string into a legal Table Storage key. PartitionKey and RowKey may not hold <c>/ \ # ?</c> or control
/// characters (U+0000-U+001F, U+007F-U+009F), and long keys are refused, so:
/// <list type="bullet">
/// <item><c>%</c> and every forbidden character become <c>%XX</c> (two hex digits); a lone surrogate, which cannot
/// travel as UTF-8, becomes <c>%uXXXX</c>. Everything else stays as it is, so keys stay readable.</item>
/// <item>An escaped key longer than <see cref="MaxKeyChars"/> becomes <c>%h</c> + the SHA-256 of the original key in
/// hex. No escaped key can start with <c>%h</c>, so a hashed key never collides with an escaped one.</item>
/// </list>
/// </summary>
public static class TableKeys
{
    /// <summary>Table Storage allows 1 KiB; this stays well inside it, also after a prefix such as <c>history|</c>.</summary>
    public const int MaxKeyChars = 255;

    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        StringBuilder? escaped = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var loneSurrogate = char.IsHighSurrogate(c)
                ? i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1])
                : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(value[i - 1]));
            if (!loneSurrogate && !MustEscape(c))
            {
                escaped?.Append(c);
                continue;
            }
            escaped ??= new StringBuilder(value.Length + 16).Append(value, 0, i);
            if (loneSurrogate) escaped.Append("%u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else escaped.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
        }
        var result = escaped?.ToString() ?? value;
        return result.Length <= MaxKeyChars ? result : Hash(value);
    }

    /// <summary>The original of an escaped key; null for a hashed key, which cannot be reversed.</summary>
    public static string? Unescape(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.StartsWith("%h", StringComparison.Ordinal)) return null;
        if (!key.Contains('%')) return key;
        var original = new StringBuilder(key.Length);
        for (var i = 0; i < key.Length; i++)
        {
            if (key[i] != '%')
            {
                original.Append(key[i]);
                continue;
            }
            var wide = key[i + 1] == 'u';
            var start = wide ? i + 2 : i + 1;
            var digits = wide ? 4 : 2;
            original.Append((char)int.Parse(key.AsSpan(start, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
            i = start + digits - 1;
        }
        return original.ToString();
    }

    private static bool MustEscape(char c) =>
        c is '%' or '/' or '\\' or '#' or '?' || c <= '\u001F' || c is >= '\u007F' and <= '\u009F';

    // The raw UTF-16 code units: an encoding would replace lone surrogates and let different keys share a hash.
    private static string Hash(string value) =>
        "%h" + Convert.ToHexStringLower(SHA256.HashData(MemoryMarshal.AsBytes(value.AsSpan())));
}
