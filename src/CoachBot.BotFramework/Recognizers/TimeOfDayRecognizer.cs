using System.Globalization;

namespace CoachBot.BotFramework.Recognizers;

/// <summary>A weekday and/or a time of day ("Monday at 9", "9:30am", "17:00").</summary>
public sealed record WeekdayTime(DayOfWeek? Day, TimeOnly? Time);

/// <summary>Reads weekdays and times of day. Baseline: HH:mm only.</summary>
public static class TimeOfDayRecognizer
{
    public static WeekdayTime? Recognize(string? text, string? locale) =>
        TimeOnly.TryParseExact(text?.Trim(), "H:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? new WeekdayTime(null, time)
            : null;
}
