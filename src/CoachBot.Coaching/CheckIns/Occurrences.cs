using CoachBot.BotFramework.Text;
namespace CoachBot.Coaching.CheckIns;

/// <summary>
/// The wall-clock arithmetic of schedules, in the user's zone. Rules (research notes 6.1):
/// a local time that falls in a spring-forward gap moves to the next valid time (the end of the gap);
/// a local time that happens twice in an autumn fall-back fires once, at its first (daylight) instance;
/// monthly schedules on a day the month lacks use the month's last day (twice in a month never: "the 30th and the
/// 31st" in February is one check-in on the 28th).
/// </summary>
public static class Occurrences
{
    /// <summary>The first occurrence strictly after <paramref name="afterUtc"/>, or null for a schedule that is off or has no zone.</summary>
    public static DateTimeOffset? Next(CheckInSchedule schedule, DateTimeOffset afterUtc)
    {
        if (schedule.Cadence == Cadence.Off || schedule.TimeZone is null) return null;
        var zone = UserTimeZone.Resolve(schedule.TimeZone);
        var start = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(afterUtc, zone).DateTime).AddDays(-1);
        // Two months and a bit covers every cadence from any start (the longest gap: a monthly nth weekday, five weeks).
        for (var date = start; date <= start.AddDays(70); date = date.AddDays(1))
        {
            if (!Matches(schedule, date)) continue;
            var utc = ToUtc(date, schedule.Time, zone);
            if (utc > afterUtc) return utc;
        }
        return null;
    }

    /// <summary>The latest occurrence at or before <paramref name="nowUtc"/> starting from <paramref name="firstUtc"/>: missed ones collapse into it.</summary>
    public static DateTimeOffset Latest(CheckInSchedule schedule, DateTimeOffset firstUtc, DateTimeOffset nowUtc)
    {
        var latest = firstUtc;
        while (Next(schedule, latest) is { } next && next <= nowUtc) latest = next;
        return latest;
    }

    /// <summary>
    /// Whether a local date is a check-in day: daily; weekly on any of the weekdays; two-weekly on them in the weeks of
    /// the anchor (weeks run Monday to Sunday, so "every other Tuesday and Thursday" keeps both days of a week together);
    /// monthly on any of the days of the month (each clamped to the month's last day) or on the nth weekday.
    /// </summary>
    public static bool Matches(CheckInSchedule schedule, DateOnly date) => schedule.Cadence switch
    {
        Cadence.Daily => true,
        Cadence.Weekly => schedule.Weekdays.Contains(date.DayOfWeek),
        Cadence.Biweekly => schedule.Weekdays.Contains(date.DayOfWeek)
            && ((WeekNumber(date) - WeekNumber(schedule.Anchor ?? date)) % 2 + 2) % 2 == 0,
        Cadence.Monthly when schedule.NthWeekday is { } nth => date == nth.In(date.Year, date.Month),
        Cadence.Monthly => schedule.DaysOfMonth.Any(day => date.Day == Math.Min(day, DateTime.DaysInMonth(date.Year, date.Month))),
        _ => false,
    };

    /// <summary>Weeks since a Monday long ago: two dates in the same Monday-to-Sunday week share it.</summary>
    private static int WeekNumber(DateOnly date) => (date.DayNumber - ((int)date.DayOfWeek + 6) % 7) / 7;

    /// <summary>A local date and time in <paramref name="zone"/> as UTC, with the gap and overlap rules above.</summary>
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        // In a gap: the first valid minute after it. Gaps are at most a couple of hours, so this loop is short.
        for (var guard = 0; zone.IsInvalidTime(local) && guard < 24 * 60; guard++) local = local.AddMinutes(1);
        if (zone.IsAmbiguousTime(local))
        {
            // Twice on the clock: the first instance is the one with the larger offset (daylight time).
            var offset = zone.GetAmbiguousTimeOffsets(local).Max();
            return new DateTimeOffset(local, offset).ToUniversalTime();
        }
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>
    /// When a message planned for <paramref name="utc"/> may go out: unchanged outside quiet hours, else the end
    /// of the quiet hours (on the same or the next local day).
    /// </summary>
    public static DateTimeOffset OutsideQuietHours(CheckInSchedule schedule, DateTimeOffset utc)
    {
        if (schedule.QuietStart is not { } start || schedule.QuietEnd is not { } end || start == end || schedule.TimeZone is null) return utc;
        var zone = UserTimeZone.Resolve(schedule.TimeZone);
        var local = TimeZoneInfo.ConvertTime(utc, zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var date = DateOnly.FromDateTime(local.DateTime);
        var wraps = start > end; // e.g. 21:00..08:00
        var quiet = wraps ? time >= start || time < end : time >= start && time < end;
        if (!quiet) return utc;
        var endDate = wraps && time >= start ? date.AddDays(1) : date;
        return ToUtc(endDate, end, zone);
    }

    /// <summary>The next time the local clock shows <paramref name="time"/> at or after <paramref name="fromUtc"/>.</summary>
    public static DateTimeOffset NextLocalTime(string timeZone, TimeOnly time, DateTimeOffset fromUtc)
    {
        var zone = UserTimeZone.Resolve(timeZone);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fromUtc, zone).DateTime);
        var candidate = ToUtc(date, time, zone);
        return candidate >= fromUtc ? candidate : ToUtc(date.AddDays(1), time, zone);
    }

    public static DateOnly LocalDate(string? timeZone, DateTimeOffset utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(utc, UserTimeZone.Resolve(timeZone)).DateTime);
}
