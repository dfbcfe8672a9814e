using System.Text.Json;
using CoachBot.Coaching.CheckIns;

using CoachBot.Coaching.Dialogs;

namespace CoachBot.Coaching.Tests.CheckIns;

/// <summary>
/// Next occurrences of the schedules people say (several weekdays, every day, days of the month, the nth weekday),
/// in several zones, with the DST rules (a time in the spring gap moves to its end; a repeated autumn hour fires
/// once), quiet hours and month-end clamping; and their stored shape.
/// </summary>
public class NewScheduleOccurrenceTests
{
    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, null, System.Globalization.DateTimeStyles.AssumeUniversal);

    private static CheckInSchedule Schedule(string zone, Cadence cadence, int hour, int minute = 0, DayOfWeek[]? days = null, int[]? monthDays = null, NthWeekday? nth = null)
    {
        var schedule = new CheckInSchedule { Cadence = cadence, Time = new TimeOnly(hour, minute), TimeZone = zone, NthWeekday = nth };
        if (days is not null) schedule.SetWeekdays(days);
        if (monthDays is not null) schedule.SetMonthDays(monthDays);
        if (nth is not null) schedule.NthWeekday = nth;
        return schedule;
    }

    /// <summary>The first <paramref name="count"/> occurrences strictly after <paramref name="after"/>, as UTC ISO strings.</summary>
    private static string[] Upcoming(CheckInSchedule schedule, string after, int count)
    {
        var result = new List<string>();
        var at = Utc(after);
        for (var k = 0; k < count; k++)
        {
            at = Coaching.CheckIns.Occurrences.Next(schedule, at)!.Value;
            result.Add(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm'Z'", System.Globalization.CultureInfo.InvariantCulture));
        }
        return [.. result];
    }

    public static TheoryData<string, CheckInSchedule, string, string[]> Cases => new()
    {
        {
            "Tuesdays and Thursdays at 9, New York (EST)",
            Schedule("America/New_York", Cadence.Weekly, 9, days: [DayOfWeek.Tuesday, DayOfWeek.Thursday]),
            "2027-01-04T00:00:00Z", ["2027-01-05T14:00Z", "2027-01-07T14:00Z", "2027-01-12T14:00Z"]
        },
        {
            "weekdays at 9, Sydney: Friday 09:00 has passed at 11:00 local, so Monday (Sunday 22:00 UTC)",
            Schedule("Australia/Sydney", Cadence.Weekly, 9, days: [.. CheckInSchedule.MondayToFriday]),
            "2027-01-01T00:00:00Z", ["2027-01-03T22:00Z", "2027-01-04T22:00Z", "2027-01-05T22:00Z"]
        },
        {
            "every day at 02:30 Berlin across the spring change: the 28th's 02:30 does not exist and fires at 03:00 CEST",
            Schedule("Europe/Berlin", Cadence.Daily, 2, 30),
            "2027-03-27T00:00:00Z", ["2027-03-27T01:30Z", "2027-03-28T01:00Z", "2027-03-29T00:30Z"]
        },
        {
            "every day at 02:30 Berlin across the autumn change: the repeated 02:30 fires once",
            Schedule("Europe/Berlin", Cadence.Daily, 2, 30),
            "2027-10-30T12:00:00Z", ["2027-10-31T00:30Z", "2027-11-01T01:30Z", "2027-11-02T01:30Z"]
        },
        {
            "every day at 9, Kolkata (no DST)",
            Schedule("Asia/Kolkata", Cadence.Daily, 9),
            "2027-01-04T04:00:00Z", ["2027-01-05T03:30Z", "2027-01-06T03:30Z"]
        },
        {
            "every other Tuesday and Thursday at 9, Kolkata, anchored on Tuesday 5 January: the week of the 12th is skipped",
            new CheckInSchedule { Cadence = Cadence.Biweekly, Day = DayOfWeek.Tuesday, Days = [DayOfWeek.Tuesday, DayOfWeek.Thursday], Time = new TimeOnly(9, 0), TimeZone = "Asia/Kolkata", Anchor = new DateOnly(2027, 1, 5) },
            "2027-01-01T00:00:00Z", ["2027-01-05T03:30Z", "2027-01-07T03:30Z", "2027-01-19T03:30Z", "2027-01-21T03:30Z"]
        },
        {
            "the 1st and the 15th at 9, Berlin, into summer time",
            Schedule("Europe/Berlin", Cadence.Monthly, 9, monthDays: [1, 15]),
            "2027-03-01T12:00:00Z", ["2027-03-15T08:00Z", "2027-04-01T07:00Z", "2027-04-15T07:00Z"]
        },
        {
            "the 30th and the 31st at 8, New York: February has one check-in, on the 28th",
            Schedule("America/New_York", Cadence.Monthly, 8, monthDays: [30, 31]),
            "2027-01-29T00:00:00Z", ["2027-01-30T13:00Z", "2027-01-31T13:00Z", "2027-02-28T13:00Z", "2027-03-30T12:00Z"]
        },
        {
            "the first Monday of the month at 9, Berlin",
            Schedule("Europe/Berlin", Cadence.Monthly, 9, nth: new NthWeekday(1, DayOfWeek.Monday)),
            "2027-01-01T00:00:00Z", ["2027-01-04T08:00Z", "2027-02-01T08:00Z", "2027-03-01T08:00Z", "2027-04-05T07:00Z"]
        },
        {
            "the last Friday of the month at 17:00, New York",
            Schedule("America/New_York", Cadence.Monthly, 17, nth: new NthWeekday(-1, DayOfWeek.Friday)),
            "2027-01-01T00:00:00Z", ["2027-01-29T22:00Z", "2027-02-26T22:00Z", "2027-03-26T21:00Z"]
        },
        {
            "the first Sunday at 02:30, Sydney: 3 October 2027 is the spring change, so 03:00 AEDT",
            Schedule("Australia/Sydney", Cadence.Monthly, 2, 30, nth: new NthWeekday(1, DayOfWeek.Sunday)),
            "2027-09-10T00:00:00Z", ["2027-10-02T16:00Z", "2027-11-06T15:30Z"]
        },
        {
            "the third Wednesday at 13:30, Sydney autumn (April) change",
            Schedule("Australia/Sydney", Cadence.Monthly, 13, 30, nth: new NthWeekday(3, DayOfWeek.Wednesday)),
            "2027-03-01T00:00:00Z", ["2027-03-17T02:30Z", "2027-04-21T03:30Z"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void OccurrencesComeOnTheRightLocalDaysAndTimes(string what, CheckInSchedule schedule, string after, string[] expected)
    {
        Assert.False(string.IsNullOrEmpty(what));
        Assert.Equal(expected, Upcoming(schedule, after, expected.Length));
    }

    [Fact]
    public void QuietHoursHoldADailyEveningCheckInUntilMorning()
    {
        var schedule = Schedule("Europe/Berlin", Cadence.Daily, 22);
        schedule.QuietStart = new TimeOnly(21, 0);
        schedule.QuietEnd = new TimeOnly(8, 0);

        var next = Coaching.CheckIns.Occurrences.Next(schedule, Utc("2027-01-04T12:00:00Z"))!.Value;

        Assert.Equal(Utc("2027-01-04T21:00:00Z"), next); // 22:00 CET
        Assert.Equal(Utc("2027-01-05T07:00:00Z"), Coaching.CheckIns.Occurrences.OutsideQuietHours(schedule, next)); // held to 08:00
    }

    [Fact]
    public void MissedCheckInsOnSeveralWeekdaysCollapseIntoTheLatest()
    {
        var schedule = Schedule("Europe/Berlin", Cadence.Weekly, 9, days: [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]);

        var latest = Coaching.CheckIns.Occurrences.Latest(schedule, Utc("2027-01-04T08:00:00Z"), Utc("2027-01-12T12:00:00Z"));

        Assert.Equal(Utc("2027-01-11T08:00:00Z"), latest);
    }

    [Fact]
    public void RescheduleAnchorsEveryOtherTuesdayAndThursdayOnTheNextTuesday()
    {
        // Set on Wednesday 6 January: the first check-in is Tuesday the 12th, then Thursday the 14th, then the 26th.
        var state = new CheckInState { Schedule = Schedule("Europe/Berlin", Cadence.Biweekly, 9, days: [DayOfWeek.Tuesday, DayOfWeek.Thursday]) };

        CheckInRules.Reschedule(state, Utc("2027-01-06T12:00:00Z"));

        Assert.Equal(new DateOnly(2027, 1, 12), state.Schedule.Anchor);
        Assert.Equal(Utc("2027-01-12T08:00:00Z"), state.NextUtc);
        Assert.Equal(["2027-01-14T08:00Z", "2027-01-26T08:00Z"], Upcoming(state.Schedule, "2027-01-12T08:00:00Z", 2));
    }

    [Fact]
    public void AStoredScheduleOfTodaysShapeReadsAsBefore()
    {
        const string stored = """{"schedule":{"cadence":"Weekly","day":"Thursday","dayOfMonth":15,"time":"09:00:00","timeZone":"Europe/Berlin","paused":"None"}}""";

        var state = JsonSerializer.Deserialize(stored, CheckInJsonContext.Default.CheckInState)!;

        Assert.Equal([DayOfWeek.Thursday], state.Schedule.Weekdays);
        Assert.Equal([15], state.Schedule.DaysOfMonth);
        Assert.Null(state.Schedule.NthWeekday);
        Assert.Equal(Utc("2027-01-07T08:00:00Z"), Coaching.CheckIns.Occurrences.Next(state.Schedule, Utc("2027-01-04T09:00:00Z")));
    }

    [Fact]
    public void AOneDayScheduleIsStillWrittenInTodaysShape()
    {
        var schedule = Schedule("Europe/Berlin", Cadence.Weekly, 9, days: [DayOfWeek.Friday]);

        var json = JsonSerializer.Serialize(new CheckInState { Schedule = schedule }, CheckInJsonContext.Default.CheckInState);

        Assert.Contains("\"day\":\"Friday\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"days\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"monthDays\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"nthWeekday\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void NewShapesSurviveTheRoundTrip()
    {
        var original = new CheckInState { Schedule = Schedule("Europe/Berlin", Cadence.Monthly, 9, nth: new NthWeekday(-1, DayOfWeek.Friday)) };
        original.Schedule.SetWeekdays([DayOfWeek.Thursday, DayOfWeek.Tuesday]);
        original.Schedule.MonthDays = [1, 15];

        var json = JsonSerializer.Serialize(original, CheckInJsonContext.Default.CheckInState);
        var read = JsonSerializer.Deserialize(json, CheckInJsonContext.Default.CheckInState)!.Schedule;

        Assert.Contains("\"nthWeekday\":{\"n\":-1,\"day\":\"Friday\"}", json, StringComparison.Ordinal);
        Assert.Equal([DayOfWeek.Tuesday, DayOfWeek.Thursday], read.Weekdays);
        Assert.Equal(DayOfWeek.Tuesday, read.Day);
        Assert.Equal([1, 15], read.DaysOfMonth);
        Assert.Equal(new NthWeekday(-1, DayOfWeek.Friday), read.NthWeekday);
    }

    public static TheoryData<CheckInSchedule, string> Descriptions => new()
    {
        { Schedule("Europe/Berlin", Cadence.Weekly, 9, days: [DayOfWeek.Monday]), "every Monday at 09:00" },
        { Schedule("Europe/Berlin", Cadence.Weekly, 13, 30, days: [DayOfWeek.Tuesday, DayOfWeek.Thursday]), "every Tuesday and Thursday at 13:30" },
        { Schedule("Europe/Berlin", Cadence.Weekly, 8, days: [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday]), "every Monday, Wednesday and Friday at 08:00" },
        { Schedule("Europe/Berlin", Cadence.Weekly, 9, days: [.. CheckInSchedule.MondayToFriday]), "every weekday (Monday to Friday) at 09:00" },
        { Schedule("Europe/Berlin", Cadence.Daily, 19), "every day at 19:00" },
        { Schedule("Europe/Berlin", Cadence.Biweekly, 16, 30, days: [DayOfWeek.Friday]), "every other Friday at 16:30" },
        { Schedule("Europe/Berlin", Cadence.Monthly, 9, monthDays: [1]), "monthly on day 1 at 09:00" },
        { Schedule("Europe/Berlin", Cadence.Monthly, 9, monthDays: [1, 15]), "monthly on days 1 and 15 at 09:00" },
        { Schedule("Europe/Berlin", Cadence.Monthly, 8, monthDays: [31]), "monthly on the last day of the month at 08:00" },
        { Schedule("Europe/Berlin", Cadence.Monthly, 10, nth: new NthWeekday(1, DayOfWeek.Monday)), "on the first Monday of every month at 10:00" },
        { Schedule("Europe/Berlin", Cadence.Monthly, 17, nth: new NthWeekday(-1, DayOfWeek.Friday)), "on the last Friday of every month at 17:00" },
        { Schedule("Europe/Berlin", Cadence.Off, 9), "off" },
    };

    [Theory]
    [MemberData(nameof(Descriptions))]
    public void AScheduleIsSaidBackWithItsTime(CheckInSchedule schedule, string expected) =>
        Assert.Equal(expected, ScheduleTexts.Describe(schedule, RepoDialogs.Texts, "en-US"));

    [Fact]
    public void WhatIsSaidIsWhatIsKept()
    {
        // Parse, apply, say back: "fridays after lunch" is kept as every Friday at 13:30 and said so.
        var schedule = new CheckInSchedule { TimeZone = "Europe/Berlin" };
        ScheduleParser.Apply(schedule, ScheduleParser.Parse("fridays after lunch", ScheduleWords.From(RepoDialogs.Texts), "en-US"));

        Assert.Equal("every Friday at 13:30", ScheduleTexts.Describe(schedule, RepoDialogs.Texts, "en-US"));
    }
}
