namespace CoachBot.BotFramework.Recognizers;

/// <summary>What kind of answer a fact (or a correction) is: the dialog changes the earlier answer of the same kind.</summary>
public enum FactKind
{
    /// <summary>A bare number: a rating, a count ("7", "seven out of ten").</summary>
    Number,
    /// <summary>An amount of time ("5 hours a week", "90 minutes a day").</summary>
    Hours,
    /// <summary>A date (any <see cref="DateRecognitionKind"/> but None).</summary>
    Date,
    /// <summary>Words that are none of these.</summary>
    Text,
}

/// <summary>How often an amount of hours comes: "5 hours a week" is <see cref="Week"/>; "5 hours" alone is <see cref="None"/>.</summary>
public enum HoursPer
{
    None,
    Day,
    Week,
    Month,
}

/// <summary>An amount of hours and what it is per. <see cref="PerWeek"/> converts (a day = 7 a week, a month = 12/52 a week).</summary>
public sealed record HoursAmount(decimal Hours, HoursPer Per)
{
    public decimal? PerWeek => Per switch
    {
        HoursPer.Week => Hours,
        HoursPer.Day => Hours * 7,
        HoursPer.Month => Math.Round(Hours * 12 / 52, 1),
        _ => null,
    };
}

/// <summary>One fact found in a message, where it stands, and its value (the field of its kind is set).</summary>
public sealed record RecognizedFact(FactKind Kind, int Start, int Length, string Matched)
{
    public decimal? Number { get; init; }
    public HoursAmount? Hours { get; init; }
    public DateRecognition? Date { get; init; }
    /// <summary>For <see cref="FactKind.Text"/>: the words, as written.</summary>
    public string? Text { get; init; }
}

/// <summary>
/// Every fact in one message, left to right, so that "7, and I can do about 5 hours a week" answers both the
/// confidence and the hours question. Read in this order, each taking its words away from the next: amounts of time
/// ("5 hours a week", "5h/week", "an hour a day", "half an hour", "90 minutes a day"), scores ("6/10": a rating here,
/// not 10 June), then dates (with
/// <see cref="DateRecognizer"/>), then numbers (with <see cref="NumberRecognizer"/>; the scale of "6 out of 10" is no
/// second fact). Unit and rate words come from <c>dialogs/&lt;locale&gt;/recognizers.yaml</c>.
/// </summary>
public static class FactRecognizer
{
    private const int MaxDates = 3;

    public static IReadOnlyList<RecognizedFact> RecognizeAll(string? text, RecognizerPhrases phrases, DateTimeOffset now, TimeZoneInfo zone, string? locale)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var facts = new List<RecognizedFact>();
        if (string.IsNullOrWhiteSpace(text)) return facts;
        var masked = text.ToCharArray();

        foreach (var hours in ReadHours(text, phrases.Facts, RecognizerLocale.For(locale).Words))
        {
            facts.Add(hours);
            Mask(masked, hours.Start, hours.Length);
        }

        // "6/10" beside other facts is a score, not 10 June.
        foreach (var score in ReadScores(text))
        {
            facts.Add(score);
            Mask(masked, score.Start, score.Length);
        }

        for (var k = 0; k < MaxDates; k++)
        {
            var date = DateRecognizer.Recognize(new string(masked), now, zone, locale, phrases);
            if (date.Kind == DateRecognitionKind.None) break;
            facts.Add(new RecognizedFact(FactKind.Date, date.Start, date.Length, text.Substring(date.Start, date.Length)) { Date = date });
            Mask(masked, date.Start, date.Length);
        }

        var rest = new string(masked);
        RecognizedNumber? previous = null;
        foreach (var number in NumberRecognizer.RecognizeAll(rest, locale))
        {
            var isScale = previous is { } p && IsScale(rest[(p.Start + p.Length)..number.Start], phrases.Facts);
            previous = number;
            if (isScale) continue;
            facts.Add(new RecognizedFact(FactKind.Number, number.Start, number.Length, text.Substring(number.Start, number.Length)) { Number = number.Value });
        }
        facts.Sort((a, b) => a.Start.CompareTo(b.Start));
        return facts;
    }

    /// <summary>"5 hours a week", "5h/week", "1.5 hrs per day", "an hour a day", "half an hour", "90 minutes daily".</summary>
    private static IEnumerable<RecognizedFact> ReadHours(string text, FactPhrases phrases, LanguageWords words)
    {
        var tokens = TextTokenizer.Tokenize(text);
        var plain = tokens.Select(t => t.Text).ToList();
        var i = 0;
        while (i < tokens.Count)
        {
            decimal amount;
            int end;
            if (phrases.HalfHour.MatchAt(plain, i) is > 0 and var half)
            {
                amount = 0.5m;
                end = i + half;
            }
            else
            {
                int unitAt;
                if (tokens[i].Kind == TokenKind.Word && words.Articles.Contains(tokens[i].Text)) (amount, unitAt) = (1, i + 1); // "an hour"
                else if (NumberReader.ReadAt(tokens, i, words) is { IsOrdinal: false, Value: > 0 } number) (amount, unitAt) = (number.Value, number.End);
                else { i++; continue; }

                if (unitAt >= tokens.Count || tokens[unitAt].Kind != TokenKind.Word) { i++; continue; }
                if (phrases.MinuteWords.Contains(tokens[unitAt].Text)) amount = Math.Round(amount / 60, 2);
                else if (!phrases.HourWords.Contains(tokens[unitAt].Text)) { i++; continue; }
                end = unitAt + 1;
            }
            var per = Per(plain, ref end, phrases);
            var start = tokens[i].Start;
            var length = tokens[end - 1].End - start;
            yield return new RecognizedFact(FactKind.Hours, start, length, text.Substring(start, length)) { Hours = new HoursAmount(amount, per) };
            i = end;
        }
    }

    /// <summary>"6/10", "4/5": a number out of 10, 5 or 100 written with a slash.</summary>
    private static IEnumerable<RecognizedFact> ReadScores(string text)
    {
        foreach (var token in TextTokenizer.Tokenize(text))
        {
            if (token.Kind != TokenKind.Number || token.Text.Split('/') is not [var a, var b]) continue;
            if (!int.TryParse(a, out var value) || !int.TryParse(b, out var scale) || scale is not (5 or 10 or 100) || value > scale) continue;
            yield return new RecognizedFact(FactKind.Number, token.Start, token.Length, token.Text) { Number = value };
        }
    }

    private static HoursPer Per(List<string> plain, ref int at, FactPhrases phrases)
    {
        if (phrases.PerWeek.MatchAt(plain, at) is > 0 and var week) { at += week; return HoursPer.Week; }
        if (phrases.PerDay.MatchAt(plain, at) is > 0 and var day) { at += day; return HoursPer.Day; }
        if (phrases.PerMonth.MatchAt(plain, at) is > 0 and var month) { at += month; return HoursPer.Month; }
        return HoursPer.None;
    }

    /// <summary>True when the words between two numbers make the second the scale of the first ("6 out of 10", "seven of ten").</summary>
    private static bool IsScale(string between, FactPhrases phrases)
    {
        var words = TextTokenizer.Tokenize(between).Select(t => t.Text).ToList();
        return phrases.ScaleWords.IsWhole(words, 0, words.Count);
    }

    private static void Mask(char[] text, int start, int length)
    {
        for (var k = start; k < start + length && k < text.Length; k++) text[k] = ' ';
    }
}
