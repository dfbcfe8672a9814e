using CoachBot.Coaching.CheckIns;

namespace CoachBot.Coaching.Reflection;

/// <summary>
/// The schedule a check-in offers after a pattern (<see cref="CheckInPattern"/>): one step lighter after three
/// on-track check-ins, one step closer after a step slipped twice. Pure: the schedule in hand is never changed here;
/// the caller applies the offer only after the user's yes. Null when there is no step to go (monthly on one day is
/// the lightest; several weekdays and daily the closest).
/// </summary>
public static class CadenceOffer
{
    /// <summary>Several weekdays or daily: once a week, on the first day; weekly: every other week; every other week: the first of that weekday each month; two days a month: one.</summary>
    public static CheckInSchedule? Lighter(CheckInSchedule current)
    {
        var offer = Copy(current);
        switch (current.Cadence)
        {
            case Cadence.Daily:
                offer.Cadence = Cadence.Weekly;
                offer.SetWeekdays([current.Day]);
                return offer;
            case Cadence.Weekly when current.Weekdays.Count > 1:
                offer.SetWeekdays([current.Weekdays[0]]);
                return offer;
            case Cadence.Weekly:
                offer.Cadence = Cadence.Biweekly;
                return offer;
            case Cadence.Biweekly:
                offer.Cadence = Cadence.Monthly;
                offer.NthWeekday = new NthWeekday(1, current.Weekdays[0]);
                return offer;
            case Cadence.Monthly when current.NthWeekday is null && current.DaysOfMonth.Count > 1:
                offer.SetMonthDays([current.DaysOfMonth[0]]);
                return offer;
            default:
                return null;
        }
    }

    /// <summary>Monthly on a weekday: every other week on it; monthly on one day: that day and two weeks on; every other week: weekly; weekly on one day: that day and three days later.</summary>
    public static CheckInSchedule? Closer(CheckInSchedule current)
    {
        var offer = Copy(current);
        switch (current.Cadence)
        {
            case Cadence.Monthly when current.NthWeekday is { } nth:
                offer.NthWeekday = null;
                offer.Cadence = Cadence.Biweekly;
                offer.SetWeekdays([nth.Day]);
                return offer;
            case Cadence.Monthly when current.DaysOfMonth is [var day]:
                offer.SetMonthDays([day, day <= 14 ? day + 14 : day - 14]);
                return offer;
            case Cadence.Biweekly:
                offer.Cadence = Cadence.Weekly;
                return offer;
            case Cadence.Weekly when current.Weekdays.Count == 1:
                // Three days apart keeps the two check-ins of a week evenly spread (Monday and Thursday).
                offer.SetWeekdays([current.Day, (DayOfWeek)(((int)current.Day + 3) % 7)]);
                return offer;
            default:
                return null;
        }
    }

    /// <summary>Takes the offer's days and cadence into <paramref name="schedule"/>; time, zone, quiet hours and pauses stay.</summary>
    public static void Apply(CheckInSchedule schedule, CheckInSchedule offer)
    {
        schedule.Cadence = offer.Cadence;
        schedule.Day = offer.Day;
        schedule.Days = offer.Days is null ? null : [.. offer.Days];
        schedule.DayOfMonth = offer.DayOfMonth;
        schedule.MonthDays = offer.MonthDays is null ? null : [.. offer.MonthDays];
        schedule.NthWeekday = offer.NthWeekday;
    }

    private static CheckInSchedule Copy(CheckInSchedule s) => new()
    {
        Cadence = s.Cadence,
        Day = s.Day,
        Days = s.Days is null ? null : [.. s.Days],
        DayOfMonth = s.DayOfMonth,
        MonthDays = s.MonthDays is null ? null : [.. s.MonthDays],
        NthWeekday = s.NthWeekday,
        Time = s.Time,
        TimeZone = s.TimeZone,
        TimeZoneFromUser = s.TimeZoneFromUser,
        Anchor = s.Anchor,
        QuietStart = s.QuietStart,
        QuietEnd = s.QuietEnd,
        Paused = s.Paused,
        PausedUntil = s.PausedUntil,
    };
}
