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
    /// <summary>
    /// A numeric date that reads two ways and the locale does not say which ("03/04/2027" with no locale): both are in
    /// <see cref="DateRecognition.Readings"/>, month first then day first; ask which one was meant.
    /// </summary>
    Ambiguous,
    /// <summary>"asap", "as soon as possible", "right away": a wish, not a date; ask for one.</summary>
    AskForDate,
}

/// <summary>
/// The result of reading a date: what kind it is and, for Date and Past, the day (a period given as a deadline is its
/// last day). <see cref="Matched"/> is the text that was read, as the user wrote it, at <see cref="Start"/> for
/// <see cref="Length"/> characters, so the coach can say back what it understood ("next summer: 31 August 2027").
/// </summary>
public sealed record DateRecognition(DateRecognitionKind Kind, DateOnly? Date = null, string? Matched = null)
{
    public static DateRecognition NotFound { get; } = new(DateRecognitionKind.None);

    /// <summary>Where <see cref="Matched"/> starts in the text (-1 when nothing matched).</summary>
    public int Start { get; init; } = -1;

    public int Length { get; init; }

    /// <summary>For <see cref="DateRecognitionKind.AskForDate"/>: true when the words named no date ("soon", "by my birthday"), false for "asap".</summary>
    public bool Vague { get; init; }

    /// <summary>For <see cref="DateRecognitionKind.Ambiguous"/>: the month-first and the day-first reading; otherwise empty.</summary>
    public IReadOnlyList<DateOnly> Readings { get; init; } = [];
}

/// <summary>
/// Dates absolute and relative, resolved in the user's zone against a given now.
/// <list type="bullet">
/// <item>Absolute: "June 30 2027", "June 30, 2027", "30 June 2027", "the 30th of June 2027", "2027-06-30" and
/// "2027/06/30" (ISO, always), "30.06.2027" and "10.01" (dotted: always day first), "6/30/2027" (slashes and dashes
/// follow the locale: M/D/Y for en-US, D/M/Y for en-GB and de-DE; asked when the locale gives no order and both
/// readings are dates), "March 2027".</item>
/// <item>Without a year ("June 30", "March", "Q3", "the 30th") the next occurrence, today included. An ordinal that
/// counts something ("my 40th birthday", "the 3rd step") is not a day of the month.</item>
/// <item>Relative: "today", "tomorrow", "in six months", "within 2 years", "in a fortnight", "3 weeks from now",
/// "a year and a half", "next month", "end of next quarter", "end of Q2 next year", "by end of March", "this Friday"
/// (the coming one), "next Friday" (the one in next week; weeks run Monday to Sunday), "last Friday", "3 days ago".</item>
/// <item>Seasons, meteorological and flipped in the southern hemisphere (from the zone): "next summer", "by fall",
/// "summer 2028", "end of winter".</item>
/// <item>A period given as a deadline means its last day ("March 2027" = March 31, "next week" = its Sunday), unless an
/// anchor says otherwise: "start of", "mid", "early" (the end of the first third), "late"/"end of".</item>
/// <item>"asap", "as soon as possible": <see cref="DateRecognitionKind.AskForDate"/>, unless a real date stands beside it.</item>
/// <item>Words around the date are ignored ("by", "before", "no later than", "I'd say ..."); when several phrasings
/// match, the longest wins ("Friday, June 30 2027" is June 30 2027).</item>
/// </list>
/// </summary>
public static class DateRecognizer
{
    /// <summary>
    /// The one date reading of the coach (prompts, plan edits, check-in pauses, goal sentences), with the date words of
    /// <c>dialogs/&lt;locale&gt;/recognizers.yaml</c>: months, weekdays, seasons, relative words, days with a fixed date
    /// ("by christmas") and answers that name no date the coach can pick ("soon", "by my birthday": <see cref="DateRecognitionKind.AskForDate"/>).
    /// Numeric dates follow <paramref name="locale"/> (dotted day first, ISO year first, slashes by the region).
    /// </summary>
    public static DateRecognition Recognize(string? text, DateTimeOffset now, TimeZoneInfo zone, string? locale, RecognizerPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var words = string.Equals(phrases.Locale.Name, locale ?? "", StringComparison.OrdinalIgnoreCase)
            ? phrases.Locale
            : RecognizerLocale.For(locale).WithWords(phrases.Locale.Words);
        var tokens = DateSpelling.Correct(TextTokenizer.Tokenize(text), words.Words);
        if (tokens.Count == 0) return DateRecognition.NotFound;

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var grammar = new DateGrammar(tokens, text!, today, words, Hemisphere.IsSouthern(zone), phrases.Dates);
        DateReading? best = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (grammar.ReadAt(i) is { } reading && Better(reading, best)) best = reading;
        }
        var vague = best is null && (best = Vague(tokens, phrases.Dates)) is not null;
        if (best is not { } found) return DateRecognition.NotFound;

        var start = tokens[found.First].Start;
        var length = tokens[found.End - 1].End - start;
        var matched = text!.Substring(start, length);
        var result = found switch
        {
            { AsSoonAsPossible: true } => new DateRecognition(DateRecognitionKind.AskForDate, null, matched),
            { Date: { } first, Other: { } second } => new DateRecognition(DateRecognitionKind.Ambiguous, null, matched) { Readings = [first, second] },
            { Date: null } => new DateRecognition(DateRecognitionKind.Invalid, null, matched),
            { Date: { } date } when date < today => new DateRecognition(DateRecognitionKind.Past, date, matched),
            { Date: { } date } => new DateRecognition(DateRecognitionKind.Date, date, matched),
        };
        return result with { Start = start, Length = length, Vague = vague };
    }

    /// <summary>"soon", "whenever", "by my birthday": a wish about when with no date in it; the coach asks for one.</summary>
    private static DateReading? Vague(List<Token> tokens, DatePhrases dates)
    {
        var plain = tokens.Select(t => t.Text).ToList();
        for (var i = 0; i < plain.Count; i++)
            if (dates.Vague.MatchAt(plain, i) is > 0 and var length) return new DateReading(i, i + length, null, AsSoonAsPossible: true);
        return null;
    }

    /// <summary>The longest reading wins; "asap" only when no real date stands beside it ("asap, June at the latest").</summary>
    private static bool Better(DateReading candidate, DateReading? best)
    {
        if (best is not { } b) return true;
        if (candidate.AsSoonAsPossible != b.AsSoonAsPossible) return b.AsSoonAsPossible;
        return candidate.End - candidate.First > b.End - b.First;
    }
}
