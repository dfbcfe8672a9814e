using CoachBot.BotFramework.State;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace CoachBot.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file, so <c>dotnet run</c> works with nothing else running. Same contract as Table
/// Storage: every write is conditional on the version it read, and history rows commit in the same transaction.
/// A connection per call; Microsoft.Data.Sqlite pools them, so opening is cheap.
/// <para>
/// Bounded waits: a writer waits for another writer (this process or another instance) at most
/// <see cref="BusyTimeout"/>, asynchronously, and a cancelled call stops waiting at once (<see cref="SqliteWriteLock"/>).
/// Deleted words leave the disk: every connection runs with <c>secure_delete</c> (freed content is overwritten with
/// zeros), and a user's deletion truncates the WAL, whose old frames would otherwise keep copies of the deleted rows.
/// </para>
/// </summary>
public sealed class SqliteUserStore : IUserStore
{
    /// <summary>The longest a writer waits for the write lock unless configured: well inside the channel's 15 s.</summary>
    public static readonly TimeSpan DefaultBusyTimeout = TimeSpan.FromSeconds(8);

    /// <summary>The longest wait that may be configured (<c>Storage:Sqlite:BusyTimeout</c>).</summary>
    public static readonly TimeSpan MaxBusyTimeout = TimeSpan.FromSeconds(8);

    /// <summary>How long a deletion keeps trying to truncate the WAL while readers hold it.</summary>
    private static readonly TimeSpan CheckpointRetryFor = TimeSpan.FromSeconds(1);

    private readonly string _connectionString;
    private readonly SemaphoreSlim _initGate = new(1, 1);
    // This process's writers take SQLite's write lock one after another (see SqliteWriteLock).
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private volatile bool _initialized;
    // A deletion whose WAL could not be truncated (readers held it throughout): the next write tries again.
    private volatile bool _checkpointOwed;

    /// <param name="filePath">The database file; its folder and the file are created on first use.</param>
    /// <param name="busyTimeout">How long a writer waits for another writer; <see cref="DefaultBusyTimeout"/> when null.</param>
    public SqliteUserStore(string filePath, TimeSpan? busyTimeout = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(filePath);
        BusyTimeout = busyTimeout ?? DefaultBusyTimeout;
        if (BusyTimeout <= TimeSpan.Zero || BusyTimeout > MaxBusyTimeout)
            throw new ArgumentOutOfRangeException(nameof(busyTimeout), busyTimeout, $"The busy timeout must be above zero and at most {MaxBusyTimeout:c}.");
        FilePath = Path.GetFullPath(filePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Microsoft.Data.Sqlite retries a busy statement until this many seconds pass, whatever SQLite's own
            // busy_timeout says (its default of 30 made every wait 30 s). Writers take their lock through
            // SqliteWriteLock; this bounds the rare busy read (WAL recovery) the same way.
            DefaultTimeout = (int)Math.Ceiling(BusyTimeout.TotalSeconds),
        }.ToString();
    }

    /// <summary>The longest a writer waits for the write lock.</summary>
    public TimeSpan BusyTimeout { get; }

    /// <summary>The absolute path of the database file.</summary>
    public string FilePath { get; }

    public async ValueTask<StoredRecord?> ReadAsync(string userKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT json, etag FROM users WHERE key = $key";
        command.Parameters.AddWithValue("$key", userKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false)) return null;
        return new StoredRecord(userKey, reader.GetString(0), reader.GetString(1));
    }

    public async ValueTask<string> WriteAsync(string userKey, string json, string? expectedETag, IReadOnlyList<HistoryRow> history,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(history);
        if (json.Length > StoreLimits.MaxRecordChars) throw new RecordTooLargeException(userKey, json.Length);

        // A fresh random ETag, not a counter: a record deleted and created again must not match an ETag read before.
        var etag = Guid.NewGuid().ToString("N");
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        // The write lock up front (BEGIN IMMEDIATE), so two writers queue instead of failing when a read lock would
        // have to be upgraded.
        using var transaction = await SqliteWriteLock.AcquireAsync(connection, _writeGate, BusyTimeout, cancellationToken).ConfigureAwait(false);

        await using (var write = connection.CreateCommand())
        {
            write.CommandText = expectedETag is null
                ? "INSERT INTO users (key, json, etag) VALUES ($key, $json, $etag) ON CONFLICT (key) DO NOTHING"
                : "UPDATE users SET json = $json, etag = $etag WHERE key = $key AND etag = $expected";
            write.Parameters.AddWithValue("$key", userKey);
            write.Parameters.AddWithValue("$json", json);
            write.Parameters.AddWithValue("$etag", etag);
            if (expectedETag is not null) write.Parameters.AddWithValue("$expected", expectedETag);
            if (await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
                throw new StoreConflictException(userKey); // the transaction rolls back on dispose: nothing written
        }

        if (history.Count > 0)
        {
            await using var insert = connection.CreateCommand();
            // A row written twice (a turn retried after its commit) replaces itself instead of failing the turn.
            insert.CommandText = "INSERT OR REPLACE INTO history (user_key, row_id, json) VALUES ($key, $row, $json)";
            insert.Parameters.AddWithValue("$key", userKey);
            var row = insert.Parameters.Add("$row", SqliteType.Text);
            var rowJson = insert.Parameters.Add("$json", SqliteType.Text);
            foreach (var h in history)
            {
                row.Value = h.RowId;
                rowJson.Value = h.Json;
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        transaction.Commit();
        if (_checkpointOwed) await TruncateWalAsync(connection, retryFor: TimeSpan.Zero).ConfigureAwait(false);
        return etag;
    }

    public async Task<IReadOnlyList<HistoryRow>> ReadHistoryAsync(string userKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT row_id, json FROM history WHERE user_key = $key ORDER BY row_id";
        command.Parameters.AddWithValue("$key", userKey);
        var rows = new List<HistoryRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            rows.Add(new HistoryRow(reader.GetString(0), reader.GetString(1)));
        // SQLite orders by UTF-8 bytes; the contract (and the other backends) order by UTF-16 code units.
        rows.Sort((a, b) => string.CompareOrdinal(a.RowId, b.RowId));
        return rows;
    }

    public async Task DeleteUserAsync(string userKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using (var transaction = await SqliteWriteLock.AcquireAsync(connection, _writeGate, BusyTimeout, cancellationToken).ConfigureAwait(false))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                DELETE FROM users WHERE key = $key;
                DELETE FROM history WHERE user_key = $key;
                DELETE FROM due WHERE user_key = $key;
                """;
            command.Parameters.AddWithValue("$key", userKey);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            transaction.Commit();
        }
        // The rows are gone (and zeroed, secure_delete); older copies of their pages are still frames of the WAL until
        // it is checkpointed and truncated. The deletion is committed: this part is not cut short by the caller.
        await TruncateWalAsync(connection, CheckpointRetryFor).ConfigureAwait(false);
    }

    /// <summary>
    /// Copies the WAL into the database and truncates it to zero bytes. Readers that hold an older snapshot keep it
    /// from completing; it is tried again for <paramref name="retryFor"/>, and then by the next write.
    /// </summary>
    private async Task TruncateWalAsync(SqliteConnection connection, TimeSpan retryFor)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var delay = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            try
            {
                await using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
                await using var reader = await checkpoint.ExecuteReaderAsync().ConfigureAwait(false);
                // One row: busy (1 when it could not complete), frames in the WAL, frames checkpointed.
                if (await reader.ReadAsync().ConfigureAwait(false) && reader.GetInt64(0) == 0)
                {
                    _checkpointOwed = false;
                    return;
                }
            }
            catch (SqliteException)
            {
                // Another connection checkpointing, or busy: the same as readers in the way. The write it follows is done.
            }
            if (System.Diagnostics.Stopwatch.GetElapsedTime(started) + delay > retryFor)
            {
                _checkpointOwed = true;
                return;
            }
            await Task.Delay(delay).ConfigureAwait(false);
            delay *= 2;
        }
    }

    public async Task UpsertDueAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // The spread is filled in when a row written by an older version (spread '') is upserted again.
        await ExecuteDueAsync("""
            INSERT INTO due (due_utc, user_key, spread) VALUES ($due, $key, $spread)
            ON CONFLICT (due_utc, user_key) DO UPDATE SET spread = excluded.spread WHERE spread <> excluded.spread
            """, entry, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteDueAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await ExecuteDueAsync("DELETE FROM due WHERE due_utc = $due AND user_key = $key", entry, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DueEntry>> QueryDueAsync(DateTimeOffset upToUtc, int max, CancellationToken cancellationToken)
    {
        if (max <= 0) return [];
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT due_utc, user_key FROM due WHERE due_utc <= $upTo ORDER BY due_utc, spread, user_key LIMIT $max";
        command.Parameters.AddWithValue("$upTo", upToUtc.UtcTicks);
        command.Parameters.AddWithValue("$max", max);
        var due = new List<DueEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            due.Add(new DueEntry(new DateTimeOffset(reader.GetInt64(0), TimeSpan.Zero), reader.GetString(1)));
        return due;
    }

    public async Task CheckHealthAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT written_utc FROM health WHERE id = 1";
        await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task WriteHealthAsync(DateTimeOffset writtenUtc, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await SqliteWriteLock.AcquireAsync(connection, _writeGate, BusyTimeout, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO health (id, written_utc) VALUES (1, $written)
            ON CONFLICT (id) DO UPDATE SET written_utc = excluded.written_utc
            """;
        command.Parameters.AddWithValue("$written", writtenUtc.UtcTicks);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        transaction.Commit();
    }

    private async Task ExecuteDueAsync(string sql, DueEntry entry, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var transaction = await SqliteWriteLock.AcquireAsync(connection, _writeGate, BusyTimeout, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        // Ticks, not text: the index orders by instant whatever offset the caller used.
        command.Parameters.AddWithValue("$due", entry.DueUtc.UtcTicks);
        command.Parameters.AddWithValue("$key", entry.UserKey);
        if (sql.Contains("$spread", StringComparison.Ordinal))
            command.Parameters.AddWithValue("$spread", DueSpread.Of(entry.UserKey));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        transaction.Commit();
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized) await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var pragma = connection.CreateCommand();
            // Per connection. SQLite's own busy handler would block the thread and ignore cancellation: writers wait in
            // SqliteWriteLock instead. secure_delete overwrites deleted content with zeros, so freed pages keep no words.
            pragma.CommandText = "PRAGMA busy_timeout = 0; PRAGMA secure_delete = ON;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Files made before the due index interleaved tenants have no <c>spread</c> column: adds it, and fills it for rows
    /// that lack it (those rows and rows an older instance still writes), then the index the due query reads.
    /// </summary>
    private async Task UpgradeDueAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        using var transaction = await SqliteWriteLock.AcquireAsync(connection, _writeGate, BusyTimeout, cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM pragma_table_info('due') WHERE name = 'spread'";
        if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
        {
            command.CommandText = "ALTER TABLE due ADD COLUMN spread TEXT NOT NULL DEFAULT ''";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // The hash is computed here, not in SQL, so every backend sorts by the same value.
        command.CommandText = "SELECT due_utc, user_key FROM due WHERE spread = ''";
        var missing = new List<(long Due, string Key)>();
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                missing.Add((reader.GetInt64(0), reader.GetString(1)));
        }
        if (missing.Count > 0)
        {
            await using var update = connection.CreateCommand();
            update.CommandText = "UPDATE due SET spread = $spread WHERE due_utc = $due AND user_key = $key";
            var spread = update.Parameters.Add("$spread", SqliteType.Text);
            var due = update.Parameters.Add("$due", SqliteType.Integer);
            var key = update.Parameters.Add("$key", SqliteType.Text);
            foreach (var row in missing)
            {
                (spread.Value, due.Value, key.Value) = (DueSpread.Of(row.Key), row.Due, row.Key);
                await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        command.CommandText = "CREATE INDEX IF NOT EXISTS due_by_time_spread ON due (due_utc, spread, user_key)";
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        transaction.Commit();
    }

    /// <summary>Creates the folder, the file and the schema, once per store.</summary>
    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _initGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialized) return;
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            // The schema: the first instance to start on a new file makes it; others find it made (IF NOT EXISTS).
            // The health row lives in a table of its own, so it can never be read as a user.
            // WAL: readers do not block the writer; the setting is kept in the file. Records are large (up to 1 MB),
            // so users and history are rowid tables; the small due rows are clustered by time (WITHOUT ROWID).
            command.CommandText = $"""
                PRAGMA busy_timeout = {(int)BusyTimeout.TotalMilliseconds};
                PRAGMA secure_delete = ON;
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS users (
                    key  TEXT NOT NULL PRIMARY KEY,
                    json TEXT NOT NULL,
                    etag TEXT NOT NULL
                );
                CREATE TABLE IF NOT EXISTS history (
                    user_key TEXT NOT NULL,
                    row_id   TEXT NOT NULL,
                    json     TEXT NOT NULL,
                    PRIMARY KEY (user_key, row_id)
                );
                CREATE TABLE IF NOT EXISTS due (
                    due_utc  INTEGER NOT NULL,
                    user_key TEXT NOT NULL,
                    spread   TEXT NOT NULL DEFAULT '',
                    PRIMARY KEY (due_utc, user_key)
                ) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS due_by_user ON due (user_key);
                CREATE TABLE IF NOT EXISTS health (
                    id          INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
                    written_utc INTEGER NOT NULL
                );
                """;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await UpgradeDueAsync(connection, cancellationToken).ConfigureAwait(false);
            _initialized = true;
        }
        finally
        {
            _initGate.Release();
        }
    }
}
