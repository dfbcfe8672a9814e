using System.Collections.Frozen;

namespace CoachBot.BotFramework.Text;

/// <summary>
/// The one order in which dialogs/ is searched for a user's locale, for sentences and choices alike: the exact
/// locale ("en-GB"), then any locale of the same language ("en-*"), then <see cref="TextCatalog.DefaultLocale"/>.
/// </summary>
internal static class LocaleFallback
{
    public static bool TryFind<T>(FrozenDictionary<string, FrozenDictionary<string, T>> byLocale, string key, string? locale, out T value)
    {
        if (!string.IsNullOrEmpty(locale))
        {
            if (byLocale.TryGetValue(locale, out var exact) && exact.TryGetValue(key, out value!)) return true;
            var dash = locale.IndexOf('-');
            if (dash > 0)
            {
                var language = locale[..dash];
                foreach (var (name, entries) in byLocale)
                    if (name.StartsWith(language, StringComparison.OrdinalIgnoreCase) && entries.TryGetValue(key, out value!)) return true;
            }
        }
        if (byLocale.TryGetValue(TextCatalog.DefaultLocale, out var fallback) && fallback.TryGetValue(key, out value!)) return true;
        value = default!;
        return false;
    }
}
