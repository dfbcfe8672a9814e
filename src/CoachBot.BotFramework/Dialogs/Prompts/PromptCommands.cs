using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>Keys of the words that work at every question, in dialogs/en-US/recognizers.yaml (<c>prompt.*</c>).</summary>
[TextKeys]
public static class PromptCommandTexts
{
    public const string Skip = "recognizers.prompt.skip";
    public const string Back = "recognizers.prompt.back";
    public const string NotSure = "recognizers.prompt.notSure";
    public const string Fillers = "recognizers.prompt.fillers";
}

/// <summary>
/// The words that work at every question: skip, back, not sure, from <c>dialogs/&lt;locale&gt;/recognizers.yaml</c>
/// (<c>prompt.*</c>), read once per catalog and locale. Only an answer that is nothing but such a phrase counts ("skip",
/// "skip this one", "go back", "I'm not sure"), so "I want to skip meetings" is still an answer.
/// </summary>
public sealed class PromptCommands
{
    private static readonly ConditionalWeakTable<TextCatalog, Dictionary<string, PromptCommands>> Cache = new();

    private readonly FrozenSet<string> _skip, _back, _notSure, _fillers;

    private PromptCommands(TextCatalog texts, string? locale)
    {
        _fillers = Phrases(texts, PromptCommandTexts.Fillers, locale, null);
        _skip = Phrases(texts, PromptCommandTexts.Skip, locale, _fillers);
        _back = Phrases(texts, PromptCommandTexts.Back, locale, _fillers);
        _notSure = Phrases(texts, PromptCommandTexts.NotSure, locale, _fillers);
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, set) in new[] { (PromptCommandTexts.Back, _back), (PromptCommandTexts.NotSure, _notSure), (PromptCommandTexts.Skip, _skip) })
            foreach (var phrase in set)
                if (!owner.TryAdd(phrase, key))
                    throw new InvalidDataException($"dialogs: '{key}' lists '{phrase}', which '{owner[phrase]}' lists already.");
    }

    /// <summary>The words of a catalog in a locale (falling back as sentences do), built once.</summary>
    /// <exception cref="InvalidDataException">A list is empty or a phrase is in two lists; the message names the key.</exception>
    public static PromptCommands From(TextCatalog texts, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var byLocale = Cache.GetValue(texts, static _ => new Dictionary<string, PromptCommands>(StringComparer.OrdinalIgnoreCase));
        lock (byLocale)
        {
            if (!byLocale.TryGetValue(locale ?? "", out var words)) byLocale[locale ?? ""] = words = new PromptCommands(texts, locale);
            return words;
        }
    }

    /// <summary>The command the whole answer is, or null when it is an answer.</summary>
    public static PromptSignal? Recognize(TextCatalog texts, string? text, string? locale) => From(texts, locale).Recognize(text);

    /// <summary>The command the whole answer is, or null when it is an answer.</summary>
    public PromptSignal? Recognize(string? text)
    {
        var key = Normalize(text);
        if (key.Length == 0) return null;
        if (_back.Contains(key)) return PromptSignal.Back;
        if (_notSure.Contains(key)) return PromptSignal.NotSure;
        if (_skip.Contains(key)) return PromptSignal.Skip;
        return null;
    }

    /// <summary>The phrase key (<see cref="PhraseKey"/>) without fillers, as the lists of dialogs/ are keyed ("n/a" is listed as written).</summary>
    private string Normalize(string? text) => PhraseKey.Of(text, _fillers);

    private static FrozenSet<string> Phrases(TextCatalog texts, string key, string? locale, IReadOnlySet<string>? fillers)
    {
        var phrases = texts.Get(key, locale).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => PhraseKey.Of(p, fillers)).Where(p => p.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        if (phrases.Count == 0) throw new InvalidDataException($"dialogs: '{key}' must list at least one phrase.");
        return phrases;
    }
}
