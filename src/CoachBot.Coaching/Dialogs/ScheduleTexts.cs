using System.Globalization;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.CheckIns;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Keys of dialogs/en-US/schedule.yaml, and the sentence that says a schedule back.</summary>
[TextKeys]
public static class ScheduleTexts
{
    public const string Current = "schedule.current";
    public const string Paused = "schedule.paused";
    public const string Ask = "schedule.ask";
    public const string NotUnderstood = "schedule.notUnderstood";
    public const string UnknownZone = "schedule.unknownZone";
    public const string AskZone = "schedule.askZone";
    public const string Kept = "schedule.kept";
    public const string Saved = "schedule.saved";
    /// <summary>A change of a schedule that was set: what it was and what it is now ("actually make it 10am").</summary>
    public const string Changed = "schedule.changed";
    /// <summary>A change of the time zone alone ("sorry, I meant London time").</summary>
    public const string ZoneChanged = "schedule.zoneChanged";
    public const string SavedOff = "schedule.savedOff";
    public const string QuietHours = "schedule.quietHours";
    public const string NoQuietHours = "schedule.noQuietHours";

    public const string DescribeDaily = "schedule.describe.daily";
    public const string DescribeWeekly = "schedule.describe.weekly";
    public const string DescribeWeekdays = "schedule.describe.weekdays";
    public const string DescribeBiweekly = "schedule.describe.biweekly";
    public const string DescribeMonthly = "schedule.describe.monthly";
    public const string DescribeMonthlyDays = "schedule.describe.monthlyDays";
    public const string DescribeMonthlyLastDay = "schedule.describe.monthlyLastDay";
    public const string DescribeNthWeekday = "schedule.describe.nthWeekday";
    public const string DescribeOff = "schedule.describe.off";
    public const string Separator = "schedule.describe.separator";
    public const string LastSeparator = "schedule.describe.lastSeparator";

    /// <summary>"first", "second", "third", "fourth", "last" for <see cref="NthWeekday.N"/> 1..4 and -1.</summary>
    public static string NthKey(int n) => "schedule.describe.nth." + n switch { 1 => "first", 2 => "second", 3 => "third", 4 => "fourth", _ => "last" };

    public static string CadenceWordKey(Cadence cadence) => "schedule.cadenceWord." + cadence switch
    {
        Cadence.Daily => "daily",
        Cadence.Biweekly => "biweekly",
        Cadence.Monthly => "monthly",
        _ => "weekly",
    };

    /// <summary>The sentence that refuses a schedule the model cannot keep and says what it can do.</summary>
    public static string RefusalKey(ScheduleRefusal refusal) => "schedule.refusal." + Camel(refusal.ToString());

    public static string PartTimeKey(PartOfDay part) => "schedule.partsOfDay." + Camel(part.ToString()) + ".time";

    public static string PartWordsKey(PartOfDay part) => "schedule.partsOfDay." + Camel(part.ToString()) + ".words";

    /// <summary>Keys built at run time, listed so start-up checks them too.</summary>
    public static IEnumerable<string> BuiltKeys =>
        new[] { 1, 2, 3, 4, -1 }.Select(NthKey)
            .Concat(new[] { Cadence.Daily, Cadence.Weekly, Cadence.Biweekly, Cadence.Monthly }.Select(CadenceWordKey))
            .Concat(Enum.GetValues<ScheduleRefusal>().Select(RefusalKey))
            .Concat(Enum.GetValues<PartOfDay>().SelectMany(p => new[] { PartTimeKey(p), PartWordsKey(p) }));

    /// <summary>Keys of the schedule word lists (schedule.words.*).</summary>
    [TextKeys]
    public static class Words
    {
        private const string Prefix = "schedule.words.";
        public const string Off = Prefix + "off";
        public const string ZoneLeads = Prefix + "zoneLeads";
        public const string Daily = Prefix + "daily";
        public const string Weekdays = Prefix + "weekdays";
        public const string Weekends = Prefix + "weekends";
        public const string Weekly = Prefix + "weekly";
        public const string Biweekly = Prefix + "biweekly";
        public const string Alternate = Prefix + "alternate";
        public const string Monthly = Prefix + "monthly";
        public const string TwiceAMonth = Prefix + "twiceAMonth";
        public const string LastDay = Prefix + "lastDay";
        public const string MonthContext = Prefix + "monthContext";
        public const string DayUnits = Prefix + "dayUnits";
        public const string WeekUnits = Prefix + "weekUnits";
        public const string MonthUnits = Prefix + "monthUnits";
        public const string IntervalWords = Prefix + "intervalWords";
        public const string DayOfMonthWord = Prefix + "dayOfMonthWord";
        public const string LastWord = Prefix + "lastWord";
        public const string RangeWords = Prefix + "rangeWords";
        public const string ExceptWords = Prefix + "exceptWords";
        public const string ListWords = Prefix + "listWords";
        public const string Fillers = Prefix + "fillers";
        public const string SeveralTimesADay = Prefix + "severalTimesADay";
        public const string UnsupportedInterval = Prefix + "unsupportedInterval";
        public const string NeedDays = Prefix + "needDays";
        public const string ScheduleWords = Prefix + "scheduleWords";
    }

    /// <summary>
    /// The schedule in a sentence, with the time chosen: "every Tuesday and Thursday at 09:00", "every weekday (Monday to
    /// Friday) at 13:30", "monthly on days 1 and 15 at 09:00", "on the first Monday of every month at 09:00", "off".
    /// Day names are English (the coach speaks English; dates in an English sentence are written in English).
    /// </summary>
    public static string Describe(CheckInSchedule schedule, TextCatalog texts, string? locale)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(texts);
        var time = schedule.Time.ToString("HH:mm", CultureInfo.InvariantCulture);
        var days = schedule.Weekdays;
        switch (schedule.Cadence)
        {
            case Cadence.Daily:
                return texts.Get(DescribeDaily, locale, ("time", time));
            case Cadence.Weekly when days.SequenceEqual(CheckInSchedule.MondayToFriday):
                return texts.Get(DescribeWeekdays, locale, ("time", time));
            case Cadence.Weekly:
                return texts.Get(DescribeWeekly, locale, ("days", Join(days.Select(DayName), texts, locale)), ("time", time));
            case Cadence.Biweekly:
                return texts.Get(DescribeBiweekly, locale, ("days", Join(days.Select(DayName), texts, locale)), ("time", time));
            case Cadence.Monthly when schedule.NthWeekday is { } nth:
                return texts.Get(DescribeNthWeekday, locale, ("nth", texts.Get(NthKey(nth.N), locale)), ("day", DayName(nth.Day)), ("time", time));
            case Cadence.Monthly:
                var monthDays = schedule.DaysOfMonth;
                if (monthDays is [31]) return texts.Get(DescribeMonthlyLastDay, locale, ("time", time));
                var list = Join(monthDays.Select(d => d.ToString(CultureInfo.InvariantCulture)), texts, locale);
                return texts.Get(monthDays.Count == 1 ? DescribeMonthly : DescribeMonthlyDays, locale, ("monthDays", list), ("time", time));
            default:
                return texts.Get(DescribeOff, locale);
        }
    }

    /// <summary>The word for the cadence in "your {cadence} check-in".</summary>
    public static string CadenceWord(Cadence cadence, TextCatalog texts, string? locale) => texts.Get(CadenceWordKey(cadence), locale);

    private static string DayName(DayOfWeek day) => CultureInfo.GetCultureInfo("en-US").DateTimeFormat.GetDayName(day);

    /// <summary>"Monday", "Monday and Friday", "Monday, Wednesday and Friday".</summary>
    private static string Join(IEnumerable<string> items, TextCatalog texts, string? locale)
    {
        var list = items.ToList();
        if (list.Count <= 1) return list.FirstOrDefault() ?? "";
        return string.Join(texts.Get(Separator, locale), list.Take(list.Count - 1)) + texts.Get(LastSeparator, locale) + list[^1];
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
