namespace CoachBot.BotFramework.Builder;

public sealed class AdapterOptions
{
    /// <summary>How often a turn is re-run on fresh state after an ETag conflict before it gives up.</summary>
    public int MaxConflictRetries { get; set; } = 5;

    /// <summary>How long a turn may run before the user sees a typing indicator.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How often the typing indicator is repeated while the turn runs.</summary>
    public TimeSpan TypingPeriod { get; set; } = TimeSpan.FromSeconds(2);
}
