using CoachBot.BotFramework.Recognizers;
using static CoachBot.BotFramework.Recognizers.DateRecognitionKind;

namespace CoachBot.BotFramework.Tests.Recognizers;

/// <summary>
/// Dates as people write them (issue 11), against the team's reference: Monday 2027-01-04, 10:00 in Europe/Berlin
/// (09:00 UTC), locale en-US unless a row says otherwise.
/// </summary>
public class DatesAsPeopleWriteThemTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static TheoryData<string, DateRecognitionKind, string?> EnUsPhrasings => new()
    {
        // dotted dates are day first, whatever the locale ("pause until 10.01.2027" once became 1 October)
        { "30.06.2027", Date, "2027-06-30" },
        { "pause until 10.01.2027", Date, "2027-01-10" },
        { "until 10.01", Date, "2027-01-10" },
        { "1.2.2027", Date, "2027-02-01" },
        { "by 31.12.27", Date, "2027-12-31" },
        { "30.02.2027", Invalid, null },
        { "7.5 hours a week", None, null },
        { "about 3.50 an hour", None, null },
        // a rate is how often, not when
        { "3 days a week", None, null },
        { "twice a month", None, null },
        { "2 hours per day", None, null },
        { "a week", Date, "2027-01-11" },
        { "in a week", Date, "2027-01-11" },
        // ISO with dashes or slashes
        { "2027-06-30", Date, "2027-06-30" },
        { "2027/06/30", Date, "2027-06-30" },
        { "2027-6-30", Date, "2027-06-30" },
        // slashes in en-US are month first
        { "03/04/2027", Date, "2027-03-04" },
        { "6/10", Date, "2027-06-10" },
        // ordinals that count something are no day of the month
        { "before my 40th birthday in March 2028", Date, "2028-03-31" },
        { "my 3rd attempt, by the 15th", Date, "2027-01-15" },
        { "the 3rd step is due June 30", Date, "2027-06-30" },
        { "for the 2nd time, by friday", Date, "2027-01-08" },
        { "the 15th at the latest", Date, "2027-01-15" },
        { "on the 5th, then", Date, "2027-01-05" },
        { "my 40th", None, null },
        { "our 10th anniversary", None, null },
        // seasons, north: spring Mar-May, summer Jun-Aug, autumn Sep-Nov, winter Dec-Feb; a season is its last day
        { "next summer", Date, "2027-08-31" },
        { "this summer", Date, "2027-08-31" },
        { "by summer", Date, "2027-08-31" },
        { "sometime in the summer", Date, "2027-08-31" },
        { "summer 2028", Date, "2028-08-31" },
        { "summer of 2028", Date, "2028-08-31" },
        { "summer next year", Date, "2028-08-31" },
        { "by the end of next summer", Date, "2027-08-31" },
        { "start of summer", Date, "2027-06-01" },
        { "winter", Date, "2027-02-28" },
        { "this winter", Date, "2027-02-28" },
        { "next winter", Date, "2028-02-29" },
        { "by spring", Date, "2027-05-31" },
        { "next autumn", Date, "2027-11-30" },
        { "by fall", Date, "2027-11-30" },
        { "fall 2027", Date, "2027-11-30" },
        { "late spring", Date, "2027-05-31" },
        { "last summer", Past, "2026-08-31" },
        { "last winter", Past, "2026-02-28" },
        { "I might fall behind", None, null },
        // durations and quarters
        { "a year and a half", Date, "2028-07-04" },
        { "in a year and a half", Date, "2028-07-04" },
        { "one and a half years", Date, "2028-07-04" },
        { "18 months", Date, "2028-07-04" },
        { "end of Q2 next year", Date, "2028-06-30" },
        { "by the end of Q2", Date, "2027-06-30" },
        { "q2 next yr", Date, "2028-06-30" },
        // "as soon as possible" is no date: ask for one, unless a real date stands beside it
        { "asap", AskForDate, null },
        { "ASAP!", AskForDate, null },
        { "as soon as possible", AskForDate, null },
        { "a.s.a.p.", AskForDate, null },
        { "right away", AskForDate, null },
        { "asap, but June at the latest", Date, "2027-06-30" },
        { "soon", AskForDate, null },
    };

    [Theory]
    [MemberData(nameof(EnUsPhrasings))]
    public void PhrasingResolvesAgainstTheReferenceDay(string text, DateRecognitionKind kind, string? date)
    {
        var result = DateRecognizer.Recognize(text, Now, Berlin, "en-US", RepoPhrases.EnUs);

        Assert.Equal(kind, result.Kind);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), result.Date);
    }

    public static TheoryData<string?, string, DateRecognitionKind, string?> LocalePhrasings => new()
    {
        // locale, text, kind, date
        { "en-US", "03/04/2027", Date, "2027-03-04" },
        { "en-GB", "03/04/2027", Date, "2027-04-03" },
        { "de-DE", "03/04/2027", Date, "2027-04-03" },
        { "fr-FR", "03/04/2027", Date, "2027-04-03" },
        { "en-IN", "3/4", Date, "2027-04-03" },
        { "en-GB", "30-06-2027", Date, "2027-06-30" },
        { "en-US", "30.06.2027", Date, "2027-06-30" },
        { "de-DE", "10.01.2027", Date, "2027-01-10" },
        { "en-GB", "2027/04/03", Date, "2027-04-03" },
        { "ja-JP", "2027/04/03", Date, "2027-04-03" },
        // no order known and only one reading is a date: take it
        { null, "30/06/2027", Date, "2027-06-30" },
        { null, "6/30", Date, "2027-06-30" },
        { null, "05/05/2027", Date, "2027-05-05" },
        { "en", "13/2/2027", Date, "2027-02-13" },
        { null, "30.06.2027", Date, "2027-06-30" },
        { null, "2027-04-03", Date, "2027-04-03" },
        // no order known and both readings are dates: ask
        { null, "03/04/2027", Ambiguous, null },
        { "", "03/04/2027", Ambiguous, null },
        { "en", "03/04/2027", Ambiguous, null },
        { "xx-invalid-locale", "03/04/2027", Ambiguous, null },
        { "ja-JP", "03/04/2027", Ambiguous, null },
        { null, "6/10", Ambiguous, null },
        { null, "13/45/2027", Invalid, null },
    };

    [Theory]
    [MemberData(nameof(LocalePhrasings))]
    public void SlashedDatesFollowTheLocaleAndAreAskedAboutWhenItIsUnknown(string? locale, string text, DateRecognitionKind kind, string? date)
    {
        var result = DateRecognizer.Recognize(text, Now, Berlin, locale, RepoPhrases.EnUs);

        Assert.Equal(kind, result.Kind);
        Assert.Equal(date is null ? null : DateOnly.Parse(date), result.Date);
    }

    [Fact]
    public void AnAmbiguousDateCarriesBothReadingsMonthFirstThenDayFirst()
    {
        var result = DateRecognizer.Recognize("pause until 03/04/2027 please", Now, Berlin, null, RepoPhrases.EnUs);

        Assert.Equal(Ambiguous, result.Kind);
        Assert.Equal([new DateOnly(2027, 3, 4), new DateOnly(2027, 4, 3)], result.Readings);
        Assert.Equal("03/04/2027", result.Matched);
        Assert.Null(result.Date);
    }

    [Fact]
    public void ADateThatReadsOneWayHasNoOtherReading() =>
        Assert.Empty(DateRecognizer.Recognize("03/04/2027", Now, Berlin, "en-GB", RepoPhrases.EnUs).Readings);

    public static TheoryData<string, string, DateRecognitionKind, string> SeasonsByZone => new()
    {
        // zone, text, expected kind and date: the same instant (2027-01-04 09:00 UTC) is midsummer in Sydney
        { "Australia/Sydney", "next summer", Date, "2028-02-29" },
        { "Australia/Sydney", "this summer", Date, "2027-02-28" },
        { "Australia/Sydney", "by winter", Date, "2027-08-31" },
        { "Australia/Sydney", "next spring", Date, "2027-11-30" },
        { "Australia/Sydney", "summer 2027", Date, "2028-02-29" },
        { "Australia/Sydney", "last winter", Past, "2026-08-31" },
        { "Pacific/Auckland", "end of autumn", Date, "2027-05-31" },
        { "America/Sao_Paulo", "next autumn", Date, "2027-05-31" },
        { "Africa/Johannesburg", "by spring", Date, "2027-11-30" },
        { "AUS Eastern Standard Time", "next summer", Date, "2028-02-29" },
        { "America/New_York", "next summer", Date, "2027-08-31" },
        { "Asia/Tokyo", "by winter", Date, "2027-02-28" },
        { "UTC", "next summer", Date, "2027-08-31" },
    };

    [Theory]
    [MemberData(nameof(SeasonsByZone))]
    public void SeasonsAreFlippedInTheSouthernHemisphere(string zone, string text, DateRecognitionKind kind, string date)
    {
        var result = DateRecognizer.Recognize(text, Now, TimeZoneInfo.FindSystemTimeZoneById(zone), "en-US", RepoPhrases.EnUs);

        Assert.Equal(kind, result.Kind);
        Assert.Equal(DateOnly.Parse(date), result.Date);
    }

    public static TheoryData<string, string, int> MatchedTexts => new()
    {
        // text, what was read, where it starts: so the coach can say back the date it chose
        { "pause until 10.01.2027", "10.01.2027", 12 },
        { "before my 40th birthday in March 2028", "March 2028", 27 },
        { "ideally next summer, if work allows", "next summer", 8 },
        { "hmm asap really", "asap", 4 },
        { "end of Q2 next year I'd say", "end of Q2 next year", 0 },
    };

    [Theory]
    [MemberData(nameof(MatchedTexts))]
    public void TheResultSaysWhichTextItRead(string text, string matched, int start)
    {
        var result = DateRecognizer.Recognize(text, Now, Berlin, "en-US", RepoPhrases.EnUs);

        Assert.Equal(matched, result.Matched);
        Assert.Equal(start, result.Start);
        Assert.Equal(matched, text.Substring(result.Start, result.Length));
    }

    [Fact]
    public void NothingReadHasNoPosition()
    {
        var result = DateRecognizer.Recognize("whatever works", Now, Berlin, "en-US", RepoPhrases.EnUs);

        Assert.Equal(None, result.Kind);
        Assert.Equal(-1, result.Start);
    }
}
