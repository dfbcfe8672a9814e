using System.Globalization;

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

/// <summary>Dates absolute and relative, resolved against the user's zone and a given now. Baseline: ISO dates only.</summary>
public static class DateRecognizer
{
    public static DateRecognition Recognize(string? text, DateTimeOffset now, TimeZoneInfo zone, string? locale)
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        foreach (var word in (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (DateOnly.TryParseExact(word.Trim(',', '.'), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return new DateRecognition(date < today ? DateRecognitionKind.Past : DateRecognitionKind.Date, date, word);
        }
        return DateRecognition.NotFound;
    }
}
