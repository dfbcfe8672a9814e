namespace CoachBot.BotFramework.Connector;

/// <summary>
/// The <c>Connector</c> section: how calls to the channel are retried (research/botframework-protocol.md 2, "Rate limits":
/// retry 429, 412, 502 and 504 with exponential backoff and jitter, honouring Retry-After).
/// </summary>
public sealed class ConnectorResilienceOptions
{
    public const string SectionName = "Connector";

    /// <summary>Retries after the first attempt; small, since the channel waits at most 15 s for the turn.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; doubled per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait before a retry, Retry-After included.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>One attempt's limit.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The limit of a call with all its retries.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<string> FindProblems()
    {
        if (MaxRetries is < 0 or > 10) yield return $"{SectionName}:MaxRetries must be between 0 and 10.";
        if (BaseDelay <= TimeSpan.Zero) yield return $"{SectionName}:BaseDelay must be positive.";
        if (MaxDelay < BaseDelay) yield return $"{SectionName}:MaxDelay must be at least BaseDelay.";
        // Polly's timeout strategy accepts between 10 ms and 24 h.
        if (AttemptTimeout < TimeSpan.FromMilliseconds(10)) yield return $"{SectionName}:AttemptTimeout must be at least 10 ms.";
        if (TotalTimeout < AttemptTimeout) yield return $"{SectionName}:TotalTimeout must be at least AttemptTimeout.";
    }
}
