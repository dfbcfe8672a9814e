using CoachBot.BotFramework.State;

namespace CoachBot.TestSupport;

/// <summary>Counts reads and writes of another store: the storage budget of a turn, measured.</summary>
public sealed class CountingUserStore(IUserStore inner) : IUserStore
{
    private long _reads;
    private long _writes;

    public long Reads => Interlocked.Read(ref _reads);
    public long Writes => Interlocked.Read(ref _writes);
    public IUserStore Inner => inner;

    public void Reset()
    {
        Interlocked.Exchange(ref _reads, 0);
        Interlocked.Exchange(ref _writes, 0);
    }

    public ValueTask<StoredRecord?> ReadAsync(string userKey, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return inner.ReadAsync(userKey, cancellationToken);
    }

    public ValueTask<string> WriteAsync(string userKey, string json, string? expectedETag, IReadOnlyList<HistoryRow> history,
        CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _writes);
        return inner.WriteAsync(userKey, json, expectedETag, history, cancellationToken);
    }

    public Task<IReadOnlyList<HistoryRow>> ReadHistoryAsync(string userKey, CancellationToken cancellationToken) =>
        inner.ReadHistoryAsync(userKey, cancellationToken);

    public Task DeleteUserAsync(string userKey, CancellationToken cancellationToken) => inner.DeleteUserAsync(userKey, cancellationToken);
    public Task UpsertDueAsync(DueEntry entry, CancellationToken cancellationToken) => inner.UpsertDueAsync(entry, cancellationToken);
    public Task DeleteDueAsync(DueEntry entry, CancellationToken cancellationToken) => inner.DeleteDueAsync(entry, cancellationToken);

    public Task<IReadOnlyList<DueEntry>> QueryDueAsync(DateTimeOffset upToUtc, int max, CancellationToken cancellationToken) =>
        inner.QueryDueAsync(upToUtc, max, cancellationToken);

    public Task CheckHealthAsync(CancellationToken cancellationToken) => inner.CheckHealthAsync(cancellationToken);

    public Task WriteHealthAsync(DateTimeOffset writtenUtc, CancellationToken cancellationToken) =>
        inner.WriteHealthAsync(writtenUtc, cancellationToken);
}
