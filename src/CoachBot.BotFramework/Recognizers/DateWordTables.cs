using System.Collections.Frozen;
using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Recognizers;

/// <summary>
/// The date words of <c>dialogs/&lt;locale&gt;/recognizers.yaml</c> (<c>dates.months</c>, <c>dates.weekdays</c>,
/// <c>dates.seasons</c>, <c>dates.relative</c>, <c>dates.asap</c>...) laid over a language's number and yes/no words,
/// read once per catalog and locale. Each table must name every month, weekday, season and meaning, and a word may mean
/// one thing only: a bad edit fails start-up with its key named.
/// </summary>
internal static class DateWordTables
{
    public static LanguageWords Read(TextCatalog texts, string? locale, LanguageWords language)
    {
        string Get(string key) => texts.Get(key, locale);

        var months = Map<int>(RecognizerTexts.Months, Get(RecognizerTexts.Months), name => int.TryParse(name, out var m) && m is >= 1 and <= 12 ? m : (int?)null,
            Enumerable.Range(1, 12).Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var weekdays = Map(RecognizerTexts.Weekdays, Get(RecognizerTexts.Weekdays), EnumNamed<DayOfWeek>, Enum.GetNames<DayOfWeek>());
        // "mondays", "thurs": a weekday is read with a plural s too, as people write repeating days.
        foreach (var (word, day) in weekdays.ToList()) weekdays.TryAdd(word + "s", day);
        var seasons = Map(RecognizerTexts.Seasons, Get(RecognizerTexts.Seasons), EnumNamed<Season>, Enum.GetNames<Season>());
        var relative = Map(RecognizerTexts.RelativeDateWords, Get(RecognizerTexts.RelativeDateWords), EnumNamed<DateWord>, Enum.GetNames<DateWord>());
        var asap = PhraseList.Parse(RecognizerTexts.AsSoonAsPossible, Get(RecognizerTexts.AsSoonAsPossible)).Joined();

        return language with
        {
            Months = months.ToFrozenDictionary(StringComparer.Ordinal),
            AmbiguousMonths = Listed(RecognizerTexts.AmbiguousMonths, Get(RecognizerTexts.AmbiguousMonths), months.Keys),
            Weekdays = weekdays.ToFrozenDictionary(StringComparer.Ordinal),
            Seasons = seasons.ToFrozenDictionary(StringComparer.Ordinal),
            AmbiguousSeasons = Listed(RecognizerTexts.AmbiguousSeasons, Get(RecognizerTexts.AmbiguousSeasons), seasons.Keys),
            DateWords = relative.ToFrozenDictionary(StringComparer.Ordinal),
            AsSoonAsPossiblePhrases = asap.ToFrozenSet(StringComparer.Ordinal),
            LongestAsSoonAsPossiblePhrase = asap.Max(p => p.Split(' ').Length),
        };
    }

    private static T? EnumNamed<T>(string name) where T : struct, Enum => Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;

    /// <summary>"1 = january, jan; 2 = february, feb": each word to what it means; every meaning of <paramref name="required"/> present.</summary>
    private static Dictionary<string, T> Map<T>(string key, string value, Func<string, T?> meaningOf, IEnumerable<string> required) where T : struct
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || meaningOf(parts[0]) is not { } meaning)
                throw new InvalidDataException($"dialogs: '{key}' item '{item}' must read \"meaning = word, word\" with a meaning of {string.Join(", ", required)}.");
            named.Add(parts[0]);
            foreach (var written in parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (RecognizerPhrases.Normalize(written) is not { Length: > 0 } word)
                    throw new InvalidDataException($"dialogs: '{key}' item '{item}' must list single words, but has '{written}'.");
                if (!map.TryAdd(word, meaning))
                    throw new InvalidDataException($"dialogs: '{key}' lists the word '{word}' twice.");
            }
        }
        if (required.FirstOrDefault(r => !named.Contains(r)) is { } missing)
            throw new InvalidDataException($"dialogs: '{key}' must list words for '{missing}'.");
        return map;
    }

    /// <summary>A list of words each of which is one of <paramref name="known"/> ("may" must be a month word).</summary>
    private static FrozenSet<string> Listed(string key, string value, IEnumerable<string> known)
    {
        var words = PhraseList.Parse(key, value).SingleWords(key);
        var knownSet = known.ToHashSet(StringComparer.Ordinal);
        if (words.FirstOrDefault(w => !knownSet.Contains(w)) is { } stray)
            throw new InvalidDataException($"dialogs: '{key}' lists '{stray}', which is none of its table's words.");
        return words;
    }
}
