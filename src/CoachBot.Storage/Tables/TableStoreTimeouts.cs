using Azure.Core;
using Azure.Data.Tables;

namespace CoachBot.Storage.Tables;

/// <summary>
/// How long one Table Storage call may take, set for a chat turn. The client's defaults (100 s per attempt, 3 retries)
/// would hold a turn for minutes when the endpoint hangs; here each attempt is cut at <see cref="NetworkTimeout"/> and
/// retried <see cref="MaxRetries"/> times with short waits, so a call ends (or fails) in <see cref="WorstCase"/>.
/// </summary>
public sealed record TableStoreTimeouts
{
    /// <summary>3 s per attempt, one retry: at most about 6.2 s per call.</summary>
    public static TableStoreTimeouts Default { get; } = new();

    /// <summary>The most one call may take, every attempt and wait included, so a turn keeps room in the channel's 15 s.</summary>
    public static readonly TimeSpan MaxWorstCase = TimeSpan.FromSeconds(12);

    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(1);

    /// <summary>One attempt's limit (<c>Storage:AzureTables:NetworkTimeout</c>).</summary>
    public TimeSpan NetworkTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Retries after a failed or timed-out attempt (<c>Storage:AzureTables:MaxRetries</c>).</summary>
    public int MaxRetries { get; init; } = 1;

    /// <summary>Every attempt timing out, with the longest waits between them (the SDK's jitter adds at most 20%).</summary>
    public TimeSpan WorstCase
    {
        get
        {
            var total = NetworkTimeout * (MaxRetries + 1);
            for (var retry = 0; retry < MaxRetries; retry++)
            {
                var wait = RetryDelay * Math.Pow(2, retry) * 1.2;
                total += wait < MaxRetryDelay ? wait : MaxRetryDelay;
            }
            return total;
        }
    }

    /// <summary>The problems of these values, each naming its key; empty when they are usable.</summary>
    public IEnumerable<string> FindProblems()
    {
        if (NetworkTimeout < TimeSpan.FromMilliseconds(100) || NetworkTimeout > TimeSpan.FromSeconds(10))
            yield return "Storage:AzureTables:NetworkTimeout must be between 00:00:00.100 and 00:00:10.";
        if (MaxRetries is < 0 or > 5) yield return "Storage:AzureTables:MaxRetries must be between 0 and 5.";
        else if (WorstCase > MaxWorstCase)
            yield return $"Storage:AzureTables:NetworkTimeout x (MaxRetries + 1) must stay under {MaxWorstCase.TotalSeconds:0} s with the waits between; it is {WorstCase.TotalSeconds:0.0} s.";
    }

    internal TableClientOptions ToClientOptions()
    {
        var options = new TableClientOptions();
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = RetryDelay;
        options.Retry.MaxDelay = MaxRetryDelay;
        options.Retry.NetworkTimeout = NetworkTimeout;
        return options;
    }
}
