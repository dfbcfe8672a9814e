using CoachBot.BotFramework.Recognizers;
using static CoachBot.BotFramework.Recognizers.DateRecognitionKind;

namespace CoachBot.BotFramework.Tests.Recognizers;

/// <summary>
/// Date answers read with the words of dialogs/en-US/recognizers.yaml (fixed days, answers that name no date), typos in
/// date words, and dotted dates with a one-digit month; Monday 2027-01-04, 10:00 in Europe/Berlin.
/// </summary>
public class DateWordsFromDialogsTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static TheoryData<string, DateRecognitionKind, string?> Phrasings => new()
    {
        { "by christmas", Date, "2027-12-25" },
        { "new year's eve", Date, "2027-12-31" },
        { "christmas 2028", Date, "2028-12-25" },
        { "soon", AskForDate, null },
        { "whenever", AskForDate, null },
        { "idk, a few months?", AskForDate, null },
        { "by my birthday", AskForDate, null },
        { "someday, but june at the latest", Date, "2027-06-30" },
        { "before my 40th birthday in March 2028", Date, "2028-03-31" },
        { "septmber", Date, "2027-09-30" },
        { "end of jnue", Date, "2027-06-30" },
        { "in 6 monhts", Date, "2027-07-04" },
        { "tommorow", Date, "2027-01-05" },
        { "thrusday", Date, "2027-01-07" },
        { "match day", None, null },
        { "jane", None, null },
        { "15.9.", Date, "2027-09-15" },
        { "30.6", Date, "2027-06-30" },
        { "7.5", None, null },
        { "7.5 hours a week", None, null },
    };

    [Theory]
    [MemberData(nameof(Phrasings))]
    public void DateWordsOfTheDialogsAndTyposAreRead(string text, DateRecognitionKind kind, string? date)
    {
        var found = DateRecognizer.Recognize(text, Now, Berlin, "en-US", RepoPhrases.EnUs);
        Assert.Equal(kind, found.Kind);
        Assert.Equal(date, found.Date?.ToString("yyyy-MM-dd"));
    }

    /// <summary>Words added only in recognizers.yaml: if the code kept its own lists, none of these would be read.</summary>
    public static TheoryData<string, DateRecognitionKind, string?> AddedInTheDialogsOnly => new()
    {
        { "by junio", Date, "2027-06-30" },
        { "next freitag", Date, "2027-01-15" },
        { "by next estate", Date, "2027-08-31" },
        { "in 3 monate", Date, "2027-04-04" },
        { "pronto", AskForDate, null },
    };

    private static readonly Lazy<RecognizerPhrases> Edited = new(() => RecognizerPhrases.From(CoachBot.TestSupport.EditedDialogs.Load("recognizers.yaml", yaml => yaml
        .Replace("6 = june, jun;", "6 = june, jun, junio;", StringComparison.Ordinal)
        .Replace("friday = friday, fri;", "friday = friday, fri, freitag;", StringComparison.Ordinal)
        .Replace("summer = summer, summertime;", "summer = summer, summertime, estate;", StringComparison.Ordinal)
        .Replace("month = month, months, mo, mos;", "month = month, months, mo, mos, monate;", StringComparison.Ordinal)
        .Replace("asap: \"asap;", "asap: \"asap; pronto;", StringComparison.Ordinal)), "en-US"));

    [Theory]
    [MemberData(nameof(AddedInTheDialogsOnly))]
    public void ADateWordAddedOnlyInTheDialogsIsRead(string text, DateRecognitionKind kind, string? date)
    {
        Assert.Equal(None, DateRecognizer.Recognize(text, Now, Berlin, "en-US", RepoPhrases.EnUs).Kind);
        var found = DateRecognizer.Recognize(text, Now, Berlin, "en-US", Edited.Value);
        Assert.Equal(kind, found.Kind);
        Assert.Equal(date, found.Date?.ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("6 = june, jun;", "", "recognizers.dates.months")]
    [InlineData("tomorrow = tomorrow, tmrw, tomorow;", "tomorrow = tomorrow, tmrw, tomorow, today;", "recognizers.dates.relative")]
    [InlineData("winter = winter, wintertime", "winter = winter, wintertime, summer", "recognizers.dates.seasons")]
    [InlineData("ambiguousMonths: \"may;", "ambiguousMonths: \"maybe;", "recognizers.dates.ambiguousMonths")]
    public void ABrokenDateListFailsNamingItsKey(string replace, string with, string key)
    {
        var texts = CoachBot.TestSupport.EditedDialogs.Load("recognizers.yaml", yaml => yaml.Replace(replace, with, StringComparison.Ordinal));
        var error = Assert.Throws<InvalidDataException>(() => RecognizerPhrases.From(texts, "en-US"));
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }
}
