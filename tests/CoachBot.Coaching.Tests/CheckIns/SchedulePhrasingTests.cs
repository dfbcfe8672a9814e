using CoachBot.Coaching.CheckIns;

using CoachBot.Coaching.Dialogs;

namespace CoachBot.Coaching.Tests.CheckIns;

/// <summary>
/// Schedules as people say them, written as the labelled sets describe a schedule (TEAM.md): kind, days, monthDays,
/// nthWeekday, time; only the fields the answer says. A schedule the model cannot keep is refused, never changed.
/// </summary>
public class SchedulePhrasingTests
{
    private static readonly ScheduleWords Words = ScheduleWords.From(RepoDialogs.Texts, "en-US");

    private static ScheduleChange Parse(string text) => ScheduleParser.Parse(text, Words, "en-US");

    /// <summary>"weekly days=tuesday,thursday time=09:00", "monthly nth=1/monday", "refuse=NeedDays".</summary>
    private static string Shape(ScheduleChange change)
    {
        if (change.Refusal is { } refusal) return "refuse=" + refusal;
        var parts = new List<string>();
        if (change.Cadence is { } cadence) parts.Add(cadence.ToString().ToLowerInvariant());
        if (change.Days is { } days) parts.Add("days=" + string.Join(',', days.Select(d => d.ToString().ToLowerInvariant())));
        if (change.MonthDays is { } monthDays) parts.Add("monthDays=" + string.Join(',', monthDays));
        if (change.NthWeekday is { } nth) parts.Add($"nth={nth.N}/{nth.Day.ToString().ToLowerInvariant()}");
        if (change.Time is { } time) parts.Add("time=" + time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        return string.Join(' ', parts);
    }

    public static TheoryData<string, string> Phrasings => new()
    {
        // several weekdays
        { "Tuesdays and Thursdays", "weekly days=tuesday,thursday" },
        { "every Monday and Thursday", "weekly days=monday,thursday" },
        { "mon, wed and fri at 8", "weekly days=monday,wednesday,friday time=08:00" },
        { "tue & thu 17:30", "weekly days=tuesday,thursday time=17:30" },
        { "thursdays and tuesdays", "weekly days=tuesday,thursday" },
        { "monday to wednesday", "weekly days=monday,tuesday,wednesday" },
        { "tue-thu at 9", "weekly days=tuesday,wednesday,thursday time=09:00" },
        // weekdays, weekends, every day
        { "weekdays", "weekly days=monday,tuesday,wednesday,thursday,friday" },
        { "every weekday at 9", "weekly days=monday,tuesday,wednesday,thursday,friday time=09:00" },
        { "Mon-Fri 8am", "weekly days=monday,tuesday,wednesday,thursday,friday time=08:00" },
        { "weekdays except wednesday", "weekly days=monday,tuesday,thursday,friday" },
        { "weekends at 10", "weekly days=saturday,sunday time=10:00" },
        { "every day", "daily" },
        { "everyday at 7am", "daily time=07:00" },
        { "daily, after work", "daily time=18:00" },
        { "every day except sunday", "weekly days=monday,tuesday,wednesday,thursday,friday,saturday" },
        // every other week
        { "every other Friday at 16:30", "biweekly days=friday time=16:30" },
        { "every two weeks on tuesday and thursday", "biweekly days=tuesday,thursday" },
        { "fortnightly", "biweekly" },
        { "every 2 weeks", "biweekly" },
        // monthly
        { "twice a month", "monthly monthDays=1,15" },
        { "twice a month on the 5th and the 20th", "monthly monthDays=5,20" },
        { "the 1st and the 15th", "monthly monthDays=1,15" },
        { "1st and 15th of each month at 9", "monthly monthDays=1,15 time=09:00" },
        { "on the 15th", "monthly monthDays=15" },
        { "monthly on the 31st at 8am", "monthly monthDays=31 time=08:00" },
        { "the last day of the month", "monthly monthDays=31" },
        { "day 10 of every month", "monthly monthDays=10" },
        { "first Monday of the month", "monthly nth=1/monday" },
        { "the first monday of every month at 10", "monthly nth=1/monday time=10:00" },
        { "last friday of the month after lunch", "monthly nth=-1/friday time=13:30" },
        { "every third wednesday", "monthly nth=3/wednesday" },
        { "monthly", "monthly" },
        // parts of the day: times from dialogs/en-US/schedule.yaml
        { "mornings", "time=09:00" },
        { "lunchtime", "time=12:30" },
        { "fridays after lunch", "weekly days=friday time=13:30" },
        { "afternoons", "time=15:00" },
        { "end of the day on fridays", "weekly days=friday time=17:00" },
        { "after work", "time=18:00" },
        { "evenings", "time=19:00" },
        { "weekday mornings", "weekly days=monday,tuesday,wednesday,thursday,friday time=09:00" },
        { "evenings at 7", "time=19:00" },
        { "mornings at 8", "time=08:00" },
        { "8 in the evening", "time=20:00" },
        // the old phrasings still read as before
        { "every Monday at 9:00", "weekly days=monday time=09:00" },
        { "mondays at 9", "weekly days=monday time=09:00" },
        { "weekly", "weekly" },
        { "at 10", "time=10:00" },
        { "please check in with me on thursdays at 3", "weekly days=thursday time=15:00" },
        // what the model cannot keep is refused with the reason, never turned into another schedule
        { "twice a day", "refuse=SeveralTimesADay" },
        { "mornings and evenings", "refuse=SeveralTimesADay" },
        { "at 9 and at 5", "refuse=SeveralTimesADay" },
        { "tuesdays at 9 and thursdays at 5", "refuse=DifferentTimesPerDay" },
        { "every other day", "refuse=UnsupportedInterval" },
        { "every 3 weeks", "refuse=UnsupportedInterval" },
        { "every ten days", "refuse=UnsupportedInterval" },
        { "quarterly", "refuse=UnsupportedInterval" },
        { "every other month", "refuse=UnsupportedInterval" },
        { "twice a week", "refuse=NeedDays" },
        { "3 times a week in the evening", "refuse=NeedDays" },
        { "monthly on mondays", "refuse=NeedWhichWeekday" },
        { "first and third monday", "refuse=SeveralWeekdaysOfMonth" },
        { "the fifth friday", "refuse=SeveralWeekdaysOfMonth" },
        { "every monday on the 15th", "refuse=Conflicting" },
        { "weekly on the 1st", "refuse=Conflicting" },
        { "every day on mondays", "refuse=Conflicting" },
        { "every blue moon", "refuse=Unclear" },
        { "first week of the month", "refuse=Unclear" },
        { "5 days a week", "weekly days=monday,tuesday,wednesday,thursday,friday" },
        { "except fridays", "refuse=Unclear" },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void ASchedulePhrasingIsReadAsTheModelHoldsIt(string text, string expected) => Assert.Equal(expected, Shape(Parse(text)));

    [Fact]
    public void EveryWeekdayIsNoLongerSilentlyEveryMonday()
    {
        var schedule = new CheckInSchedule { Cadence = Cadence.Weekly, Day = DayOfWeek.Monday, TimeZone = "Europe/Berlin" };

        Assert.True(ScheduleParser.Apply(schedule, Parse("every weekday at 9")));

        Assert.Equal(CheckInSchedule.MondayToFriday, schedule.Weekdays);
    }

    [Theory]
    [InlineData("every other day")]
    [InlineData("twice a week at 9, time zone Asia/Kolkata")]
    [InlineData("every blue moon at 9")]
    public void ARefusedScheduleChangesNothing(string text)
    {
        var schedule = new CheckInSchedule { Cadence = Cadence.Weekly, Day = DayOfWeek.Friday, Time = new TimeOnly(16, 30), TimeZone = "Europe/Berlin" };

        var change = Parse(text);

        Assert.NotNull(change.Refusal);
        Assert.True(change.IsEmpty);
        Assert.False(ScheduleParser.Apply(schedule, change));
        Assert.Equal((Cadence.Weekly, DayOfWeek.Friday, new TimeOnly(16, 30), "Europe/Berlin"), (schedule.Cadence, schedule.Day, schedule.Time, schedule.TimeZone));
        Assert.Null(schedule.Days);
    }

    [Fact]
    public void EveryRefusalHasASentenceThatSaysWhatTheCoachCanDo()
    {
        foreach (var refusal in Enum.GetValues<ScheduleRefusal>())
            Assert.False(string.IsNullOrWhiteSpace(RepoDialogs.Texts.Get(ScheduleTexts.RefusalKey(refusal), "en-US")), refusal.ToString());
    }

    [Fact]
    public void ATimeOfDayChangeKeepsTheDays()
    {
        var schedule = new CheckInSchedule { TimeZone = "Europe/Berlin" };
        ScheduleParser.Apply(schedule, Parse("tuesdays and thursdays at 9"));

        ScheduleParser.Apply(schedule, Parse("after lunch"));

        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], schedule.Weekdays);
        Assert.Equal(new TimeOnly(13, 30), schedule.Time);
    }

    [Fact]
    public void ThePartsOfTheDayComeFromDialogs()
    {
        // A catalog that moves "after lunch" to 14:00: the parser reads the data, not a time of its own.
        var texts = RepoDialogs.Texts;
        // The weekday words are the recognizers' (recognizers.yaml), as at every date prompt.
        var keys = BotFramework.Text.TextKeyDiscovery.KeysIn(typeof(ScheduleTexts).Assembly, typeof(BotFramework.Recognizers.RecognizerPhrases).Assembly)
            .Where(k => k.StartsWith("schedule.", StringComparison.Ordinal) || k.StartsWith("recognizers.", StringComparison.Ordinal));
        var copy = keys.ToDictionary(k => k, k => texts.Get(k));
        copy[ScheduleTexts.PartTimeKey(PartOfDay.AfterLunch)] = "14:00";
        var words = ScheduleWords.From(BotFramework.Text.TextCatalog.FromDictionary(copy));

        Assert.Equal(new TimeOnly(14, 0), ScheduleParser.Parse("fridays after lunch", words, "en-US").Time);
    }

    [Theory]
    [InlineData("schedule.partsOfDay.evening.time", "7pm")]
    [InlineData("schedule.partsOfDay.lunch.words", " ; ")]
    [InlineData("schedule.words.weekdays", "")]
    public void ABadWordListOrTimeFailsNamingItsKey(string key, string value)
    {
        var texts = RepoDialogs.Texts;
        var copy = BotFramework.Text.TextKeyDiscovery.KeysIn(typeof(ScheduleTexts).Assembly)
            .Where(k => k.StartsWith("schedule.", StringComparison.Ordinal)).ToDictionary(k => k, k => texts.Get(k));
        copy[key] = value;

        var error = Assert.Throws<InvalidDataException>(() => ScheduleWords.From(BotFramework.Text.TextCatalog.FromDictionary(copy)));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}

/// <summary>The schedule parser sits on every schedule answer: whatever is typed, it answers and never throws.</summary>
public class ScheduleParserRobustnessTests
{
    private const string Messy = "every other tue-thu & the 1st, 15th and last fri of each month at 9 and 5pm except weekends - mon - quiet hours 22-7 tz Mars/Base every 0 weeks the 99th day 0";

    public static TheoryData<string> Prefixes()
    {
        var data = new TheoryData<string>();
        foreach (var prefix in Enumerable.Range(0, Messy.Length + 1).Select(i => Messy[..i]).Distinct()) data.Add(prefix);
        return data;
    }

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void EveryPrefixIsReadWithoutThrowing(string text)
    {
        var words = ScheduleWords.From(RepoDialogs.Texts, "en-US");
        var schedule = new CheckInSchedule { TimeZone = "Europe/Berlin" };

        var exception = Record.Exception(() =>
        {
            ScheduleParser.Apply(schedule, ScheduleParser.Parse(text, words, "en-US"));
            ScheduleTexts.Describe(schedule, RepoDialogs.Texts, "en-US");
        });

        Assert.Null(exception);
    }
}
