namespace CoachBot.BotFramework.State;

/// <summary>One user's record as stored: its JSON and the version (ETag) it was read at.</summary>
public sealed record StoredRecord(string UserKey, string Json, string ETag);

/// <summary>An append-only row kept beside the user's record (check-in history), in the same partition.</summary>
/// <param name="RowId">Unique within the user, sortable by time, e.g. <c>checkin|2027-01-04T09:00:00Z</c>.</param>
public sealed record HistoryRow(string RowId, string Json);

/// <summary>A row of the due-check-in index: user <paramref name="UserKey"/> has something due at <paramref name="DueUtc"/>.</summary>
public sealed record DueEntry(DateTimeOffset DueUtc, string UserKey);

/// <summary>
/// Where user records live. The contract every backend keeps (and the contract tests check):
/// optimistic concurrency on every write, history rows written in the same transaction as the record,
/// records over <see cref="StoreLimits.MaxRecordChars"/> refused, any string accepted as a user key.
/// </summary>
public interface IUserStore
{
    /// <summary>The user's record, or null when the user has none.</summary>
    ValueTask<StoredRecord?> ReadAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the record if it is still at <paramref name="expectedETag"/> (null: only if it does not exist yet),
    /// together with <paramref name="history"/> rows, all or nothing. Returns the new ETag.
    /// </summary>
    /// <exception cref="StoreConflictException">The record changed (or appeared) since it was read.</exception>
    /// <exception cref="RecordTooLargeException">The record passes the size limit; nothing is written.</exception>
    ValueTask<string> WriteAsync(string userKey, string json, string? expectedETag, IReadOnlyList<HistoryRow> history,
        CancellationToken cancellationToken);

    /// <summary>The user's history rows, oldest first.</summary>
    Task<IReadOnlyList<HistoryRow>> ReadHistoryAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Removes every row that belongs to the user: record, history and due-index rows.</summary>
    Task DeleteUserAsync(string userKey, CancellationToken cancellationToken);

    /// <summary>Adds or replaces a due-index row. A stale row is harmless: the scheduler re-reads the record.</summary>
    Task UpsertDueAsync(DueEntry entry, CancellationToken cancellationToken);

    Task DeleteDueAsync(DueEntry entry, CancellationToken cancellationToken);

    /// <summary>Due-index rows due at or before <paramref name="upToUtc"/>, earliest first, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<DueEntry>> QueryDueAsync(DateTimeOffset upToUtc, int max, CancellationToken cancellationToken);

    /// <summary>Reads the health row (one cheap read that needs the backend and its credentials); throws when it cannot.</summary>
    Task CheckHealthAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Writes the health row: one small row kept apart from the users (no user key reads it, no query returns it), so
    /// readiness can tell a store that still reads but no longer writes (read-only file, full disk). Throws when it cannot.
    /// </summary>
    Task WriteHealthAsync(DateTimeOffset writtenUtc, CancellationToken cancellationToken);
}

public static class StoreLimits
{
    /// <summary>
    /// The largest record JSON, in UTF-16 characters, that any backend accepts. Table Storage holds at most
    /// 1 MiB per entity with strings counted as UTF-16; 500,000 characters leave room for keys and property overhead.
    /// </summary>
    public const int MaxRecordChars = 500_000;
}

/// <summary>The record changed since it was read (HTTP 412 in Table Storage terms).</summary>
/// <remarks>The message leaves the user key out: exceptions end up in logs, which outlive a deletion.</remarks>
public sealed class StoreConflictException(string userKey)
    : Exception("The user's record changed since it was read.")
{
    public string UserKey { get; } = userKey;
}

/// <summary>
/// The backend did not answer within the bounds it was configured with (a hung endpoint, a timed-out attempt): a failed
/// dependency, not a cancellation by the caller.
/// </summary>
public sealed class StoreUnavailableException(string message, Exception inner) : Exception(message, inner);

/// <remarks>The message leaves the user key out: exceptions end up in logs, which outlive a deletion.</remarks>
public sealed class RecordTooLargeException(string userKey, int chars)
    : Exception($"The user's record is {chars} characters; the limit is {StoreLimits.MaxRecordChars}.")
{
    public string UserKey { get; } = userKey;
    public int Chars { get; } = chars;
}
