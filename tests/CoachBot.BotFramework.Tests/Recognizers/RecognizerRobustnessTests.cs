using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Tests.Recognizers;

/// <summary>Recognizers sit on every turn: whatever the user types, they answer and never throw.</summary>
public class RecognizerRobustnessTests
{
    private static readonly string[] Sentences =
    [
        "I'd like to be done by the end of March 2027, ideally, or maybe Q3 next year at 9:30am on Friday",
        "the day after tomorrow and a half twenty-one hundred and 1,500 5k -3 minus",
        "in a year and a half from now ago, half a, 6/30/27 13/45/2027 2027-02-29 q h1 q9 the 31st of",
        "quarter to half past noon at 12pm 13pm o'clock in the",
        "👍🏽👎✔️ yes and no, not ok — don’t “maybe” #2 • - * 1.",
        "sorry, I meant 4 hours instead of 5, not May but June?? what does {term} mean, why; e.g. 6/10 out of 10.5.",
        "asap 30.06. 10.01 03/04/27 next summer of fall my 40th the 3rd, q2 next yr a.s.a.p. half an hour a day",
    ];

    public static TheoryData<string> Prefixes()
    {
        // Distinct prefixes only: xunit would silently skip repeated cases (every sentence starts with "").
        var data = new TheoryData<string>();
        foreach (var prefix in Sentences.SelectMany(s => Enumerable.Range(0, s.Length / 3 + 1).Select(i => s[..(i * 3)])).Distinct())
            data.Add(prefix);
        return data;
    }

    [Theory]
    [MemberData(nameof(Prefixes))]
    public void EveryPrefixOfAMessySentenceIsReadWithoutThrowing(string text)
    {
        var now = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
        Choice[] choices = [new("growth", "Growth"), new("salary", "Salary and benefits", ["money"])];

        var exception = Record.Exception(() =>
        {
            NumberRecognizer.TryRecognize(text, "en-US", out _);
            NumberRecognizer.RecognizeAll(text, "en-GB");
            BooleanRecognizer.Recognize(text, "en-US");
            ChoiceRecognizer.Recognize(text, choices, "en-US");
            ChoiceRecognizer.RecognizeMany(text, choices, "en-US");
            DateRecognizer.Recognize(text, now, TimeZoneInfo.Utc, "en-US", RepoPhrases.EnUs);
            DateRecognizer.Recognize(text, now, TimeZoneInfo.Utc, "xx-invalid-locale", RepoPhrases.EnUs);
            TimeOfDayRecognizer.Recognize(text, "en-US", RepoPhrases.EnUs);
            DateRecognizer.Recognize(text, now, TimeZoneInfo.FindSystemTimeZoneById("Australia/Sydney"), null, RepoPhrases.EnUs);
            QuestionRecognizer.Recognize(text, RepoPhrases.EnUs);
            FactRecognizer.RecognizeAll(text, RepoPhrases.EnUs, now, TimeZoneInfo.Utc, "en-US");
            CorrectionRecognizer.Recognize(text, RepoPhrases.EnUs, now, TimeZoneInfo.Utc, null);
        });

        Assert.Null(exception);
    }
}
