namespace CoachBot.Coaching.CheckIns;

public enum Cadence
{
    Weekly,
    Biweekly,
    Monthly,
    Off,
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
/// </summary>
public sealed class CheckInSchedule
{
    public Cadence Cadence { get; set; } = Cadence.Weekly;

    /// <summary>The weekday of weekly and two-weekly check-ins.</summary>
    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    /// <summary>The day of the month of monthly check-ins (1..31, clamped to the month's last day).</summary>
    public int DayOfMonth { get; set; } = 1;

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
