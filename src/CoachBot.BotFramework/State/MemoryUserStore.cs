using System.Collections.Concurrent;

namespace CoachBot.BotFramework.State;

/// <summary>
/// The in-memory store (<c>Storage:Provider=Memory</c>): for tests and benchmarks, never the default.
/// Keeps the same contract as the durable backends, ETags included.
/// </summary>
public sealed class MemoryUserStore : IUserStore
{
    private sealed record Entry(string Json, string ETag, List<HistoryRow> History);

    private readonly ConcurrentDictionary<string, Entry> _records = new(StringComparer.Ordinal);
    // The spread is computed once per upsert, not on every comparison of every query.
    private readonly ConcurrentDictionary<(DateTimeOffset, string), (DueEntry Entry, string Spread)> _due = new();
    private long _version;

    public ValueTask<StoredRecord?> ReadAsync(string userKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        return ValueTask.FromResult(_records.TryGetValue(userKey, out var e) ? new StoredRecord(userKey, e.Json, e.ETag) : null);
    }

    public ValueTask<string> WriteAsync(string userKey, string json, string? expectedETag, IReadOnlyList<HistoryRow> history,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        if (json.Length > StoreLimits.MaxRecordChars) throw new RecordTooLargeException(userKey, json.Length);
        var etag = Interlocked.Increment(ref _version).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (expectedETag is null)
        {
            if (!_records.TryAdd(userKey, new Entry(json, etag, [.. history]))) throw new StoreConflictException(userKey);
            return ValueTask.FromResult(etag);
        }
        if (!_records.TryGetValue(userKey, out var current) || current.ETag != expectedETag)
            throw new StoreConflictException(userKey);
        var next = new Entry(json, etag, history.Count == 0 ? current.History : [.. current.History, .. history]);
        if (!_records.TryUpdate(userKey, next, current)) throw new StoreConflictException(userKey);
        return ValueTask.FromResult(etag);
    }

    public Task<IReadOnlyList<HistoryRow>> ReadHistoryAsync(string userKey, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<HistoryRow>>(_records.TryGetValue(userKey, out var e)
            ? e.History.OrderBy(h => h.RowId, StringComparer.Ordinal).ToList()
            : []);

    public Task DeleteUserAsync(string userKey, CancellationToken cancellationToken)
    {
        _records.TryRemove(userKey, out _);
        foreach (var key in _due.Keys.Where(k => k.Item2 == userKey).ToList()) _due.TryRemove(key, out _);
        return Task.CompletedTask;
    }

    public Task UpsertDueAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        _due[(entry.DueUtc, entry.UserKey)] = (entry, DueSpread.Of(entry.UserKey));
        return Task.CompletedTask;
    }

    public Task DeleteDueAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        _due.TryRemove((entry.DueUtc, entry.UserKey), out _);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DueEntry>> QueryDueAsync(DateTimeOffset upToUtc, int max, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DueEntry>>(_due.Values.Where(d => d.Entry.DueUtc <= upToUtc)
            .OrderBy(d => d.Entry.DueUtc).ThenBy(d => d.Spread, StringComparer.Ordinal)
            .ThenBy(d => d.Entry.UserKey, StringComparer.Ordinal).Take(max).Select(d => d.Entry).ToList());

    public Task CheckHealthAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task WriteHealthAsync(DateTimeOffset writtenUtc, CancellationToken cancellationToken)
    {
        HealthWrittenUtc = writtenUtc;
        return Task.CompletedTask;
    }

    /// <summary>When the health row was last written; for tests.</summary>
    public DateTimeOffset? HealthWrittenUtc { get; private set; }

    /// <summary>How many users have a record; for tests.</summary>
    public int Count => _records.Count;
}
