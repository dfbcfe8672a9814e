using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Tests.Recognizers;

public class TimeOfDayRecognizerTests
{
    public static TheoryData<string, DayOfWeek?, string?> WeekdaysAndTimes => new()
    {
        { "Monday at 9", DayOfWeek.Monday, "09:00" },
        { "mondays 9am", DayOfWeek.Monday, "09:00" },
        { "Mondays 9", DayOfWeek.Monday, "09:00" },
        { "every Monday 9", DayOfWeek.Monday, "09:00" },
        { "Tuesday 2 pm", DayOfWeek.Tuesday, "14:00" },
        { "9:30am", null, "09:30" },
        { "9:30 a.m.", null, "09:30" },
        { "17:00", null, "17:00" },
        { "06:00", null, "06:00" },
        { "noon", null, "12:00" },
        { "midnight", null, "00:00" },
        { "Tuesday", DayOfWeek.Tuesday, null },
        { "every Wednesday at 8.30", DayOfWeek.Wednesday, "08:30" },
        { "9 in the morning", null, "09:00" },
        { "8 in the evening", null, "20:00" },
        { "5pm", null, "17:00" },
        { "5 PM", null, "17:00" },
        { "12am", null, "00:00" },
        { "12pm", null, "12:00" },
        { "Friday at 3", DayOfWeek.Friday, "15:00" },
        { "thursdays at 7", DayOfWeek.Thursday, "07:00" },
        { "Sunday at 10 o'clock", DayOfWeek.Sunday, "10:00" },
        { "on Saturday at noon", DayOfWeek.Saturday, "12:00" },
        { "half past 9", null, "09:30" },
        { "quarter to 10 on Thursday", DayOfWeek.Thursday, "09:45" },
        { "nine", null, "09:00" },
        { "Wed 18:45", DayOfWeek.Wednesday, "18:45" },
    };

    [Theory]
    [MemberData(nameof(WeekdaysAndTimes))]
    public void ReadsTheWeekdayAndTime(string text, DayOfWeek? day, string? time)
    {
        var found = TimeOfDayRecognizer.Recognize(text, "en-US", RepoPhrases.EnUs);

        Assert.NotNull(found);
        Assert.Equal(day, found.Day);
        Assert.Equal(time is null ? null : TimeOnly.Parse(time), found.Time);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("banana")]
    [InlineData("25:00")]
    [InlineData("9:75")]
    [InlineData("13pm")]
    [InlineData("I have 2 kids and 3 dogs")]
    public void TextWithoutWeekdayOrTimeIsNull(string? text) => Assert.Null(TimeOfDayRecognizer.Recognize(text, "en-US", RepoPhrases.EnUs));
}
