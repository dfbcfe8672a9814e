using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Runtime.CompilerServices;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Understanding;

/// <summary>
/// Tells a message written in another language from an English one with a foreign word in it, from data
/// (<c>recognizers.language</c> in dialogs/): the common words of each language and the scripts some are written in.
/// Another language when most of the letters are in a script English does not use (Japanese, Korean, Chinese,
/// Devanagari, Cyrillic, ...), or when at least two of the words are common words of one other language and they
/// outnumber the common English words ("kannst du mir meinen Plan zeigen" is German; "stop the check-ins bitte" and
/// "yaar, show me my plan" are English). The coach speaks English for now, so it only needs to say so kindly.
/// </summary>
public sealed class LanguageDetector
{
    public const string EnglishKey = "recognizers.language.english";
    public const string OthersPrefix = "recognizers.language.others.";
    public const string ScriptsKey = "recognizers.language.scripts";

    private static readonly ConditionalWeakTable<TextCatalog, LanguageDetector> Cache = new();

    private readonly FrozenSet<string> _english;
    private readonly (string Language, FrozenSet<string> Words)[] _others;
    private readonly (string Language, UnicodeScript Script)[] _scripts;

    private LanguageDetector(FrozenSet<string> english, (string, FrozenSet<string>)[] others, (string, UnicodeScript)[] scripts)
    {
        _english = english;
        _others = others;
        _scripts = scripts;
    }

    /// <exception cref="InvalidDataException">A list is missing or names a script the detector does not know.</exception>
    public static LanguageDetector From(TextCatalog texts) => Cache.GetValue(texts, static t => Load(t));

    private static LanguageDetector Load(TextCatalog texts)
    {
        if (!texts.Contains(EnglishKey)) return new LanguageDetector(FrozenSet<string>.Empty, [], []);
        var english = Words(texts.Get(EnglishKey));
        var others = texts.KeysStartingWith(OthersPrefix)
            .Select(key => (key[OthersPrefix.Length..], Words(texts.Get(key)))).ToArray();
        var scripts = new List<(string, UnicodeScript)>();
        if (texts.Contains(ScriptsKey))
            foreach (var item in texts.Get(ScriptsKey).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = item.Split('=', StringSplitOptions.TrimEntries);
                if (parts.Length != 2) throw new InvalidDataException($"dialogs: '{ScriptsKey}' item '{item}' must read \"language = Script, Script\".");
                foreach (var name in parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                    scripts.Add((parts[0], Enum.TryParse<UnicodeScript>(name, out var script) ? script
                        : throw new InvalidDataException($"dialogs: '{ScriptsKey}' names the unknown script '{name}'.")));
            }
        return new LanguageDetector(english, others, scripts.ToArray());
    }

    private static FrozenSet<string> Words(string list) =>
        list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Plain(w.ToLowerInvariant())).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The language tag of a message in another language, or null for English (or too little to tell).</summary>
    public string? OtherLanguageOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (ByScript(text) is { } byScript) return byScript;

        var words = TextTokenizer.Tokenize(text).Where(t => t.Kind == TokenKind.Word).Select(t => Plain(t.Text)).ToList();
        if (words.Count == 0) return null;
        var englishHits = words.Count(_english.Contains);
        string? best = null;
        var bestHits = 0;
        foreach (var (language, list) in _others)
        {
            var hits = words.Count(list.Contains);
            if (hits > bestHits) (best, bestHits) = (language, hits);
        }
        return bestHits >= 2 && bestHits > englishHits ? best : null;
    }

    private string? ByScript(string text)
    {
        if (_scripts.Length == 0) return null;
        var letters = 0;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rune in text.EnumerateRunes())
        {
            if (!Rune.IsLetter(rune)) continue;
            letters++;
            var script = ScriptOf(rune);
            foreach (var (language, s) in _scripts)
                if (s == script) { counts[language] = counts.GetValueOrDefault(language) + 1; break; }
        }
        if (letters == 0) return null;
        var top = counts.OrderByDescending(kv => kv.Value).FirstOrDefault();
        return top.Value * 2 > letters ? top.Key : null;
    }

    /// <summary>Letters without accents, so "möchte" and "mochte" are one word of the list.</summary>
    private static string Plain(string word)
    {
        var decomposed = word.Normalize(System.Text.NormalizationForm.FormD);
        var plain = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) plain.Append(c);
        return plain.ToString().Normalize(System.Text.NormalizationForm.FormC);
    }

    /// <summary>The script of a letter, for the few scripts a message in another language is told by.</summary>
    private static UnicodeScript ScriptOf(Rune rune) => rune.Value switch
    {
        >= 0x3040 and <= 0x309F => UnicodeScript.Hiragana,
        >= 0x30A0 and <= 0x30FF => UnicodeScript.Katakana,
        >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF => UnicodeScript.Han,
        >= 0xAC00 and <= 0xD7AF or >= 0x1100 and <= 0x11FF => UnicodeScript.Hangul,
        >= 0x0900 and <= 0x097F => UnicodeScript.Devanagari,
        >= 0x0400 and <= 0x04FF => UnicodeScript.Cyrillic,
        >= 0x0600 and <= 0x06FF => UnicodeScript.Arabic,
        >= 0x0370 and <= 0x03FF => UnicodeScript.Greek,
        >= 0x0590 and <= 0x05FF => UnicodeScript.Hebrew,
        >= 0x0E00 and <= 0x0E7F => UnicodeScript.Thai,
        _ => UnicodeScript.Latin,
    };
}

/// <summary>The scripts <see cref="LanguageDetector"/> tells apart (names as written in dialogs/).</summary>
public enum UnicodeScript { Latin, Hiragana, Katakana, Han, Hangul, Devanagari, Cyrillic, Arabic, Greek, Hebrew, Thai }
