namespace CoachBot.BotFramework.State;

/// <summary>
/// Whether storage can be read and written, for readiness probes. Every check reads the health row; the row is written
/// at most once per <see cref="WriteInterval"/> (a probe every few seconds must not become a write load), and the
/// result of that write stands until the next one: a store that went read-only is reported within that interval.
/// A write is shared by every probe that comes while it runs and is bounded by <see cref="WriteTimeout"/>.
/// </summary>
public sealed class StorageHealth(IUserStore store, TimeProvider clock)
{
    public static readonly TimeSpan WriteInterval = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan WriteTimeout = TimeSpan.FromSeconds(10);

    private readonly object _gate = new();
    private DateTimeOffset _lastWriteStarted = DateTimeOffset.MinValue;
    private Task<Exception?>? _lastWrite;

    public async Task<StorageHealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return new StorageHealthReport(StorageState.Unreachable, ex);
        }

        Task<Exception?> write;
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_lastWrite is null || now - _lastWriteStarted >= WriteInterval)
            {
                _lastWriteStarted = now;
                _lastWrite = WriteAsync(now);
            }
            write = _lastWrite;
        }
        var failure = await write.WaitAsync(cancellationToken).ConfigureAwait(false);
        return failure is null ? new StorageHealthReport(StorageState.ReadWrite, null) : new StorageHealthReport(StorageState.ReadOnly, failure);
    }

    private async Task<Exception?> WriteAsync(DateTimeOffset now)
    {
        await Task.Yield();
        using var timeout = new CancellationTokenSource(WriteTimeout, clock);
        try
        {
            await store.WriteHealthAsync(now, timeout.Token).ConfigureAwait(false);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}

public enum StorageState
{
    /// <summary>Read and written.</summary>
    ReadWrite,
    /// <summary>Read, but the last write of the health row failed (read-only file, full disk, a lock held throughout).</summary>
    ReadOnly,
    /// <summary>Not even read.</summary>
    Unreachable,
}

public sealed record StorageHealthReport(StorageState State, Exception? Error)
{
    public bool IsHealthy => State == StorageState.ReadWrite;
}
