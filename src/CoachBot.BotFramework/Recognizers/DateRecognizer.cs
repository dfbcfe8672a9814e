namespace CoachBot.BotFramework.Recognizers;

public enum DateRecognitionKind
{
    /// <summary>No date in the text.</summary>
    None,
    /// <summary>A date on or after today in the user's zone.</summary>
    Date,
    /// <summary>A real date that lies before today.</summary>
    Past,
    /// <summary>Looks like a date but cannot be one ("February 30").</summary>
    Invalid,
}

/// <summary>The result of reading a date: what kind it is and, for Date and Past, the day (a period given as a deadline is its last day).</summary>
public sealed record DateRecognition(DateRecognitionKind Kind, DateOnly? Date = null, string? Matched = null)
{
    public static DateRecognition NotFound { get; } = new(DateRecognitionKind.None);
}

/// <summary>
/// Dates absolute and relative, resolved in the user's zone against a given now.
/// <list type="bullet">
/// <item>Absolute: "June 30 2027", "June 30, 2027", "30 June 2027", "the 30th of June 2027", "2027-06-30" (ISO, always),
/// "6/30/2027" (numeric dates follow the locale: M/D/Y for en-US, D/M/Y for en-GB), "March 2027".</item>
/// <item>Without a year ("June 30", "March", "Q3", "the 30th") the next occurrence, today included.</item>
/// <item>Relative: "today", "tomorrow", "in six months", "within 2 years", "in a fortnight", "3 weeks from now",
/// "next month", "end of next quarter", "Q3 next year", "by end of March", "this Friday" (the coming one),
/// "next Friday" (the one in next week; weeks run Monday to Sunday), "last Friday", "3 days ago".</item>
/// <item>A period given as a deadline means its last day ("March 2027" = March 31, "next week" = its Sunday), unless an
/// anchor says otherwise: "start of", "mid", "early" (the end of the first third), "late"/"end of".</item>
/// <item>Words around the date are ignored ("by", "before", "no later than", "I'd say ..."); when several phrasings
/// match, the longest wins ("Friday, June 30 2027" is June 30 2027).</item>
/// </list>
/// The kind says Date (today or later), Past, Invalid ("February 30 2027", "13/45/2027") or None; Matched is the
/// text that was read, as the user wrote it, so a prompt can say what it understood.
/// </summary>
public static class DateRecognizer
{
    public static DateRecognition Recognize(string? text, DateTimeOffset now, TimeZoneInfo zone, string? locale)
    {
        var tokens = TextTokenizer.Tokenize(text);
        if (tokens.Count == 0) return DateRecognition.NotFound;

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var grammar = new DateGrammar(tokens, today, RecognizerLocale.For(locale));
        DateReading? best = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (grammar.ReadAt(i) is { } reading && (best is not { } b || reading.End - reading.First > b.End - b.First))
                best = reading;
        }
        if (best is not { } found) return DateRecognition.NotFound;

        var matched = TextTokenizer.Span(text!, tokens, found.First, found.End - 1);
        return found.Date switch
        {
            null => new DateRecognition(DateRecognitionKind.Invalid, null, matched),
            { } date when date < today => new DateRecognition(DateRecognitionKind.Past, date, matched),
            { } date => new DateRecognition(DateRecognitionKind.Date, date, matched),
        };
    }
}
