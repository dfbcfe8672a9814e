using System.Collections.Frozen;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CoachBot.BotFramework.Text;

using CoachBot.Coaching.Dialogs;

namespace CoachBot.Coaching.CheckIns;

/// <summary>A part of the day people name instead of a clock time ("after lunch"), with the time it means (dialogs/en-US/schedule.yaml).</summary>
public enum PartOfDay
{
    Morning,
    Lunch,
    AfterLunch,
    Afternoon,
    EndOfDay,
    AfterWork,
    Evening,
}

/// <summary>
/// The words of schedules and the times of the parts of the day, from <c>dialogs/&lt;locale&gt;/schedule.yaml</c>
/// (<c>words.*</c>, <c>partsOfDay.*</c>). Read once per catalog and locale, and checked: an empty list or a time that
/// is not "HH:mm" fails start-up with its key named.
/// </summary>
public sealed class ScheduleWords
{
    private static readonly ConditionalWeakTable<TextCatalog, Dictionary<string, ScheduleWords>> Cache = new();

    internal FrozenDictionary<PartOfDay, TimeOnly> PartTimes { get; }
    internal IReadOnlyList<(PartOfDay Part, WordList Words)> Parts { get; }
    internal WordList Off { get; }
    internal WordList ZoneLeads { get; }
    internal WordList Daily { get; }
    internal WordList Weekdays { get; }
    internal WordList Weekends { get; }
    internal WordList Weekly { get; }
    internal WordList Biweekly { get; }
    internal WordList Alternate { get; }
    internal WordList Monthly { get; }
    internal WordList TwiceAMonth { get; }
    internal WordList LastDay { get; }
    internal WordList MonthContext { get; }
    internal WordList DayUnits { get; }
    internal WordList WeekUnits { get; }
    internal WordList MonthUnits { get; }
    internal WordList IntervalWords { get; }
    internal WordList DayOfMonthWord { get; }
    internal WordList LastWord { get; }
    internal WordList RangeWords { get; }
    internal WordList ExceptWords { get; }
    internal WordList ListWords { get; }
    internal WordList Fillers { get; }
    internal WordList SeveralTimesADay { get; }
    internal WordList UnsupportedInterval { get; }
    internal WordList NeedDays { get; }
    internal WordList ScheduleWordList { get; }

    /// <summary>The weekday and time words of recognizers.yaml, which schedules read as the date prompt does (checked at start on their own).</summary>
    internal BotFramework.Recognizers.RecognizerPhrases Recognizers => _recognizers.Value;

    private readonly Lazy<BotFramework.Recognizers.RecognizerPhrases> _recognizers;

    private ScheduleWords(TextCatalog texts, string? locale)
    {
        _recognizers = new(() => BotFramework.Recognizers.RecognizerPhrases.From(texts, locale));
        WordList List(string key) => WordList.Parse(key, texts.Get(key, locale));

        var times = new Dictionary<PartOfDay, TimeOnly>();
        var parts = new List<(PartOfDay, WordList)>();
        foreach (var part in Enum.GetValues<PartOfDay>())
        {
            var timeKey = ScheduleTexts.PartTimeKey(part);
            var value = texts.Get(timeKey, locale);
            if (!TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
                throw new InvalidDataException($"dialogs: '{timeKey}' must be a time like \"09:00\", not \"{value}\".");
            times[part] = time;
            parts.Add((part, List(ScheduleTexts.PartWordsKey(part))));
        }
        PartTimes = times.ToFrozenDictionary();
        Parts = parts;
        Off = List(ScheduleTexts.Words.Off);
        ZoneLeads = List(ScheduleTexts.Words.ZoneLeads);
        Daily = List(ScheduleTexts.Words.Daily);
        Weekdays = List(ScheduleTexts.Words.Weekdays);
        Weekends = List(ScheduleTexts.Words.Weekends);
        Weekly = List(ScheduleTexts.Words.Weekly);
        Biweekly = List(ScheduleTexts.Words.Biweekly);
        Alternate = List(ScheduleTexts.Words.Alternate);
        Monthly = List(ScheduleTexts.Words.Monthly);
        TwiceAMonth = List(ScheduleTexts.Words.TwiceAMonth);
        LastDay = List(ScheduleTexts.Words.LastDay);
        MonthContext = List(ScheduleTexts.Words.MonthContext);
        DayUnits = List(ScheduleTexts.Words.DayUnits);
        WeekUnits = List(ScheduleTexts.Words.WeekUnits);
        MonthUnits = List(ScheduleTexts.Words.MonthUnits);
        IntervalWords = List(ScheduleTexts.Words.IntervalWords);
        DayOfMonthWord = List(ScheduleTexts.Words.DayOfMonthWord);
        LastWord = List(ScheduleTexts.Words.LastWord);
        RangeWords = List(ScheduleTexts.Words.RangeWords);
        ExceptWords = List(ScheduleTexts.Words.ExceptWords);
        ListWords = List(ScheduleTexts.Words.ListWords);
        Fillers = List(ScheduleTexts.Words.Fillers);
        SeveralTimesADay = List(ScheduleTexts.Words.SeveralTimesADay);
        UnsupportedInterval = List(ScheduleTexts.Words.UnsupportedInterval);
        NeedDays = List(ScheduleTexts.Words.NeedDays);
        ScheduleWordList = List(ScheduleTexts.Words.ScheduleWords);
    }

    /// <summary>The schedule words for <paramref name="locale"/> (falling back to en-US as sentences do); built once per catalog.</summary>
    /// <exception cref="InvalidDataException">A list is empty or a time is malformed; the message names the key.</exception>
    public static ScheduleWords From(TextCatalog texts, string? locale = null)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var byLocale = Cache.GetValue(texts, static _ => new Dictionary<string, ScheduleWords>(StringComparer.OrdinalIgnoreCase));
        lock (byLocale)
        {
            var name = locale ?? "";
            if (!byLocale.TryGetValue(name, out var words)) byLocale[name] = words = new ScheduleWords(texts, locale);
            return words;
        }
    }

    /// <summary>The time a part of the day stands for ("after lunch" = 13:30 in en-US).</summary>
    public TimeOnly TimeOf(PartOfDay part) => PartTimes[part];

    /// <summary>
    /// Lower-case words as the schedule parser compares them: letters and digits, with "9:30", "8.30", "mon-fri" and
    /// "don't" kept whole; a dash between spaces ("Mon - Fri") and "&amp;" are words of their own.
    /// </summary>
    internal static List<string> Split(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToLowerInvariant(text[i]);
            var inside = current.Length > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]);
            if (char.IsLetterOrDigit(c) || inside && (c is '\'' or '\u2019' or '-' || c is ':' or '.' && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1])))
            {
                current.Append(c == '\u2019' ? '\'' : c);
                continue;
            }
            Flush();
            if (c is '&' or '-' or '–') words.Add(c == '&' ? "&" : "-");
        }
        Flush();
        return words;

        void Flush()
        {
            if (current.Length == 0) return;
            words.Add(current.ToString());
            current.Clear();
        }
    }
}

/// <summary>Phrases of a schedule word list, longest first, compared as <see cref="ScheduleWords.Split"/> gives words.</summary>
internal sealed class WordList
{
    private readonly string[][] _phrases;

    private WordList(string[][] phrases) => _phrases = phrases;

    public static WordList Parse(string key, string value)
    {
        var phrases = value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(item => ScheduleWords.Split(item).ToArray())
            .Where(words => words.Length > 0)
            .OrderByDescending(words => words.Length)
            .ToArray();
        if (phrases.Length == 0) throw new InvalidDataException($"dialogs: '{key}' must list at least one phrase.");
        return new WordList(phrases);
    }

    /// <summary>How many words of the longest phrase that starts at <paramref name="at"/> (0 when none does).</summary>
    public int MatchAt(IReadOnlyList<string> words, int at)
    {
        foreach (var phrase in _phrases)
        {
            if (at + phrase.Length > words.Count) continue;
            var all = true;
            for (var k = 0; k < phrase.Length && all; k++) all = words[at + k] == phrase[k];
            if (all) return phrase.Length;
        }
        return 0;
    }

    public bool IsWhole(IReadOnlyList<string> words) => words.Count > 0 && MatchAt(words, 0) == words.Count;

    public bool Contains(string word) => _phrases.Any(p => p.Length == 1 && p[0] == word);
}
