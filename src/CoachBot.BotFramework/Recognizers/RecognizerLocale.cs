using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;

namespace CoachBot.BotFramework.Recognizers;

/// <summary>
/// How a slashed or dashed numeric date is read ("6/30/2027" in en-US, "30/6/2027" in en-GB). ISO "2027-06-30" is
/// always year first and dotted dates ("30.06.2027") always day first, whatever the locale.
/// </summary>
internal enum NumericDateOrder
{
    MonthDayYear,
    DayMonthYear,
    /// <summary>The region writes the year first (ja-JP, sv-SE); a date written with the year last is read either way, so it is asked about.</summary>
    YearMonthDay,
    /// <summary>No region known (no locale, a language without a region, an unknown name): when both readings are real dates, ask.</summary>
    Unknown,
}

/// <summary>
/// The words one language uses for numbers, dates, times and yes/no, plus the numeric date order of one region.
/// The recognizers read only these tables, so adding a language means adding its words to dialogs/&lt;locale&gt;/recognizers.yaml
/// (see <see cref="EnglishWords"/>), not touching the parsers. Languages without a word list fall back to English words; the numeric date order still
/// follows the region's own short date pattern.
/// </summary>
internal sealed class RecognizerLocale
{
    private static readonly ConcurrentDictionary<string, RecognizerLocale> Cache = new(StringComparer.OrdinalIgnoreCase);

    public static RecognizerLocale EnUs { get; } = new("en-US", null, NumericDateOrder.MonthDayYear);

    /// <summary>No locale, or one without a region: English words, and numeric dates asked about when they read two ways.</summary>
    public static RecognizerLocale Unknown { get; } = new("", null, NumericDateOrder.Unknown);

    private readonly LanguageWords? _words;

    public string Name { get; }
    /// <summary>The words of this locale: its own when a catalog gave them, else the process's English words (<see cref="EnglishWords"/>).</summary>
    public LanguageWords Words => _words ?? EnglishWords.Instance;
    public NumericDateOrder DateOrder { get; }

    private RecognizerLocale(string name, LanguageWords? words, NumericDateOrder dateOrder)
    {
        Name = name;
        _words = words;
        DateOrder = dateOrder;
    }

    /// <summary>The same locale reading other words (the date words of a catalog).</summary>
    public RecognizerLocale WithWords(LanguageWords words) => new(Name, words, DateOrder);

    /// <summary>
    /// The locale for a BCP 47 name ("en-US", "en-GB", "de-DE"). Null, empty, unknown names and languages without a
    /// region ("en": the US and the UK write dates differently) give <see cref="Unknown"/>.
    /// </summary>
    public static RecognizerLocale For(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return Unknown;
        if (locale.Equals("en-US", StringComparison.OrdinalIgnoreCase)) return EnUs;
        return Cache.GetOrAdd(locale, static name => Create(name));
    }

    private static RecognizerLocale Create(string name)
    {
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            return Unknown;
        }
        // A neutral culture ("en", "fr") has no region; ICU invents a custom culture for names it does not know ("xx-YY").
        if (culture.IsNeutralCulture || culture.CultureTypes.HasFlag(CultureTypes.UserCustomCulture)) return Unknown;
        // Only English has a word list so far; other languages keep English words but their own numeric date order.
        return new RecognizerLocale(name, null, OrderOf(culture.DateTimeFormat.ShortDatePattern));
    }

    private static NumericDateOrder OrderOf(string shortDatePattern)
    {
        var day = shortDatePattern.IndexOf('d');
        var month = shortDatePattern.IndexOf('M');
        var year = shortDatePattern.IndexOf('y');
        if (day < 0 || month < 0) return NumericDateOrder.Unknown;
        if (year >= 0 && year < month && year < day) return NumericDateOrder.YearMonthDay;
        return month < day ? NumericDateOrder.MonthDayYear : NumericDateOrder.DayMonthYear;
    }
}

/// <summary>What a date word means to the date parser, whatever the language.</summary>
internal enum DateWord
{
    Today,
    Tomorrow,
    Yesterday,
    Next,
    This,
    Last,
    In,
    Within,
    Ago,
    From,
    Now,
    After,
    Before,
    End,
    Start,
    Middle,
    Early,
    Late,
    Of,
    The,
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Half,
    Year,
    Time,
    And,
}

/// <summary>A meteorological season (three whole months; which months depends on the hemisphere).</summary>
internal enum Season
{
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// <summary>A time-of-day word: a meridiem ("am", "pm") or a part of the day that implies one ("morning", "evening").</summary>
internal enum TimeWord
{
    Am,
    Pm,
    Noon,
    Midnight,
    Morning,
    Afternoon,
    Evening,
    Night,
    OClock,
    Half,
    Quarter,
    Past,
    To,
    Every,
    At,
    On,
    In,
    The,
}

/// <summary>
/// The word tables of one language. Phrases are stored as their words joined by single spaces. The date words (months,
/// weekdays, seasons, relative words, "asap") come from dialogs (<see cref="DateWordTables"/>): the code holds none.
/// </summary>
internal sealed record LanguageWords
{
    public required FrozenDictionary<string, int> Cardinals { get; init; }
    public required FrozenDictionary<string, int> Ordinals { get; init; }
    /// <summary>Words that multiply what comes before them: hundred, thousand, million, dozen.</summary>
    public required FrozenDictionary<string, int> Multipliers { get; init; }
    /// <summary>Words that stand for one before a multiplier: "a hundred", "a dozen".</summary>
    public required FrozenSet<string> Articles { get; init; }
    /// <summary>The word that joins parts of a number: "one hundred and five", "two and a half".</summary>
    public required string NumberJoiner { get; init; }
    public required string HalfWord { get; init; }
    /// <summary>Suffixes written after digits to make an ordinal: "1st", "2nd", "3rd", "30th".</summary>
    public required FrozenSet<string> OrdinalSuffixes { get; init; }

    public required FrozenDictionary<string, int> Months { get; init; }
    /// <summary>Month names that are also everyday words ("may", "march"); alone they count only when nothing else is said.</summary>
    public required FrozenSet<string> AmbiguousMonths { get; init; }
    public required FrozenDictionary<string, DayOfWeek> Weekdays { get; init; }
    public required FrozenDictionary<string, DateWord> DateWords { get; init; }
    public required FrozenDictionary<string, Season> Seasons { get; init; }
    /// <summary>Season names that are also everyday words ("fall"); they count only after a date word ("by fall", "next fall") or with a year.</summary>
    public required FrozenSet<string> AmbiguousSeasons { get; init; }
    /// <summary>Phrases that ask for "as soon as possible" instead of naming a date ("asap", "right away"): the coach asks for a date.</summary>
    public required FrozenSet<string> AsSoonAsPossiblePhrases { get; init; }
    public required int LongestAsSoonAsPossiblePhrase { get; init; }
    /// <summary>Words that own what follows ("my 40th birthday"): an ordinal after one of them is not a day of the month.</summary>
    public required FrozenSet<string> Possessives { get; init; }
    /// <summary>
    /// Words that may follow a day of the month said alone ("the 15th at the latest", "the 5th or the 6th"); any other
    /// word right after an ordinal is the thing it counts ("the 3rd step", "my 2nd job"), so the ordinal is no date.
    /// </summary>
    public required FrozenSet<string> BareDayFollowers { get; init; }
    /// <summary>Words that count what a rate measures: "5 hours a week", "twice a month", "3 days per week" are how often, not when.</summary>
    public required FrozenSet<string> RateHeads { get; init; }
    /// <summary>The word that makes a rate besides an article: "3 days per week".</summary>
    public required string PerWord { get; init; }
    /// <summary>Words that put an ambiguous month name in a date context: "by may", "in march".</summary>
    public required FrozenSet<string> DateLeadWords { get; init; }
    /// <summary>Quarter and half-year prefixes written with a number: "q3", "h1".</summary>
    public required string QuarterLetter { get; init; }
    public required string HalfYearLetter { get; init; }

    public required FrozenDictionary<string, TimeWord> TimeWords { get; init; }
    /// <summary>The meridiems written with dots, by their letters as tokens ("a.m." is "a", "m"): am or pm.</summary>
    public required (string[] Letters, TimeWord Meaning)[] DottedMeridiems { get; init; }

    public required FrozenSet<string> YesPhrases { get; init; }
    public required FrozenSet<string> NoPhrases { get; init; }
    /// <summary>Phrases that make an answer unclear ("maybe", "not sure"): with one of these, yes/no is not decided.</summary>
    public required FrozenSet<string> UnsurePhrases { get; init; }
    /// <summary>Words that turn the yes-word after them into a no ("not ok", "don't agree").</summary>
    public required FrozenSet<string> Negations { get; init; }
    public required int LongestPhraseWords { get; init; }

    /// <summary>Words around a choice number that carry no meaning: "number 2", "option #3", "the second one".</summary>
    public required FrozenSet<string> ChoiceIndexFillers { get; init; }
    /// <summary>Words that pick the last choice: "the last one".</summary>
    public required FrozenSet<string> LastChoiceWords { get; init; }
    /// <summary>Words that pick every choice in a multi-select: "all of them".</summary>
    public required FrozenSet<string> AllChoicesWords { get; init; }
    /// <summary>Of those, the words without which the answer picks nothing: "all", "both" ("the one above" is no pick of all).</summary>
    public required FrozenSet<string> AllChoicesHeads { get; init; }
    /// <summary>Words that join choices in a list: "growth and salary", "1 & 3".</summary>
    public required FrozenSet<string> ListJoiners { get; init; }
    /// <summary>Words too common to pick a choice by themselves ("the", "a", "my").</summary>
    public required FrozenSet<string> StopWords { get; init; }
    /// <summary>Words before a number that make it negative: "minus 3".</summary>
    public required FrozenSet<string> NegativeWords { get; init; }
    /// <summary>The letter after digits that means thousands: "5k".</summary>
    public required string ThousandsSuffix { get; init; }
    /// <summary>Endings that make a word's plural ("goal" -> "goals"): a choice said in the plural is still that choice.</summary>
    public required string[] PluralEndings { get; init; }
}
