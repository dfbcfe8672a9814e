namespace CoachBot.BotFramework.Recognizers;

/// <summary>Where in a period a deadline falls: "end of March" (the default: a period given as a deadline means its last day), "start of", "mid", "early", "late".</summary>
internal enum PeriodAnchor
{
    End,
    Start,
    Middle,
    Early,
}

/// <summary>A span of whole days (a week, a month, a quarter, a year) and the arithmetic the date parser needs on it.</summary>
internal readonly record struct CalendarPeriod(DateOnly First, DateOnly Last)
{
    /// <summary>The day the anchor picks: last day, first day, the middle (the 15th of a month) or the end of the first third ("early March" = March 10).</summary>
    public DateOnly At(PeriodAnchor anchor)
    {
        var days = Last.DayNumber - First.DayNumber;
        return anchor switch
        {
            PeriodAnchor.Start => First,
            PeriodAnchor.Middle when First.Day == 1 && Last.Month == First.Month => new DateOnly(First.Year, First.Month, 15),
            PeriodAnchor.Middle => First.AddDays(days / 2),
            PeriodAnchor.Early => First.AddDays(Math.Max(0, (days + 1) / 3 - 1)),
            _ => Last,
        };
    }

    public static CalendarPeriod Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static CalendarPeriod Quarter(int year, int quarter) =>
        new(new DateOnly(year, 3 * quarter - 2, 1), Month(year, 3 * quarter).Last);

    public static CalendarPeriod HalfYear(int year, int half) =>
        new(new DateOnly(year, 6 * half - 5, 1), Month(year, 6 * half).Last);

    public static CalendarPeriod Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>The week (Monday to Sunday, as ISO 8601 counts it) that holds the day.</summary>
    public static CalendarPeriod WeekOf(DateOnly day)
    {
        var monday = day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
        return new(monday, monday.AddDays(6));
    }

    public static int QuarterOf(DateOnly day) => (day.Month - 1) / 3 + 1;
}
