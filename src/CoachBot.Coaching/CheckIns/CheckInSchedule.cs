using System.Text.Json.Serialization;

namespace CoachBot.Coaching.CheckIns;

/// <summary>How often check-ins come. Stored by name; new names are only ever added at the end.</summary>
public enum Cadence
{
    /// <summary>On the schedule's weekdays (<see cref="CheckInSchedule.Weekdays"/>), every week.</summary>
    Weekly,
    /// <summary>On the schedule's weekdays, every other week (the weeks of <see cref="CheckInSchedule.Anchor"/>).</summary>
    Biweekly,
    /// <summary>On days of the month (<see cref="CheckInSchedule.DaysOfMonth"/>) or on one weekday of the month (<see cref="CheckInSchedule.NthWeekday"/>).</summary>
    Monthly,
    Off,
    /// <summary>Every day.</summary>
    Daily,
}

/// <summary>One weekday of the month: N 1..4 ("the first Monday") or -1 (the last one: "the last Friday").</summary>
public sealed record NthWeekday(int N, DayOfWeek Day)
{
    [JsonIgnore]
    public bool IsValid => N is >= 1 and <= 4 or -1;

    /// <summary>That weekday in the given month.</summary>
    public DateOnly In(int year, int month)
    {
        if (N == -1)
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            return last.AddDays(-(((int)last.DayOfWeek - (int)Day + 7) % 7));
        }
        var first = new DateOnly(year, month, 1);
        return first.AddDays(((int)Day - (int)first.DayOfWeek + 7) % 7 + 7 * (N - 1));
    }
}

/// <summary>Why check-ins are on hold.</summary>
public enum PauseReason
{
    None,
    /// <summary>"pause until &lt;date&gt;".</summary>
    User,
    /// <summary>The channel answered 403 or 404: the user blocked the bot or the conversation is gone.</summary>
    Unreachable,
    /// <summary>The app was uninstalled (installationUpdate remove).</summary>
    Uninstalled,
}

/// <summary>
/// When a user wants their reflection check-in, in their own wall-clock time. The zone is an IANA id (Windows ids are
/// converted when set), and the time is local: each occurrence is computed in the zone, never as "last + 7 days" in UTC.
/// One time for every check-in day.
/// <para>Stored shape: a schedule on one weekday or one day of the month is stored exactly as before several were
/// possible (<c>day</c>, <c>dayOfMonth</c>); <c>days</c>, <c>monthDays</c> and <c>nthWeekday</c> are written only when
/// used, and a record without them reads as before. So records need no migration step.</para>
/// </summary>
public sealed class CheckInSchedule
{
    /// <summary>Monday to Friday, as "weekdays" means.</summary>
    public static IReadOnlyList<DayOfWeek> MondayToFriday { get; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public Cadence Cadence { get; set; } = Cadence.Weekly;

    /// <summary>The weekday of weekly and two-weekly check-ins; with several (<see cref="Days"/>), the first of them.</summary>
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    /// <summary>Several weekdays ("Tuesdays and Thursdays", "weekdays"), Monday first; null when there is just <see cref="Day"/>.</summary>
    public List<DayOfWeek>? Days { get; set; }

    /// <summary>The day of the month of monthly check-ins (1..31, clamped to the month's last day); with several, the first.</summary>
    public int DayOfMonth { get; set; } = 1;

    /// <summary>Several days of the month ("the 1st and the 15th"), ascending; null when there is just <see cref="DayOfMonth"/>.</summary>
    public List<int>? MonthDays { get; set; }

    /// <summary>Monthly on one weekday of the month ("the first Monday"); when set it wins over the days of the month.</summary>
    public NthWeekday? NthWeekday { get; set; }

    /// <summary>The weekdays of weekly and two-weekly check-ins, Monday first.</summary>
    [JsonIgnore]
    public IReadOnlyList<DayOfWeek> Weekdays => Days is { Count: > 0 } days ? days : [Day];

    /// <summary>The days of the month of monthly check-ins, ascending.</summary>
    [JsonIgnore]
    public IReadOnlyList<int> DaysOfMonth => MonthDays is { Count: > 0 } days ? days : [DayOfMonth];

    /// <summary>Sets the weekdays: one is stored as <see cref="Day"/> alone (today's shape), several as <see cref="Days"/> too.</summary>
    public void SetWeekdays(IEnumerable<DayOfWeek> days)
    {
        var sorted = days.Distinct().OrderBy(d => ((int)d + 6) % 7).ToList();
        if (sorted.Count == 0) throw new ArgumentException("A schedule needs at least one weekday.", nameof(days));
        Day = sorted[0];
        Days = sorted.Count > 1 ? sorted : null;
    }

    /// <summary>Sets the days of the month: one is stored as <see cref="DayOfMonth"/> alone, several as <see cref="MonthDays"/> too.</summary>
    public void SetMonthDays(IEnumerable<int> days)
    {
        var sorted = days.Distinct().Order().ToList();
        if (sorted.Count == 0 || sorted.Any(d => d is < 1 or > 31)) throw new ArgumentException("Days of the month are 1..31.", nameof(days));
        DayOfMonth = sorted[0];
        MonthDays = sorted.Count > 1 ? sorted : null;
        NthWeekday = null;
    }

    public TimeOnly Time { get; set; } = new(9, 0);

    /// <summary>IANA id, e.g. Europe/Berlin. Null until the channel told it or the user answered.</summary>
    public string? TimeZone { get; set; }

    /// <summary>True when the user named the zone: a channel's localTimezone then no longer overrides it.</summary>
    public bool TimeZoneFromUser { get; set; }

    /// <summary>A date on the check-in weekday that fixes which weeks a two-weekly schedule uses.</summary>
    public DateOnly? Anchor { get; set; }

    /// <summary>No message starts in [QuietStart, QuietEnd) local time (may wrap midnight); null: no quiet hours.</summary>
    public TimeOnly? QuietStart { get; set; }

    public TimeOnly? QuietEnd { get; set; }

    public PauseReason Paused { get; set; }

    /// <summary>With <see cref="PauseReason.User"/>: the first local day check-ins come again.</summary>
    public DateOnly? PausedUntil { get; set; }

    /// <summary>Check-ins can come: on, with a zone, and not held by the channel or an open-ended pause.</summary>
    public bool IsActive => Cadence != Cadence.Off && TimeZone is not null
        && (Paused == PauseReason.None || (Paused == PauseReason.User && PausedUntil is not null));
}
