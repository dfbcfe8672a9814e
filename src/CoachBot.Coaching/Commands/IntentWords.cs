using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Commands;

/// <summary>
/// The words that carry meaning in an intent's title, synonyms and examples (dialogs/en-US/intents.yaml and the main
/// menu), read once per catalog, so the menu can tell a guess with some word in common with what it guesses from a
/// guess by meaning alone. Words of <c>intents.weakWords</c> ("can", "want", "please") say nothing about an intent.
/// </summary>
public static class IntentWords
{
    /// <summary>Words shorter than this carry too little to count ("go", "me").</summary>
    private const int MinLength = 3;

    /// <summary>Words sharing this many first letters are one word for this purpose ("check-ins", "checking").</summary>
    private const int StemLength = 5;

    private static readonly ConditionalWeakTable<TextCatalog, Cache> ByCatalog = new();

    private sealed record Cache(FrozenSet<string> Weak, Dictionary<string, FrozenDictionary<string, string[]>> ByLocale);

    /// <summary>True when a word of <paramref name="text"/> that carries meaning is one of <paramref name="key"/>'s words (a typo forgiven).</summary>
    public static bool SharesAWord(TextCatalog texts, string text, string key, string? locale)
    {
        var cache = ByCatalog.GetValue(texts, static t => new Cache(
            t.Get(MenuTexts.WeakWords).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal), []));
        FrozenDictionary<string, string[]> words;
        lock (cache.ByLocale)
            if (!cache.ByLocale.TryGetValue(locale ?? "", out words!))
                cache.ByLocale[locale ?? ""] = words = Load(texts, locale, cache.Weak);
        if (!words.TryGetValue(key, out var known)) return false;
        return Content(text, cache.Weak).Any(said => known.Any(word => Same(said, word)));
    }

    private static FrozenDictionary<string, string[]> Load(TextCatalog texts, string? locale, FrozenSet<string> weak) =>
        new[] { CoachingTexts.Menu.Id, IntentCommands.CommandsSet, IntentCommands.SocialSet }
            .SelectMany(set => texts.Choices.Get(set, locale))
            .GroupBy(c => c.Key)
            .ToFrozenDictionary(g => g.Key, g => g
                .SelectMany(c => new[] { c.Title }.Concat(c.Synonyms ?? []).Concat(c.Examples ?? []))
                .SelectMany(phrase => Content(phrase, weak)).Distinct().ToArray(), StringComparer.Ordinal);

    private static IEnumerable<string> Content(string text, FrozenSet<string> weak) =>
        TextTokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word && t.Text.Length >= MinLength && !weak.Contains(t.Text)).Select(t => t.Text);

    private static bool Same(string said, string word) =>
        said == word
        || said.Length >= StemLength && word.Length >= StemLength && string.CompareOrdinal(said, 0, word, 0, StemLength) == 0
        || said.Length >= 5 && word.Length >= 5 && EditDistance.Between(said, word, 1) <= 1;
}
