using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CoachBot.Storage.Sqlite;

/// <summary>
/// A write transaction (<c>BEGIN IMMEDIATE</c>) whose wait for the lock is bounded and cancellable. SQLite's busy handler
/// sleeps inside the native call, where no cancellation reaches it, and Microsoft.Data.Sqlite retries a busy statement
/// until its own command timeout on top; so the lock is asked for here with the busy handler off, and between tries
/// the caller waits asynchronously (SQLite's own schedule: 1, 2, 5, 10... up to 100 ms).
/// Rolled back on dispose unless committed, so a connection never goes back to the pool inside a transaction.
/// Statements run on the connection in between belong to the transaction.
/// </summary>
internal sealed class SqliteWriteLock : IDisposable
{
    private static readonly int[] DelaysMs = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100];

    private readonly SqliteConnection _connection;
    private bool _open = true;

    private SqliteWriteLock(SqliteConnection connection) => _connection = connection;

    /// <exception cref="SqliteException">Another writer held the lock for all of <paramref name="busyTimeout"/> (SQLITE_BUSY),
    /// or the database cannot be written at all (SQLITE_READONLY, SQLITE_FULL...).</exception>
    /// <exception cref="OperationCanceledException">The caller gave up first.</exception>
    public static async Task<SqliteWriteLock> AcquireAsync(SqliteConnection connection, TimeSpan busyTimeout,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var rc = raw.sqlite3_exec(connection.Handle, "BEGIN IMMEDIATE");
            if (rc == raw.SQLITE_OK) return new SqliteWriteLock(connection);
            if (rc is not (raw.SQLITE_BUSY or raw.SQLITE_LOCKED)) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
            var left = busyTimeout - Stopwatch.GetElapsedTime(started);
            if (left <= TimeSpan.Zero) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
            var delay = TimeSpan.FromMilliseconds(DelaysMs[Math.Min(attempt, DelaysMs.Length - 1)]);
            await Task.Delay(delay < left ? delay : left, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Commit()
    {
        var rc = raw.sqlite3_exec(_connection.Handle, "COMMIT");
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _connection.Handle);
        _open = false;
    }

    public void Dispose()
    {
        if (!_open) return;
        _open = false;
        // Nothing to roll back when SQLite already ended the transaction (it does on some errors).
        if (raw.sqlite3_get_autocommit(_connection.Handle) == 0) raw.sqlite3_exec(_connection.Handle, "ROLLBACK");
    }
}
