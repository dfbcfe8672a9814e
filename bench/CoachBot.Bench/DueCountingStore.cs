using CoachBot.BotFramework.State;

namespace CoachBot.Bench;

/// <summary>
/// Counts the due-index upserts and deletes (and the size of the records written) that CountingUserStore passes through uncounted: schedule changes are the
/// named exception to the one-read-one-write budget (DESIGN.md "State"), so they are reported on their own line.
/// </summary>
public sealed class DueCountingStore(IUserStore inner) : IUserStore
{
    private long _dueWrites;
    private long _writtenChars;
    private long _writes;

    public long DueWrites => Interlocked.Read(ref _dueWrites);

    /// <summary>Mean size of the record JSON written, in UTF-16 characters (Table Storage counts strings that way).</summary>
    public long MeanRecordChars => Interlocked.Read(ref _writtenChars) / Math.Max(1, Interlocked.Read(ref _writes));

    public IUserStore Inner => inner;

    public void Reset()
    {
        Interlocked.Exchange(ref _dueWrites, 0);
        Interlocked.Exchange(ref _writtenChars, 0);
        Interlocked.Exchange(ref _writes, 0);
    }

    public ValueTask<StoredRecord?> ReadAsync(string userKey, CancellationToken cancellationToken) => inner.ReadAsync(userKey, cancellationToken);

    public ValueTask<string> WriteAsync(string userKey, string json, string? expectedETag, IReadOnlyList<HistoryRow> history,
        CancellationToken cancellationToken)
    {
        Interlocked.Add(ref _writtenChars, json.Length);
        Interlocked.Increment(ref _writes);
        return inner.WriteAsync(userKey, json, expectedETag, history, cancellationToken);
    }

    public Task<IReadOnlyList<HistoryRow>> ReadHistoryAsync(string userKey, CancellationToken cancellationToken) =>
        inner.ReadHistoryAsync(userKey, cancellationToken);

    public Task DeleteUserAsync(string userKey, CancellationToken cancellationToken) => inner.DeleteUserAsync(userKey, cancellationToken);

    public Task UpsertDueAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _dueWrites);
        return inner.UpsertDueAsync(entry, cancellationToken);
    }

    public Task DeleteDueAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _dueWrites);
        return inner.DeleteDueAsync(entry, cancellationToken);
    }

    public Task<IReadOnlyList<DueEntry>> QueryDueAsync(DateTimeOffset upToUtc, int max, CancellationToken cancellationToken) =>
        inner.QueryDueAsync(upToUtc, max, cancellationToken);

    public Task CheckHealthAsync(CancellationToken cancellationToken) => inner.CheckHealthAsync(cancellationToken);
    public Task WriteHealthAsync(DateTimeOffset writtenUtc, CancellationToken cancellationToken) => inner.WriteHealthAsync(writtenUtc, cancellationToken);
}
