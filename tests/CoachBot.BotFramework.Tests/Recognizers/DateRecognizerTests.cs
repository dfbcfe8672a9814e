using CoachBot.BotFramework.Recognizers;
using static CoachBot.BotFramework.Recognizers.DateRecognitionKind;

namespace CoachBot.BotFramework.Tests.Recognizers;

/// <summary>
/// Date phrasings against a fixed reference: Tuesday 2026-11-24 10:00 in New York (15:00 UTC), where the week runs
/// Monday 23 to Sunday 29 November.
/// </summary>
public class DateRecognizerTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private static readonly TimeZoneInfo Tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(-5));

    public static TheoryData<string, DateRecognitionKind, string?> EnUsPhrasings => new()
    {
        // absolute
        { "June 30 2027", Date, "2027-06-30" },
        { "June 30, 2027", Date, "2027-06-30" },
        { "30 June 2027", Date, "2027-06-30" },
        { "2027-06-30", Date, "2027-06-30" },
        { "2027/06/30", Date, "2027-06-30" },
        { "6/30/2027", Date, "2027-06-30" },
        { "6/30/27", Date, "2027-06-30" },
        { "6/30", Date, "2027-06-30" },
        { "June 30th", Date, "2027-06-30" },
        { "Jun 30", Date, "2027-06-30" },
        { "the 30th of June 2027", Date, "2027-06-30" },
        { "the thirtieth of June", Date, "2027-06-30" },
        { "June thirtieth 2027", Date, "2027-06-30" },
        { "by June 30th, 2027", Date, "2027-06-30" },
        { "no later than 30th June", Date, "2027-06-30" },
        { "Wednesday, June 30, 2027", Date, "2027-06-30" },
        { "before 1 January 2028", Date, "2028-01-01" },
        { "December 1st", Date, "2026-12-01" },
        { "November 24", Date, "2026-11-24" },
        { "November 20", Date, "2027-11-20" },
        { "Feb 29", Date, "2028-02-29" },
        { "the 30th", Date, "2026-11-30" },
        { "on the 5th", Date, "2026-12-05" },
        { "March 2027", Date, "2027-03-31" },
        { "March", Date, "2027-03-31" },
        { "by May", Date, "2027-05-31" },
        { "next March", Date, "2027-03-31" },
        { "2027", Date, "2027-12-31" },
        { "sometime in 2027", Date, "2027-12-31" },
        { "mid-March", Date, "2027-03-15" },
        { "early March 2027", Date, "2027-03-10" },
        { "late June", Date, "2027-06-30" },
        { "I'd like to be done by the end of March 2027, ideally", Date, "2027-03-31" },
        // relative days and durations
        { "today", Date, "2026-11-24" },
        { "tonight", Date, "2026-11-24" },
        { "tomorrow", Date, "2026-11-25" },
        { "the day after tomorrow", Date, "2026-11-26" },
        { "in six months", Date, "2027-05-24" },
        { "in 3 weeks", Date, "2026-12-15" },
        { "within 2 years", Date, "2028-11-24" },
        { "in 2y", Date, "2028-11-24" },
        { "in a fortnight", Date, "2026-12-08" },
        { "in 10 days", Date, "2026-12-04" },
        { "in twenty-one days", Date, "2026-12-15" },
        { "2 weeks from now", Date, "2026-12-08" },
        { "in 6 months' time", Date, "2027-05-24" },
        { "a year from now", Date, "2027-11-24" },
        { "in a year and a half", Date, "2028-05-24" },
        { "half a year", Date, "2027-05-24" },
        { "in three months", Date, "2027-02-24" },
        { "the next 3 months", Date, "2027-02-24" },
        // weekdays
        { "Friday", Date, "2026-11-27" },
        { "this Friday", Date, "2026-11-27" },
        { "next Friday", Date, "2026-12-04" },
        { "Friday next week", Date, "2026-12-04" },
        { "next Wednesday", Date, "2026-12-02" },
        { "by Tuesday", Date, "2026-11-24" },
        { "coming Monday", Date, "2026-11-30" },
        // periods: a deadline is the period's last day
        { "by end of March", Date, "2027-03-31" },
        { "end of next quarter", Date, "2027-03-31" },
        { "end of the year", Date, "2026-12-31" },
        { "year end", Date, "2026-12-31" },
        { "by the end of 2027", Date, "2027-12-31" },
        { "next month", Date, "2026-12-31" },
        { "end of this month", Date, "2026-11-30" },
        { "next week", Date, "2026-12-06" },
        { "this week", Date, "2026-11-29" },
        { "end of the week", Date, "2026-11-29" },
        { "this weekend", Date, "2026-11-29" },
        { "next year", Date, "2027-12-31" },
        { "this time next year", Date, "2027-11-24" },
        { "the week after next", Date, "2026-12-13" },
        { "start of next year", Date, "2027-01-01" },
        { "Q3 2027", Date, "2027-09-30" },
        { "Q3 next year", Date, "2027-09-30" },
        { "Q3", Date, "2027-09-30" },
        { "Q4", Date, "2026-12-31" },
        { "end of Q2 2027", Date, "2027-06-30" },
        { "the third quarter of 2027", Date, "2027-09-30" },
        { "H1 2027", Date, "2027-06-30" },
        { "the second half of next year", Date, "2027-12-31" },
        // past
        { "yesterday", Past, "2026-11-23" },
        { "June 30 2020", Past, "2020-06-30" },
        { "2025-01-01", Past, "2025-01-01" },
        { "11/20/2026", Past, "2026-11-20" },
        { "last Friday", Past, "2026-11-20" },
        { "3 days ago", Past, "2026-11-21" },
        { "last month", Past, "2026-10-31" },
        { "last year", Past, "2025-12-31" },
        { "March 2026", Past, "2026-03-31" },
        { "Q1 2026", Past, "2026-03-31" },
        // looks like a date, cannot be one
        { "February 30 2027", Invalid, null },
        { "13/45/2027", Invalid, null },
        { "June 31", Invalid, null },
        { "2027-02-29", Invalid, null },
        { "31st of April 2027", Invalid, null },
        { "Q5 2027", Invalid, null },
        // no date at all
        { "", None, null },
        { "banana", None, null },
        { "7", None, null },
        { "I may finish it", None, null },
        { "next", None, null },
        { "not sure yet", None, null },
        // words about when that name no date (recognizers.dates.vague): the coach asks for one, wherever it reads a date
        { "whenever I can", AskForDate, null },
        { "soon", AskForDate, null },
        { "in a while", AskForDate, null },
        { "someday maybe", AskForDate, null },
    };

    [Theory]
    [MemberData(nameof(EnUsPhrasings))]
    public void PhrasingResolvesAgainstTheReferenceDay(string text, DateRecognitionKind kind, string? date)
    {
        var result = DateRecognizer.Recognize(text, Now, NewYork, "en-US", RepoPhrases.EnUs);

        Assert.Equal(kind, result.Kind);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), result.Date);
    }

    [Fact]
    public void EnUsTableHoldsAtLeastSixtyPhrasings() => Assert.True(EnUsPhrasings.Count >= 60, $"only {EnUsPhrasings.Count} phrasings");

    public static TheoryData<string, string, string> MatchedSpans => new()
    {
        { "I'd like to be done by the end of March 2027, ideally", "the end of March 2027", "2027-03-31" },
        { "by June 30th, 2027 please", "June 30th, 2027", "2027-06-30" },
        { "Let's say next Friday", "next Friday", "2026-12-04" },
        { "Friday, June 30 2028", "June 30 2028", "2028-06-30" },
        { "in 3 weeks or so", "in 3 weeks", "2026-12-15" },
    };

    [Theory]
    [MemberData(nameof(MatchedSpans))]
    public void MatchedIsTheTextThatWasUnderstood(string text, string matched, string date)
    {
        var result = DateRecognizer.Recognize(text, Now, NewYork, "en-US", RepoPhrases.EnUs);

        Assert.Equal(matched, result.Matched);
        Assert.Equal(DateOnly.Parse(date), result.Date);
    }

    [Fact]
    public void InvalidDateKeepsWhatWasMatched()
    {
        var result = DateRecognizer.Recognize("by February 30 2027", Now, NewYork, "en-US", RepoPhrases.EnUs);

        Assert.Equal(Invalid, result.Kind);
        Assert.Equal("February 30 2027", result.Matched);
    }

    public static TheoryData<string, string, DateRecognitionKind, string?> LocalePhrasings => new()
    {
        { "en-US", "01/12/2027", Date, "2027-01-12" },
        { "en-GB", "01/12/2027", Date, "2027-12-01" },
        { "en-GB", "30/6/2027", Date, "2027-06-30" },
        { "en-GB", "6/30/2027", Invalid, null },
        { "en-GB", "30/6", Date, "2027-06-30" },
        { "de-DE", "30.06.2027", Date, "2027-06-30" },
        { "en-GB", "2027-06-30", Date, "2027-06-30" },
        { "ja-JP", "2027/06/30", Date, "2027-06-30" },
        { "en-GB", "30 June 2027", Date, "2027-06-30" },
        { "fr-FR", "in 3 weeks", Date, "2026-12-15" },
    };

    [Theory]
    [MemberData(nameof(LocalePhrasings))]
    public void NumericDatesFollowTheLocaleAndIsoAlwaysWorks(string locale, string text, DateRecognitionKind kind, string? date)
    {
        var result = DateRecognizer.Recognize(text, Now, NewYork, locale, RepoPhrases.EnUs);

        Assert.Equal(kind, result.Kind);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), result.Date);
    }

    /// <summary>
    /// 2026-11-30 23:30 UTC is still Monday 30 November in New York but already Tuesday 1 December in Berlin and Tokyo;
    /// and the main reference (15:00 UTC on the 24th) is already midnight of the 25th in Tokyo.
    /// </summary>
    public static TheoryData<string, string, string, DateRecognitionKind, string> ZonePhrasings => new()
    {
        { "2026-11-30T23:30:00Z", "America/New_York", "today", Date, "2026-11-30" },
        { "2026-11-30T23:30:00Z", "Europe/Berlin", "today", Date, "2026-12-01" },
        { "2026-11-30T23:30:00Z", "Asia/Tokyo", "tomorrow", Date, "2026-12-02" },
        { "2026-11-30T23:30:00Z", "America/New_York", "end of the month", Date, "2026-11-30" },
        { "2026-11-30T23:30:00Z", "Europe/Berlin", "end of the month", Date, "2026-12-31" },
        { "2026-11-30T23:30:00Z", "America/New_York", "2026-11-30", Date, "2026-11-30" },
        { "2026-11-30T23:30:00Z", "Europe/Berlin", "2026-11-30", Past, "2026-11-30" },
        { "2026-11-30T23:30:00Z", "Asia/Tokyo", "next month", Date, "2027-01-31" },
        { "2026-11-24T15:00:00Z", "America/New_York", "by Tuesday", Date, "2026-11-24" },
        { "2026-11-24T15:00:00Z", "Asia/Tokyo", "by Tuesday", Date, "2026-12-01" },
        { "2026-11-24T15:00:00Z", "Asia/Tokyo", "today", Date, "2026-11-25" },
        { "2026-11-24T15:00:00Z", "Europe/Berlin", "in 3 weeks", Date, "2026-12-15" },
    };

    [Theory]
    [MemberData(nameof(ZonePhrasings))]
    public void TodayIsTheUsersDayInTheirZone(string now, string zone, string text, DateRecognitionKind kind, string date)
    {
        var result = DateRecognizer.Recognize(text, DateTimeOffset.Parse(now), TimeZoneInfo.FindSystemTimeZoneById(zone), "en-US", RepoPhrases.EnUs);

        Assert.Equal(kind, result.Kind);
        Assert.Equal(DateOnly.Parse(date), result.Date);
    }

    [Fact]
    public void SameInstantIsADifferentDayInBerlinAndTokyoThanInNewYork()
    {
        var lateEvening = DateTimeOffset.Parse("2026-11-30T23:30:00Z");

        Assert.Equal(new DateOnly(2026, 11, 30), DateRecognizer.Recognize("today", lateEvening, NewYork, null, RepoPhrases.EnUs).Date);
        Assert.Equal(new DateOnly(2026, 12, 1), DateRecognizer.Recognize("today", lateEvening, Berlin, null, RepoPhrases.EnUs).Date);
        Assert.Equal(new DateOnly(2026, 12, 1), DateRecognizer.Recognize("today", lateEvening, Tokyo, null, RepoPhrases.EnUs).Date);
    }
}
