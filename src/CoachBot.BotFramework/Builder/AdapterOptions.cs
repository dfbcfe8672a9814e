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

    public IEnumerable<string> FindProblems()
    {
        if (MaxConflictRetries is < 0 or > 50) yield return "Adapter:MaxConflictRetries must be 0..50.";
        if (TypingDelay < TimeSpan.Zero) yield return "Adapter:TypingDelay must not be negative.";
        if (TypingPeriod <= TimeSpan.Zero) yield return "Adapter:TypingPeriod must be positive.";
    }
}
