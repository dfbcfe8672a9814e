namespace CoachBot.Coaching.CheckIns;

/// <summary>
/// The rules of check-ins that a deployment may tune (configuration section <c>CheckIns</c>; the host binds it and
/// adds its own scheduler settings). Every value has a default that is safe for Teams and Slack.
/// </summary>
public sealed class CheckInOptions
{
    /// <summary>A missed check-in older than this (after downtime) is not sent; the schedule moves on.</summary>
    public TimeSpan FreshnessWindow { get; set; } = TimeSpan.FromHours(12);

    /// <summary>The one reminder comes this many days after the check-in, at the user's usual time.</summary>
    public int ReminderAfterDays { get; set; } = 1;

    /// <summary>False: no reminders at all.</summary>
    public bool Reminders { get; set; } = true;

    /// <summary>A step due within this many days and not done gets one nudge, at the user's usual time. 0: no nudges.</summary>
    public int NudgeDaysAhead { get; set; } = 3;

    /// <summary>How long a claimed message is left to its sender before any instance sends it again (a crashed sender).</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Sends that fail with a transient error are tried this often in all before they are given up.</summary>
    public int MaxSendAttempts { get; set; } = 5;

    /// <summary>
    /// Only for end-to-end tests (configuration key <c>CheckIns:TestHook:FirstCheckInAfter</c>): the first check-in after a
    /// schedule change comes this long after it instead of at the next occurrence. Null (the default) in production.
    /// </summary>
    public TimeSpan? FirstCheckInAfter { get; set; }

    /// <summary>Defaults of a new schedule.</summary>
    public DayOfWeek DefaultDay { get; set; } = DayOfWeek.Monday;

    public TimeOnly DefaultTime { get; set; } = new(9, 0);

    public TimeOnly? DefaultQuietStart { get; set; } = new(21, 0);

    public TimeOnly? DefaultQuietEnd { get; set; } = new(8, 0);

    public IEnumerable<string> FindProblems()
    {
        if (FreshnessWindow <= TimeSpan.Zero) yield return "CheckIns:FreshnessWindow must be positive.";
        if (ReminderAfterDays is < 1 or > 14) yield return "CheckIns:ReminderAfterDays must be 1..14.";
        if (NudgeDaysAhead is < 0 or > 30) yield return "CheckIns:NudgeDaysAhead must be 0..30.";
        if (ClaimTimeout <= TimeSpan.Zero) yield return "CheckIns:ClaimTimeout must be positive.";
        if (MaxSendAttempts < 1) yield return "CheckIns:MaxSendAttempts must be at least 1.";
        if (DefaultQuietStart is null != DefaultQuietEnd is null) yield return "CheckIns:DefaultQuietStart and DefaultQuietEnd go together.";
    }
}
