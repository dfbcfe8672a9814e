using CoachBot.BotFramework.Tests.Recognizers;
using CoachBot.BotFramework.Understanding.Facts;
using static CoachBot.BotFramework.Understanding.Facts.FactSlot;

namespace CoachBot.BotFramework.Tests.Understanding.Facts;

/// <summary>
/// <see cref="FactReader"/> as a table: the message, the slot asked, the earlier answers (slot=value, oldest first),
/// and what it must give: the answer, the answers beside it, the correction (slot=value). Monday 2027-01-04, Berlin.
/// </summary>
public sealed class FactReaderTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static TheoryData<string, FactSlot?, string, string?, string, string?> Table => new()
    {
        // two facts in one message
        { "7, and I can do about 5 hours a week", Rating, "", "Rating=7", "WeeklyHours=5", null },
        { "like 3 hours weekly, confidence 8", Rating, "", "Rating=8", "WeeklyHours=3", null },
        { "8/10 - I've got maybe 3 hrs a week", Rating, "", "Rating=8", "WeeklyHours=3", null },
        { "7 out of 10", Rating, "", "Rating=7", "", null },
        { "maybe 5 hours a week, weekends mostly", Rating, "", null, "WeeklyHours=5", null },
        { "10 hours a week, 2 of them on the weekend", WeeklyHours, "", "WeeklyHours=10", "", null },
        { "8, I start the course next week", Rating, "", "Rating=8", "", null },
        { "8, and I want it done by May", Rating, "", "Rating=8", "Deadline=2027-05-31", null },
        { "june, no wait, july", Deadline, "", "Deadline=2027-07-31", "", null },
        { "7... well, 6 to be honest", Rating, "", "Rating=6", "", null },
        // corrections of an earlier answer
        { "actually make that June", Rating, "Deadline=2027-03-31", null, "", "Deadline=2027-06-30" },
        { "sorry, I meant 4 hours", null, "WeeklyHours=5", null, "", "WeeklyHours=4" },
        { "no wait, 6", null, "Rating=7;WeeklyHours=5", null, "", "WeeklyHours=6" },
        { "oops I meant 8", null, "WeeklyHours=5;Rating=7", null, "", "Rating=8" },
        { "scratch that, 15 July", null, "Deadline=2027-06-30;WeeklyHours=5;Rating=6", null, "", "Deadline=2027-07-15" },
        { "sorry, the 8 was wrong, it's a 6", null, "Rating=8;WeeklyHours=4", null, "", "Rating=6" },
        { "7 - and sorry, 5 hours not 6", Rating, "Deadline=2027-12-31;WeeklyHours=6", "Rating=7", "", "WeeklyHours=5" },
        { "about 6 hours a week, and honestly I'm more like a 5 on confidence", WeeklyHours, "Rating=7", "WeeklyHours=6", "", "Rating=5" },
        { "make it tuesdays instead", null, "Schedule=", null, "", "Schedule=Tuesday" },
        // no correction: an answer that says "actually" is still an answer
        { "actually I'm doing fine", null, "WeeklyHours=5", null, "", null },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void AMessageGivesItsAnswerTheFactsBesideItAndItsCorrection(string text, FactSlot? asked, string earlier, string? answer, string also, string? correction)
    {
        var reading = FactReader.Read(text, asked, Parse(earlier), RepoPhrases.EnUs, Now, Berlin, "en-US");
        Assert.Equal(answer, Show(reading.Answer));
        Assert.Equal(also, string.Join(";", reading.Also.Select(Show)));
        Assert.Equal(correction, Show(reading.Correction));
    }

    [Fact]
    public void OnlyACorrectionLeavesNoAnswerText() =>
        Assert.Equal("", FactReader.Read("sorry, I meant 4 hours", null, Parse("WeeklyHours=5"), RepoPhrases.EnUs, Now, Berlin, "en-US").AnswerText);

    [Fact]
    public void TheAnswerBeforeACorrectionKeepsItsWordsOnly() =>
        Assert.Equal("because I enjoy it", FactReader.Read("because I enjoy it, and sorry, 5 hours not 6", null, Parse("WeeklyHours=6"), RepoPhrases.EnUs, Now, Berlin, "en-US").AnswerText);

    private static List<FactValue> Parse(string earlier) =>
        [.. earlier.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(item =>
        {
            var (slot, value) = (Enum.Parse<FactSlot>(item.Split('=')[0]), item.Split('=')[1]);
            return slot switch
            {
                Deadline => new FactValue(slot) { Date = DateOnly.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
                Schedule => new FactValue(slot),
                _ => new FactValue(slot) { Number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            };
        })];

    private static string? Show(FactValue? fact) => fact is null ? null : fact.Slot switch
    {
        Deadline => $"Deadline={fact.Date:yyyy-MM-dd}",
        Schedule => $"Schedule={fact.Day}{(fact.Time is { } t ? " " + t.ToString("HH:mm") : "")}",
        _ => $"{fact.Slot}={fact.Number:0.##}",
    };
}
