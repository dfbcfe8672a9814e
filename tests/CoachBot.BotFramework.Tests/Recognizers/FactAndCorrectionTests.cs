using CoachBot.BotFramework.Recognizers;
using static CoachBot.BotFramework.Recognizers.FactKind;

namespace CoachBot.BotFramework.Tests.Recognizers;

/// <summary>Two facts in one message, and corrections, against the team's reference day (Monday 2027-01-04, Berlin, en-US).</summary>
public class FactAndCorrectionTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static IReadOnlyList<RecognizedFact> Facts(string text) => FactRecognizer.RecognizeAll(text, RepoPhrases.EnUs, Now, Berlin, "en-US");

    private static RecognizedCorrection? Correction(string text) => CorrectionRecognizer.Recognize(text, RepoPhrases.EnUs, Now, Berlin, "en-US");

    /// <summary>A fact written compactly: "Number 7", "Hours 5/Week", "Date 2027-06-30".</summary>
    private static string Describe(RecognizedFact fact) => fact.Kind switch
    {
        Number => $"Number {fact.Number}",
        Hours => $"Hours {fact.Hours!.Hours}/{fact.Hours.Per}",
        Date => $"Date {fact.Date!.Date:yyyy-MM-dd}",
        _ => $"Text {fact.Text}",
    };

    public static TheoryData<string, string> Messages => new()
    {
        // text, the facts it holds, left to right
        { "7, and I can do about 5 hours a week", "Number 7; Hours 5/Week" },
        { "7", "Number 7" },
        { "about 5 hours a week", "Hours 5/Week" },
        { "5h/week", "Hours 5/Week" },
        { "5 hrs per week", "Hours 5/Week" },
        { "an hour a day", "Hours 1/Day" },
        { "half an hour daily", "Hours 0.5/Day" },
        { "90 minutes a day", "Hours 1.5/Day" },
        { "1.5 hours", "Hours 1.5/None" },
        { "5-6 hours a week", "Hours 5/Week" },
        { "8 out of 10, and 3 hours weekly", "Number 8; Hours 3/Week" },
        { "seven out of ten", "Number 7" },
        { "6/10 and 4 hours a week, by June", "Number 6; Hours 4/Week; Date 2027-06-30" },
        { "confidence 8, deadline 30.06.2027", "Number 8; Date 2027-06-30" },
        { "maybe 2 hours a week until next summer", "Hours 2/Week; Date 2027-08-31" },
        { "I have no idea", "" },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void EveryFactInAMessageIsFound(string text, string expected)
    {
        var facts = Facts(text);

        Assert.Equal(expected, string.Join("; ", facts.Select(Describe)));
        Assert.All(facts, f => Assert.Equal(f.Matched, text.Substring(f.Start, f.Length)));
    }

    [Fact]
    public void HoursConvertToAWeek()
    {
        Assert.Equal(7m, new HoursAmount(1, HoursPer.Day).PerWeek);
        Assert.Equal(5m, new HoursAmount(5, HoursPer.Week).PerWeek);
        Assert.Equal(2.8m, new HoursAmount(12, HoursPer.Month).PerWeek);
        Assert.Null(new HoursAmount(5, HoursPer.None).PerWeek);
    }

    public static TheoryData<string, FactKind, string> Corrections => new()
    {
        // text, kind, new value (compact) or the new words for Text
        { "actually make that June", Date, "Date 2027-06-30" },
        { "sorry, I meant 4 hours", Hours, "Hours 4/None" },
        { "no wait, 6", Number, "Number 6" },
        { "make it 8 hours a week", Hours, "Hours 8/Week" },
        { "scratch that, 3", Number, "Number 3" },
        { "oops, the 15th", Date, "Date 2027-01-15" },
        { "actually, about 5", Number, "Number 5" },
        { "actually I can do about 5 hours", Hours, "Hours 5/None" },
        { "wait, end of March", Date, "Date 2027-03-31" },
        { "June instead", Date, "Date 2027-06-30" },
        { "6 actually", Number, "Number 6" },
        { "I meant May not June", Date, "Date 2027-05-31" },
        { "not May but June", Date, "Date 2027-06-30" },
        { "6, not 5", Number, "Number 6" },
        { "4 hours instead of 5", Hours, "Hours 4/None" },
        { "correction: next summer", Date, "Date 2027-08-31" },
        { "sry i meant 30.06.2027", Date, "Date 2027-06-30" },
        { "sorry, I meant my goal is to lead a team", FactKind.Text, "my goal is to lead a team" },
        { "let me rephrase: I want to move into product management", FactKind.Text, "I want to move into product management" },
    };

    [Theory]
    [MemberData(nameof(Corrections))]
    public void ACorrectionSaysItsKindAndNewValue(string text, FactKind kind, string value)
    {
        var found = Correction(text);

        Assert.NotNull(found);
        Assert.Equal(kind, found.Kind);
        Assert.Equal(value, found.Value is { } v ? Describe(v) : found.Text);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("June 30")]
    [InlineData("actually I'm doing fine")]
    [InlineData("no")]
    [InlineData("sorry")]
    [InlineData("no wait")]
    [InlineData("well, it's going slower than I hoped")]
    [InlineData("actually the team changed and I have 3 new reports")]
    [InlineData("not sure, maybe 5 hours")]
    [InlineData("I'm not in a hurry, June 2028 is fine")]
    [InlineData("")]
    public void AnAnswerIsNotACorrection(string text) => Assert.Null(Correction(text));

    [Fact]
    public void TheReplacedValueAndTheMarkerAreLocated()
    {
        const string text = "sorry, I meant June, not May";

        var found = Correction(text);

        Assert.NotNull(found);
        Assert.Equal("Date 2027-06-30", Describe(found.Value!));
        Assert.Equal("Date 2027-05-31", Describe(found.Replaced!));
        Assert.Equal("June", text.Substring(found.Value!.Start, found.Value.Length));
        Assert.Equal("May", text.Substring(found.Replaced!.Start, found.Replaced.Length));
        Assert.Equal("sorry, I meant", text.Substring(found.MarkerStart, found.MarkerLength));
    }

    public static TheoryData<FactKind, FactKind[], int> Targets => new()
    {
        // the correction's kind, the kinds of the earlier answers (oldest first), the one it changes
        { Date, [Number, Hours, Date, FactKind.Text], 2 },
        { Hours, [Number, Hours, Date], 1 },
        { Number, [Number, Hours], 0 },
        { FactKind.Text, [Number, Hours], 1 },
        { Date, [FactKind.Text, Date, Date], 2 },
        { Number, [], -1 },
    };

    [Theory]
    [MemberData(nameof(Targets))]
    public void ACorrectionChangesTheLatestAnswerOfItsKindElseTheLatest(FactKind kind, FactKind[] earlier, int expected) =>
        Assert.Equal(expected, CorrectionRecognizer.TargetOf(kind, earlier));
}
