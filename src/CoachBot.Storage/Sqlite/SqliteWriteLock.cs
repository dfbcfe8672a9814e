using System.Diagnostics;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CoachBot.Storage.Sqlite;

/// <summary>
/// A write transaction (<c>BEGIN IMMEDIATE</c>) whose wait for the lock is bounded and cancellable. SQLite's busy handler
/// sleeps inside the native call, where no cancellation reaches it, and Microsoft.Data.Sqlite retries a busy statement
/// until its own command timeout on top; so the wait happens here:
/// <list type="bullet">
/// <item>writers of this process queue on the store's gate, in order (retrying against each other would let a newcomer
/// take the lock again and again from one that waits, and starve it);</item>
/// <item>then the lock is asked for with the busy handler off, and while another process holds it the caller waits
/// asynchronously between tries (SQLite's own schedule: 1, 2, 5, 10... up to 100 ms).</item>
/// </list>
/// Both together take at most the busy timeout. Rolled back on dispose unless committed, so a connection never goes back
/// to the pool inside a transaction; statements run on the connection in between belong to the transaction.
/// </summary>
internal sealed class SqliteWriteLock : IDisposable
{
    private static readonly int[] DelaysMs = [1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100];

    private readonly SqliteConnection _connection;
    private readonly SemaphoreSlim _gate;
    private bool _open = true;
    private bool _released;

    private SqliteWriteLock(SqliteConnection connection, SemaphoreSlim gate)
    {
        _connection = connection;
        _gate = gate;
    }

    /// <param name="gate">The store's one-writer-at-a-time gate for this process.</param>
    /// <exception cref="SqliteException">The lock was not had within <paramref name="busyTimeout"/> (SQLITE_BUSY), or the
    /// database cannot be written at all (SQLITE_READONLY, SQLITE_FULL...).</exception>
    /// <exception cref="OperationCanceledException">The caller gave up first.</exception>
    public static async Task<SqliteWriteLock> AcquireAsync(SqliteConnection connection, SemaphoreSlim gate, TimeSpan busyTimeout,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        if (!await gate.WaitAsync(busyTimeout, cancellationToken).ConfigureAwait(false))
            throw new SqliteException("SQLite Error 5: 'database is locked' (another writer of this process held it throughout).", raw.SQLITE_BUSY);
        try
        {
            for (var attempt = 0; ; attempt++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var rc = raw.sqlite3_exec(connection.Handle, "BEGIN IMMEDIATE");
                if (rc == raw.SQLITE_OK) return new SqliteWriteLock(connection, gate);
                // Extended codes (SQLITE_BUSY_RECOVERY...) carry the primary code in the low byte.
                if ((rc & 0xFF) is not (raw.SQLITE_BUSY or raw.SQLITE_LOCKED)) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
                var left = busyTimeout - Stopwatch.GetElapsedTime(started);
                if (left <= TimeSpan.Zero) SqliteException.ThrowExceptionForRC(rc, connection.Handle);
                var delay = TimeSpan.FromMilliseconds(DelaysMs[Math.Min(attempt, DelaysMs.Length - 1)]);
                await Task.Delay(delay < left ? delay : left, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            gate.Release();
            throw;
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
        if (_released) return;
        _released = true;
        try
        {
            // Nothing to roll back when SQLite already ended the transaction (it does on some errors).
            if (_open && raw.sqlite3_get_autocommit(_connection.Handle) == 0) raw.sqlite3_exec(_connection.Handle, "ROLLBACK");
        }
        finally
        {
            _open = false;
            _gate.Release();
        }
    }
}
