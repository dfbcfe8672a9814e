namespace CoachBot.BotFramework.Builder;

/// <summary>The <c>Adapter</c> section: the turn pipeline's own settings.</summary>
public sealed class AdapterOptions
{
    public const string SectionName = "Adapter";

    /// <summary>How often a turn is re-run on fresh state after an ETag conflict before it gives up.</summary>
    public int MaxConflictRetries { get; set; } = 5;

    /// <summary>How long a turn may run before the user sees a typing indicator.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the typing indicator is repeated while the turn runs.</summary>
    public TimeSpan TypingPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a turn may take to load, run and commit (waiting for the user's previous turn included) before its
    /// dependency calls are cancelled and the user gets an apology; the channel gives up after 15 s, and the replies
    /// still have to be sent. Default 12 s.
    /// </summary>
    public TimeSpan TurnDeadline { get; set; } = TimeSpan.FromSeconds(12);

    /// <summary>The channel's own limit: a deadline at or past it would answer a request nobody waits for any more.</summary>
    public static readonly TimeSpan MaxTurnDeadline = TimeSpan.FromSeconds(14);

    public IEnumerable<string> FindProblems()
    {
        if (TurnDeadline <= TimeSpan.Zero || TurnDeadline > MaxTurnDeadline)
            yield return $"Adapter:TurnDeadline must be positive and at most {MaxTurnDeadline:c} (the channel waits 15 s).";
        if (MaxConflictRetries is < 0 or > 50) yield return "Adapter:MaxConflictRetries must be 0..50.";
        if (TypingDelay < TimeSpan.Zero) yield return "Adapter:TypingDelay must not be negative.";
        if (TypingPeriod <= TimeSpan.Zero) yield return "Adapter:TypingPeriod must be positive.";
    }
}
