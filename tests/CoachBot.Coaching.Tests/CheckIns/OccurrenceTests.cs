using CoachBot.BotFramework.Text;
using CoachBot.Coaching.CheckIns;

namespace CoachBot.Coaching.Tests.CheckIns;

/// <summary>Next occurrences in the user's zone: cadences, zones, both DST transitions, quiet hours.</summary>
public class OccurrenceTests
{
    private static CheckInSchedule Weekly(string zone, DayOfWeek day, int hour, int minute = 0) =>
        new() { Cadence = Cadence.Weekly, Day = day, Time = new TimeOnly(hour, minute), TimeZone = zone };

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, null, System.Globalization.DateTimeStyles.AssumeUniversal);

    public static TheoryData<string, string, string> MondayNineInEachZone => new()
    {
        // zone, after (UTC), expected next (UTC)
        { "America/New_York", "2027-01-01T00:00:00Z", "2027-01-04T14:00:00Z" },   // EST, UTC-5
        { "America/New_York", "2027-07-01T00:00:00Z", "2027-07-05T13:00:00Z" },   // EDT, UTC-4
        { "Europe/Berlin", "2027-01-01T00:00:00Z", "2027-01-04T08:00:00Z" },      // CET
        { "Europe/Berlin", "2027-07-01T00:00:00Z", "2027-07-05T07:00:00Z" },      // CEST
        { "Asia/Kolkata", "2027-01-01T00:00:00Z", "2027-01-04T03:30:00Z" },       // IST, UTC+5:30, no DST
        { "Australia/Sydney", "2027-01-01T00:00:00Z", "2027-01-03T22:00:00Z" },   // AEDT, UTC+11: Monday 9:00 is Sunday 22:00 UTC
        { "Australia/Sydney", "2027-07-01T00:00:00Z", "2027-07-04T23:00:00Z" },   // AEST, UTC+10
    };

    [Theory]
    [MemberData(nameof(MondayNineInEachZone))]
    public void MondayAtNineIsNineLocalInEveryZone(string zone, string after, string expected)
    {
        Assert.Equal(Utc(expected), Occurrences.Next(Weekly(zone, DayOfWeek.Monday, 9), Utc(after)));
    }

    [Fact]
    public void WindowsZoneIdsAreConvertedToIana()
    {
        Assert.Equal("Europe/Berlin", UserTimeZone.ToIana("W. Europe Standard Time"));
        Assert.Equal("America/New_York", UserTimeZone.ToIana("Eastern Standard Time"));
        Assert.Equal("Asia/Kolkata", UserTimeZone.ToIana("asia/kolkata"));
        Assert.Null(UserTimeZone.ToIana("Mars/Olympus_Mons"));
    }

    [Fact]
    public void WeeklyCheckInsStayAtNineLocalAcrossTheSpringChange()
    {
        // Berlin moves to summer time on Sunday 28 March 2027: 9:00 is 08:00 UTC before and 07:00 UTC after.
        var schedule = Weekly("Europe/Berlin", DayOfWeek.Monday, 9);
        var first = Occurrences.Next(schedule, Utc("2027-03-20T00:00:00Z"))!.Value;
        var second = Occurrences.Next(schedule, first)!.Value;
        Assert.Equal(Utc("2027-03-22T08:00:00Z"), first);
        Assert.Equal(Utc("2027-03-29T07:00:00Z"), second);
    }

    [Fact]
    public void ATimeInTheSpringGapMovesToTheNextValidTime()
    {
        // New York, Sunday 14 March 2027: 02:00 jumps to 03:00, so 02:30 does not exist; it fires at 03:00 EDT (07:00 UTC).
        var schedule = Weekly("America/New_York", DayOfWeek.Sunday, 2, 30);
        Assert.Equal(Utc("2027-03-14T07:00:00Z"), Occurrences.Next(schedule, Utc("2027-03-10T00:00:00Z")));
        // The week after, 02:30 exists again (EDT, UTC-4).
        Assert.Equal(Utc("2027-03-21T06:30:00Z"), Occurrences.Next(schedule, Utc("2027-03-14T07:00:00Z")));
    }

    [Fact]
    public void ARepeatedAutumnHourFiresOnce()
    {
        // Berlin, Sunday 31 October 2027: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET).
        var schedule = Weekly("Europe/Berlin", DayOfWeek.Sunday, 2, 30);
        var first = Occurrences.Next(schedule, Utc("2027-10-30T00:00:00Z"))!.Value;
        Assert.Equal(Utc("2027-10-31T00:30:00Z"), first);
        // The next one is a week later, not the second 02:30 of the same night.
        Assert.Equal(Utc("2027-11-07T01:30:00Z"), Occurrences.Next(schedule, first));
    }

    [Fact]
    public void SydneyAutumnChangeIsInAprilAndFiresOnce()
    {
        // Sydney leaves daylight time on Sunday 4 April 2027 at 03:00 (back to 02:00): 02:30 happens twice.
        var schedule = Weekly("Australia/Sydney", DayOfWeek.Sunday, 2, 30);
        var first = Occurrences.Next(schedule, Utc("2027-04-01T00:00:00Z"))!.Value;
        Assert.Equal(Utc("2027-04-03T15:30:00Z"), first); // 02:30 AEDT (UTC+11)
        Assert.Equal(Utc("2027-04-10T16:30:00Z"), Occurrences.Next(schedule, first)); // 02:30 AEST a week later
    }

    [Fact]
    public void EveryTwoWeeksSkipsTheWeekBetween()
    {
        var schedule = new CheckInSchedule
        {
            Cadence = Cadence.Biweekly, Day = DayOfWeek.Friday, Time = new TimeOnly(16, 30), TimeZone = "Asia/Kolkata",
            Anchor = new DateOnly(2027, 1, 8),
        };
        var first = Occurrences.Next(schedule, Utc("2027-01-01T00:00:00Z"))!.Value;
        var second = Occurrences.Next(schedule, first)!.Value;
        Assert.Equal(Utc("2027-01-08T11:00:00Z"), first);
        Assert.Equal(Utc("2027-01-22T11:00:00Z"), second);
    }

    [Fact]
    public void MonthlyOnThe31stIsClampedToTheMonthsEnd()
    {
        var schedule = new CheckInSchedule { Cadence = Cadence.Monthly, DayOfMonth = 31, Time = new TimeOnly(8, 0), TimeZone = "America/New_York" };
        var jan = Occurrences.Next(schedule, Utc("2027-01-01T00:00:00Z"))!.Value;
        var feb = Occurrences.Next(schedule, jan)!.Value;
        var mar = Occurrences.Next(schedule, feb)!.Value;
        var apr = Occurrences.Next(schedule, mar)!.Value;
        Assert.Equal(Utc("2027-01-31T13:00:00Z"), jan);
        Assert.Equal(Utc("2027-02-28T13:00:00Z"), feb);
        Assert.Equal(Utc("2027-03-31T12:00:00Z"), mar); // EDT from 14 March
        Assert.Equal(Utc("2027-04-30T12:00:00Z"), apr);
    }

    [Fact]
    public void OffHasNoOccurrence()
    {
        var schedule = Weekly("Europe/Berlin", DayOfWeek.Monday, 9);
        schedule.Cadence = Cadence.Off;
        Assert.Null(Occurrences.Next(schedule, Utc("2027-01-01T00:00:00Z")));
    }

    [Theory]
    [InlineData("2027-01-04T21:30:00", "2027-01-05T08:00:00")] // inside, before midnight: held to the next morning
    [InlineData("2027-01-05T06:00:00", "2027-01-05T08:00:00")] // inside, after midnight
    [InlineData("2027-01-05T08:00:00", "2027-01-05T08:00:00")] // the end is not quiet
    [InlineData("2027-01-04T20:59:00", "2027-01-04T20:59:00")] // before the start
    public void QuietHoursHoldAMessageUntilTheyEnd(string localPlanned, string localDelivered)
    {
        var schedule = Weekly("Europe/Berlin", DayOfWeek.Monday, 9);
        schedule.QuietStart = new TimeOnly(21, 0);
        schedule.QuietEnd = new TimeOnly(8, 0);
        var zone = UserTimeZone.Resolve("Europe/Berlin");
        var planned = Occurrences.ToUtc(DateOnly.FromDateTime(DateTime.Parse(localPlanned)), TimeOnly.FromDateTime(DateTime.Parse(localPlanned)), zone);
        var expected = Occurrences.ToUtc(DateOnly.FromDateTime(DateTime.Parse(localDelivered)), TimeOnly.FromDateTime(DateTime.Parse(localDelivered)), zone);
        Assert.Equal(expected, Occurrences.OutsideQuietHours(schedule, planned));
    }

    [Theory]
    [InlineData("every Monday at 9:00", Cadence.Weekly, DayOfWeek.Monday, 9, 0)]
    [InlineData("every two weeks on Friday at 16:30", Cadence.Biweekly, DayOfWeek.Friday, 16, 30)]
    [InlineData("every other wednesday 8am", Cadence.Biweekly, DayOfWeek.Wednesday, 8, 0)]
    [InlineData("mondays at 9", Cadence.Weekly, DayOfWeek.Monday, 9, 0)]
    public void SchedulesAreReadFromPlainWords(string text, Cadence cadence, DayOfWeek day, int hour, int minute)
    {
        var change = ScheduleParser.Parse(text, ScheduleWords.From(RepoDialogs.Texts), "en-US");
        Assert.Equal(cadence, change.Cadence);
        Assert.Equal([day], change.Days);
        Assert.Equal(new TimeOnly(hour, minute), change.Time);
    }

    [Fact]
    public void MonthlyQuietHoursAndZoneAreReadTogether()
    {
        var words = ScheduleWords.From(RepoDialogs.Texts);
        var change = ScheduleParser.Parse("monthly on the 31st at 8am, quiet hours 22:00-07:00, time zone Asia/Kolkata", words, "en-US");
        Assert.Equal(Cadence.Monthly, change.Cadence);
        Assert.Equal([31], change.MonthDays);
        Assert.Equal(new TimeOnly(8, 0), change.Time);
        Assert.Equal((new TimeOnly(22, 0), new TimeOnly(7, 0)), change.QuietHours);
        Assert.Equal("Asia/Kolkata", change.TimeZone);
        Assert.Equal(Cadence.Off, ScheduleParser.Parse("off", words, "en-US").Cadence);
        Assert.True(ScheduleParser.Parse("purple elephants", words, "en-US").IsEmpty);
    }
}
