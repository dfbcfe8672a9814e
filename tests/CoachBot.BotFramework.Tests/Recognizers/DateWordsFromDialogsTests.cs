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

    [Fact]
    public void WithoutTheDialogsWordsNoFixedDayIsGuessed() =>
        Assert.Equal(None, DateRecognizer.Recognize("by christmas", Now, Berlin, "en-US").Kind);
}
