using System.Collections.Frozen;
using System.Globalization;
using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Recognizers;

/// <summary>Keys of the number, time, yes/no and choice words in dialogs/en-US/recognizers.yaml (<c>words.*</c>).</summary>
[TextKeys]
public static class LanguageWordTexts
{
    private const string Words = "recognizers.words.";

    public const string Cardinals = Words + "cardinals";
    public const string Ordinals = Words + "ordinals";
    public const string Multipliers = Words + "multipliers";
    public const string NumberArticles = Words + "numberArticles";
    public const string NumberJoiner = Words + "numberJoiner";
    public const string HalfWord = Words + "halfWord";
    public const string OrdinalSuffixes = Words + "ordinalSuffixes";
    public const string Possessives = Words + "possessives";
    public const string BareDayFollowers = Words + "bareDayFollowers";
    public const string RateHeads = Words + "rateHeads";
    public const string PerWord = Words + "perWord";
    public const string DateLeadWords = Words + "dateLeadWords";
    public const string QuarterLetter = Words + "quarterLetter";
    public const string HalfYearLetter = Words + "halfYearLetter";
    public const string TimeWords = Words + "timeWords";
    public const string DottedMeridiems = Words + "dottedMeridiems";
    public const string Yes = Words + "yes";
    public const string No = Words + "no";
    public const string Unsure = Words + "unsure";
    public const string Negations = Words + "negations";
    public const string ChoiceIndexFillers = Words + "choiceIndexFillers";
    public const string LastChoice = Words + "lastChoice";
    public const string AllChoices = Words + "allChoices";
    public const string AllChoicesHeads = Words + "allChoicesHeads";
    public const string ListJoiners = Words + "listJoiners";
    public const string StopWords = Words + "stopWords";
    public const string NegativeWords = Words + "negativeWords";
    public const string ThousandsSuffix = Words + "thousandsSuffix";
    public const string PluralEndings = Words + "pluralEndings";
}

/// <summary>
/// The number, time, yes/no and choice words of <c>dialogs/&lt;locale&gt;/recognizers.yaml</c> (<c>words.*</c>), read once
/// per catalog and checked on the way: an empty list, a word listed twice in a table, a number that is none or a time
/// word of no known meaning fails with its key named. The date words are laid over these by <see cref="DateWordTables"/>.
/// </summary>
internal static class LanguageWordTables
{
    public static LanguageWords Read(TextCatalog texts, string? locale)
    {
        string Get(string key) => texts.Get(key, locale);
        FrozenSet<string> Words(string key) => PhraseList.Parse(key, Get(key)).SingleWords(key);
        string One(string key) => Words(key) is { Count: 1 } one ? one.First()
            : throw new InvalidDataException($"dialogs: '{key}' must be one word.");
        // Yes/no phrases are kept as typed (emoji too) and compared without apostrophes, so "dont" and "don't" read the same.
        FrozenSet<string> Phrases(string key)
        {
            var items = Get(key).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (items.Length == 0) throw new InvalidDataException($"dialogs: '{key}' must list at least one phrase.");
            return items.Select(i => EnglishWords.WithoutApostrophes(string.Join(' ', i.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))))
                .ToFrozenSet(StringComparer.Ordinal);
        }
        static int? Number(string name) => int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;

        var yes = Phrases(LanguageWordTexts.Yes);
        var no = Phrases(LanguageWordTexts.No);
        var unsure = Phrases(LanguageWordTexts.Unsure);
        var allChoices = Words(LanguageWordTexts.AllChoices);
        var heads = Words(LanguageWordTexts.AllChoicesHeads);
        if (heads.FirstOrDefault(h => !allChoices.Contains(h)) is { } stray)
            throw new InvalidDataException($"dialogs: '{LanguageWordTexts.AllChoicesHeads}' lists '{stray}', which '{LanguageWordTexts.AllChoices}' does not.");
        var cardinals = Map(LanguageWordTexts.Cardinals, Get(LanguageWordTexts.Cardinals), Number);
        foreach (var n in Enumerable.Range(0, 20).Concat(Enumerable.Range(2, 8).Select(t => t * 10)))
            if (!cardinals.ContainsValue(n)) throw new InvalidDataException($"dialogs: '{LanguageWordTexts.Cardinals}' must list words for '{n}'.");

        return new LanguageWords
        {
            Cardinals = cardinals.ToFrozenDictionary(StringComparer.Ordinal),
            Ordinals = Map(LanguageWordTexts.Ordinals, Get(LanguageWordTexts.Ordinals), Number).ToFrozenDictionary(StringComparer.Ordinal),
            Multipliers = Map(LanguageWordTexts.Multipliers, Get(LanguageWordTexts.Multipliers), Number).ToFrozenDictionary(StringComparer.Ordinal),
            Articles = Words(LanguageWordTexts.NumberArticles),
            NumberJoiner = One(LanguageWordTexts.NumberJoiner),
            HalfWord = One(LanguageWordTexts.HalfWord),
            OrdinalSuffixes = Words(LanguageWordTexts.OrdinalSuffixes),
            // The date words are read from the same file per catalog (DateWordTables).
            Months = FrozenDictionary<string, int>.Empty,
            AmbiguousMonths = FrozenSet<string>.Empty,
            Weekdays = FrozenDictionary<string, DayOfWeek>.Empty,
            DateWords = FrozenDictionary<string, DateWord>.Empty,
            Seasons = FrozenDictionary<string, Season>.Empty,
            AmbiguousSeasons = FrozenSet<string>.Empty,
            AsSoonAsPossiblePhrases = FrozenSet<string>.Empty,
            LongestAsSoonAsPossiblePhrase = 0,
            Possessives = Words(LanguageWordTexts.Possessives),
            BareDayFollowers = Words(LanguageWordTexts.BareDayFollowers),
            RateHeads = Words(LanguageWordTexts.RateHeads),
            PerWord = One(LanguageWordTexts.PerWord),
            DateLeadWords = Words(LanguageWordTexts.DateLeadWords),
            QuarterLetter = One(LanguageWordTexts.QuarterLetter),
            HalfYearLetter = One(LanguageWordTexts.HalfYearLetter),
            TimeWords = Map(LanguageWordTexts.TimeWords, Get(LanguageWordTexts.TimeWords), EnumNamed<TimeWord>, Enum.GetNames<TimeWord>())
                .ToFrozenDictionary(StringComparer.Ordinal),
            DottedMeridiems = DottedMeridiems(LanguageWordTexts.DottedMeridiems, Get(LanguageWordTexts.DottedMeridiems)),
            YesPhrases = yes,
            NoPhrases = no,
            UnsurePhrases = unsure,
            Negations = Words(LanguageWordTexts.Negations),
            LongestPhraseWords = yes.Concat(no).Concat(unsure).Max(p => p.Split(' ').Length),
            ChoiceIndexFillers = Words(LanguageWordTexts.ChoiceIndexFillers),
            LastChoiceWords = Words(LanguageWordTexts.LastChoice),
            AllChoicesWords = allChoices,
            AllChoicesHeads = heads,
            ListJoiners = Words(LanguageWordTexts.ListJoiners),
            StopWords = Words(LanguageWordTexts.StopWords),
            NegativeWords = Words(LanguageWordTexts.NegativeWords),
            ThousandsSuffix = One(LanguageWordTexts.ThousandsSuffix),
            PluralEndings = [.. Words(LanguageWordTexts.PluralEndings)],
        };
    }

    /// <summary>"am = a.m.; pm = p.m.": the letters of each, as the tokenizer leaves them ("a", "m"); am and pm only, both named.</summary>
    private static (string[] Letters, TimeWord Meaning)[] DottedMeridiems(string key, string value)
    {
        var entries = new List<(string[] Letters, TimeWord Meaning)>();
        foreach (var item in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || EnumNamed<TimeWord>(parts[0]) is not { } meaning || meaning is not (TimeWord.Am or TimeWord.Pm))
                throw new InvalidDataException($"dialogs: '{key}' item '{item}' must read \"am = a.m.\" or \"pm = p.m.\".");
            foreach (var written in parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var letters = written.ToLowerInvariant().Split('.', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                if (letters.Length < 2 || letters.Any(l => !l.All(char.IsLetter)))
                    throw new InvalidDataException($"dialogs: '{key}' item '{item}' must list letters with dots (\"a.m.\"), but has '{written}'.");
                entries.Add((letters, meaning));
            }
        }
        if (!entries.Any(e => e.Meaning == TimeWord.Am) || !entries.Any(e => e.Meaning == TimeWord.Pm))
            throw new InvalidDataException($"dialogs: '{key}' must name both am and pm.");
        return [.. entries];
    }

    private static T? EnumNamed<T>(string name) where T : struct, Enum => Enum.TryParse<T>(name, ignoreCase: true, out var value) && Enum.IsDefined(value) ? value : null;

    /// <summary>"1 = one; 40 = forty, fourty": each word to what it means; every meaning of <paramref name="required"/> present.</summary>
    private static Dictionary<string, T> Map<T>(string key, string value, Func<string, T?> meaningOf, IEnumerable<string>? required = null) where T : struct
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = item.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || meaningOf(parts[0]) is not { } meaning)
                throw new InvalidDataException($"dialogs: '{key}' item '{item}' must read \"meaning = word, word\".");
            named.Add(parts[0]);
            foreach (var written in parts[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (RecognizerPhrases.Normalize(written) is not { Length: > 0 } word)
                    throw new InvalidDataException($"dialogs: '{key}' item '{item}' must list single words, but has '{written}'.");
                if (!map.TryAdd(word, meaning))
                    throw new InvalidDataException($"dialogs: '{key}' lists the word '{word}' twice.");
            }
        }
        if (map.Count == 0) throw new InvalidDataException($"dialogs: '{key}' must list at least one word.");
        if (required?.FirstOrDefault(r => !named.Contains(r)) is { } missing)
            throw new InvalidDataException($"dialogs: '{key}' must list words for '{missing}'.");
        return map;
    }
}
