namespace CoachBot.Coaching.CheckIns;

/// <summary>
/// The configuration section <c>CheckIns</c>, all of it: the rules a deployment may tune and how delivery runs (the
/// host's poll loop reads <see cref="Enabled"/>, <see cref="PollInterval"/> and <see cref="TenantMessagesPerSecond"/>).
/// Every value has a default that is safe for Teams and Slack; every key is in appsettings.sample.json.
/// </summary>
public sealed class CheckInOptions
{
    public const string SectionName = "CheckIns";

    /// <summary>False turns the scheduler off on this instance (another instance may run it); the bot still answers.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the due index is read.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>At most this many due rows per poll; the rest come on the next one.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Proactive turns per second per tenant: Teams allows 50 per app per tenant (older documents 30), so stay under.</summary>
    public double TenantMessagesPerSecond { get; set; } = 25;

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

    /// <summary>Defaults of a new schedule.</summary>
    public DayOfWeek DefaultDay { get; set; } = DayOfWeek.Monday;

    public TimeOnly DefaultTime { get; set; } = new(9, 0);

    public TimeOnly? DefaultQuietStart { get; set; } = new(21, 0);

    public TimeOnly? DefaultQuietEnd { get; set; } = new(8, 0);

    public IEnumerable<string> FindProblems()
    {
        if (PollInterval < TimeSpan.FromMilliseconds(50) || PollInterval > TimeSpan.FromHours(1))
            yield return "CheckIns:PollInterval must be between 00:00:00.050 and 01:00:00.";
        if (BatchSize is < 1 or > 1000) yield return "CheckIns:BatchSize must be 1..1000.";
        if (TenantMessagesPerSecond is <= 0 or > 50) yield return "CheckIns:TenantMessagesPerSecond must be above 0 and at most 50.";
        if (FreshnessWindow <= TimeSpan.Zero) yield return "CheckIns:FreshnessWindow must be positive.";
        if (ReminderAfterDays is < 1 or > 14) yield return "CheckIns:ReminderAfterDays must be 1..14.";
        if (NudgeDaysAhead is < 0 or > 30) yield return "CheckIns:NudgeDaysAhead must be 0..30.";
        if (ClaimTimeout <= TimeSpan.Zero) yield return "CheckIns:ClaimTimeout must be positive.";
        if (MaxSendAttempts < 1) yield return "CheckIns:MaxSendAttempts must be at least 1.";
        if (DefaultQuietStart is null != DefaultQuietEnd is null) yield return "CheckIns:DefaultQuietStart and DefaultQuietEnd go together.";
    }
}
