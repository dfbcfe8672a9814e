namespace CoachBot.BotFramework.Connector;

/// <summary>
/// The <c>Connector</c> section: how calls to the channel are retried (research/botframework-protocol.md 2, "Rate limits":
/// retry 429, 412, 502 and 504 with exponential backoff and jitter, honouring Retry-After).
/// </summary>
public sealed class ConnectorResilienceOptions
{
    public const string SectionName = "Connector";

    /// <summary>The channel waits 15 s for a turn's answer; a call to it must leave the turn room inside that.</summary>
    public static readonly TimeSpan MaxTotalTimeout = TimeSpan.FromSeconds(14);

    /// <summary>Retries after the first attempt; small, since the channel waits at most 15 s for the turn.</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first backoff delay; doubled per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest wait before a retry, a longer Retry-After included (it is cut to this).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>One attempt's limit.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>The limit of a call with all its retries and waits: 10 s, so a reply is sent or given up well inside 15 s.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public IEnumerable<string> FindProblems()
    {
        if (MaxRetries is < 0 or > 10) yield return $"{SectionName}:MaxRetries must be between 0 and 10.";
        if (BaseDelay <= TimeSpan.Zero) yield return $"{SectionName}:BaseDelay must be positive.";
        if (MaxDelay < BaseDelay) yield return $"{SectionName}:MaxDelay must be at least BaseDelay.";
        // Polly's timeout strategy accepts between 10 ms and 24 h.
        if (AttemptTimeout < TimeSpan.FromMilliseconds(10)) yield return $"{SectionName}:AttemptTimeout must be at least 10 ms.";
        if (TotalTimeout < AttemptTimeout) yield return $"{SectionName}:TotalTimeout must be at least AttemptTimeout.";
        if (TotalTimeout > MaxTotalTimeout)
            yield return $"{SectionName}:TotalTimeout must be at most {MaxTotalTimeout:c}: the channel waits 15 s for a turn.";
        if (MaxDelay >= TotalTimeout) yield return $"{SectionName}:MaxDelay must be shorter than TotalTimeout.";
    }
}
