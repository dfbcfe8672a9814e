namespace CoachBot.Scheduling;

/// <summary>
/// The scheduler's own settings in the <c>CheckIns</c> section (the check-in rules in the same section bind to
/// <see cref="Coaching.CheckIns.CheckInOptions"/>). Every key is documented in appsettings.sample.json.
/// </summary>
public sealed class SchedulerOptions
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

    public TestHookOptions TestHook { get; set; } = new();

    public IEnumerable<string> FindProblems()
    {
        if (PollInterval < TimeSpan.FromMilliseconds(50) || PollInterval > TimeSpan.FromHours(1))
            yield return "CheckIns:PollInterval must be between 00:00:00.050 and 01:00:00.";
        if (BatchSize is < 1 or > 1000) yield return "CheckIns:BatchSize must be 1..1000.";
        if (TenantMessagesPerSecond is <= 0 or > 50) yield return "CheckIns:TenantMessagesPerSecond must be above 0 and at most 50.";
    }
}

/// <summary>Only for the crash test: never set in production.</summary>
public sealed class TestHookOptions
{
    /// <summary>The process kills itself after a claim is committed and before its message is sent.</summary>
    public bool ExitAfterClaim { get; set; }
}
