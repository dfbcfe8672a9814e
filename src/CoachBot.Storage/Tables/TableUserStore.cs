using System.Globalization;
using Azure;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using CoachBot.BotFramework.State;

namespace CoachBot.Storage.Tables;

/// <summary>
/// User records in Azure Table Storage. One partition per user (the escaped user key) holds:
/// <list type="bullet">
/// <item><c>state</c>: the record JSON in chunks; its ETag is the record's ETag.</item>
/// <item><c>history|&lt;row id&gt;</c>: history rows, written in the same entity-group transaction as the state.</item>
/// <item><c>due|&lt;ticks&gt;</c>: a pointer to each due-index row of the user, so deleting the user finds them.</item>
/// </list>
/// The due index is a second table partitioned by UTC minute (<c>yyyyMMddHHmm</c>), RowKey
/// <c>&lt;ticks&gt;~&lt;spread&gt;|&lt;escaped user key&gt;</c>, so a query for "due by now" reads partitions in time
/// order, and the users due at one instant in the order of <see cref="DueSpread"/>, tenants interleaved.
/// Rows written before the spread have RowKey <c>&lt;ticks&gt;|&lt;escaped user key&gt;</c>: they are still read (the
/// query reads the properties, and '|' sorts before '~', so they keep their place in time), and every delete removes
/// both forms, since the pointer does not say which one a row has. Once the rows of that version have come due (a
/// week for a weekly schedule), the legacy delete finds nothing; it can then go.
/// </summary>
public sealed class TableUserStore : IUserStore
{
    private const string StateRow = "state";
    private const string HistoryPrefix = "history|";
    private const string DuePointerPrefix = "due|";
    // No escaped user key is "%health" (an escape is %XX, %uXXXX or %h and 64 hex digits), so no user reads this row.
    private const string HealthPartition = "%health";
    private const string HealthRow = "health";
    private const int MaxTransactionActions = 100;

    private readonly TableClient _users;
    private readonly TableClient _due;
    private readonly SemaphoreSlim _createGate = new(1, 1);
    private volatile bool _tablesExist;

    public TableUserStore(TableServiceClient service, string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(service);
        ValidatePrefix(tablePrefix);
        _users = service.GetTableClient(tablePrefix + "users");
        _due = service.GetTableClient(tablePrefix + "due");
    }

    /// <summary>From a connection string: <c>UseDevelopmentStorage=true</c> (Azurite) or an account's full string.</summary>
    public static TableUserStore FromConnectionString(string connectionString, string tablePrefix, TableStoreTimeouts? timeouts = null) =>
        new(new TableServiceClient(connectionString, (timeouts ?? TableStoreTimeouts.Default).ToClientOptions()), tablePrefix);

    /// <summary>From the table endpoint, signed in as the app's managed identity (or the developer's Azure login).</summary>
    public static TableUserStore FromEndpoint(Uri endpoint, string tablePrefix, TokenCredential? credential = null,
        TableStoreTimeouts? timeouts = null) =>
        new(new TableServiceClient(endpoint, credential ?? new DefaultAzureCredential(), (timeouts ?? TableStoreTimeouts.Default).ToClientOptions()),
            tablePrefix);

    public string UsersTableName => _users.Name;
    public string DueTableName => _due.Name;

    /// <summary>Table names are 3-63 letters and digits starting with a letter; the prefix leaves room for the suffixes.</summary>
    public static void ValidatePrefix(string tablePrefix)
    {
        ArgumentNullException.ThrowIfNull(tablePrefix);
        if (tablePrefix.Length is < 1 or > 58 || !char.IsAsciiLetter(tablePrefix[0]) || !tablePrefix.All(char.IsAsciiLetterOrDigit))
            throw new ArgumentException(
                $"The table prefix '{tablePrefix}' must be 1-58 letters or digits, starting with a letter.", nameof(tablePrefix));
    }

    private async Task<StoredRecord?> ReadCoreAsync(string userKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var response = await _users.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(userKey), StateRow,
            cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue) return null;
        return new StoredRecord(userKey, JsonChunks.Read(response.Value!), response.Value!.ETag.ToString());
    }

    private async Task<string> WriteCoreAsync(string userKey, string json, string? expectedETag, IReadOnlyList<HistoryRow> history,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(history);
        if (json.Length > StoreLimits.MaxRecordChars) throw new RecordTooLargeException(userKey, json.Length);
        if (history.Count >= MaxTransactionActions)
            throw new ArgumentException($"At most {MaxTransactionActions - 1} history rows fit in one write.", nameof(history));
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);

        var partition = TableKeys.Escape(userKey);
        var state = new TableEntity(partition, StateRow);
        JsonChunks.Write(state, json);
        // Replace, not merge: a shorter record has fewer chunks, and merge would keep the stale ones.
        var etag = expectedETag is null ? default : new ETag(expectedETag);
        try
        {
            if (history.Count == 0)
            {
                var response = expectedETag is null
                    ? await _users.AddEntityAsync(state, cancellationToken).ConfigureAwait(false)
                    : await _users.UpdateEntityAsync(state, etag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return NewETag(response);
            }

            var actions = new List<TableTransactionAction>(history.Count + 1)
            {
                expectedETag is null
                    ? new TableTransactionAction(TableTransactionActionType.Add, state)
                    : new TableTransactionAction(TableTransactionActionType.UpdateReplace, state, etag),
            };
            foreach (var row in history)
            {
                var entity = new TableEntity(partition, HistoryPrefix + TableKeys.Escape(row.RowId)) { ["rowId"] = row.RowId };
                JsonChunks.Write(entity, row.Json);
                // Upsert: a row written twice (a turn retried after its commit) replaces itself instead of failing the turn.
                actions.Add(new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity));
            }
            var results = await _users.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
            return NewETag(results.Value[0]);
        }
        catch (RequestFailedException ex) when (ex.Status is 404 or 409 or 412)
        {
            // 409: added but it exists; 412: changed since read; 404: deleted since read.
            throw new StoreConflictException(userKey);
        }
    }

    private async Task<IReadOnlyList<HistoryRow>> ReadHistoryCoreAsync(string userKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Escape(userKey);
        // '}' follows '|': this range is exactly the RowKeys that start with "history|".
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and RowKey ge {HistoryPrefix} and RowKey lt {"history}"}");
        var rows = new List<HistoryRow>();
        await foreach (var entity in _users.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
            rows.Add(new HistoryRow(entity.GetString("rowId") ?? "", JsonChunks.Read(entity)));
        // By the row id itself: an escaped or hashed RowKey does not keep the order of the ids.
        rows.Sort((a, b) => string.CompareOrdinal(a.RowId, b.RowId));
        return rows;
    }

    private async Task DeleteUserCoreAsync(string userKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userKey);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Escape(userKey);
        var rowKeys = new List<string>();
        await foreach (var entity in _users.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"),
                           select: ["RowKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
            rowKeys.Add(entity.RowKey);

        // Index rows first, their pointers with the rest of the partition after: an interrupted delete can be repeated.
        foreach (var rowKey in rowKeys.Where(k => k.StartsWith(DuePointerPrefix, StringComparison.Ordinal)))
        {
            var ticks = long.Parse(rowKey.AsSpan(DuePointerPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture);
            await DeleteDueRowsAsync(ticks, userKey, partition, cancellationToken).ConfigureAwait(false);
        }

        foreach (var batch in rowKeys.Chunk(MaxTransactionActions))
        {
            try
            {
                await _users.SubmitTransactionAsync(
                    batch.Select(rk => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, rk), ETag.All)),
                    cancellationToken).ConfigureAwait(false);
            }
            catch (TableTransactionFailedException ex) when (ex.Status == 404)
            {
                // Someone deleted a row meanwhile; one by one, a missing row is no failure.
                foreach (var rk in batch)
                    await _users.DeleteEntityAsync(partition, rk, ETag.All, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task UpsertDueCoreAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Escape(entry.UserKey);
        var ticks = entry.DueUtc.UtcTicks;
        // The pointer first: an index row the user's partition does not know of would survive the user's deletion.
        await _users.UpsertEntityAsync(new TableEntity(partition, DuePointerPrefix + Ticks(ticks)), TableUpdateMode.Replace,
            cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(Bucket(ticks), DueRowKey(ticks, entry.UserKey, partition))
        {
            ["userKey"] = entry.UserKey,
            ["dueTicks"] = ticks,
        };
        await _due.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    private async Task DeleteDueCoreAsync(DueEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var partition = TableKeys.Escape(entry.UserKey);
        var ticks = entry.DueUtc.UtcTicks;
        await DeleteDueRowsAsync(ticks, entry.UserKey, partition, cancellationToken).ConfigureAwait(false);
        await _users.DeleteEntityAsync(partition, DuePointerPrefix + Ticks(ticks), ETag.All, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<DueEntry>> QueryDueCoreAsync(DateTimeOffset upToUtc, int max, CancellationToken cancellationToken)
    {
        if (max <= 0) return [];
        await EnsureTablesAsync(cancellationToken).ConfigureAwait(false);
        var upTo = upToUtc.UtcTicks;
        // Every bucket up to upTo's minute, in PartitionKey then RowKey order: that is time order, then spread.
        // Rows past upTo can only be at the end of the last bucket, so the first `max` rows that qualify are the earliest.
        var filter = TableClient.CreateQueryFilter($"PartitionKey le {Bucket(upTo)}");
        var due = new List<DueEntry>();
        await foreach (var row in _due.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(max, 1000),
                           select: ["userKey", "dueTicks"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var ticks = row.GetInt64("dueTicks") ?? long.MaxValue;
            if (ticks > upTo) break;
            due.Add(new DueEntry(new DateTimeOffset(ticks, TimeSpan.Zero), row.GetString("userKey") ?? ""));
            if (due.Count == max) break;
        }
        return due;
    }

    public ValueTask<StoredRecord?> ReadAsync(string userKey, CancellationToken cancellationToken) =>
        new(Bounded(ct => ReadCoreAsync(userKey, ct), cancellationToken));

    public ValueTask<string> WriteAsync(string userKey, string json, string? expectedETag, IReadOnlyList<HistoryRow> history,
        CancellationToken cancellationToken) =>
        new(Bounded(ct => WriteCoreAsync(userKey, json, expectedETag, history, ct), cancellationToken));

    public Task<IReadOnlyList<HistoryRow>> ReadHistoryAsync(string userKey, CancellationToken cancellationToken) =>
        Bounded(ct => ReadHistoryCoreAsync(userKey, ct), cancellationToken);

    public Task DeleteUserAsync(string userKey, CancellationToken cancellationToken) =>
        Bounded(ct => DeleteUserCoreAsync(userKey, ct), cancellationToken);

    public Task UpsertDueAsync(DueEntry entry, CancellationToken cancellationToken) =>
        Bounded(ct => UpsertDueCoreAsync(entry, ct), cancellationToken);

    public Task DeleteDueAsync(DueEntry entry, CancellationToken cancellationToken) =>
        Bounded(ct => DeleteDueCoreAsync(entry, ct), cancellationToken);

    public Task<IReadOnlyList<DueEntry>> QueryDueAsync(DateTimeOffset upToUtc, int max, CancellationToken cancellationToken) =>
        Bounded(ct => QueryDueCoreAsync(upToUtc, max, ct), cancellationToken);

    public Task CheckHealthAsync(CancellationToken cancellationToken) =>
        Bounded(async ct =>
        {
            await EnsureTablesAsync(ct).ConfigureAwait(false);
            // A point read of the health row: one cheap round trip that needs the table and the credentials.
            await _users.GetEntityIfExistsAsync<TableEntity>(HealthPartition, HealthRow, select: ["RowKey"], ct).ConfigureAwait(false);
        }, cancellationToken);

    public Task WriteHealthAsync(DateTimeOffset writtenUtc, CancellationToken cancellationToken) =>
        Bounded(async ct =>
        {
            await EnsureTablesAsync(ct).ConfigureAwait(false);
            await _users.UpsertEntityAsync(new TableEntity(HealthPartition, HealthRow) { ["writtenUtc"] = writtenUtc }, TableUpdateMode.Replace, ct)
                .ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// A call that ran out of its configured time ends with a cancellation nobody asked for: to the caller that is a failed
    /// dependency (<see cref="StoreUnavailableException"/>), not its own cancellation.
    /// </summary>
    private static async Task<T> Bounded<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new StoreUnavailableException("Table Storage did not answer in time.", ex);
        }
    }

    private static Task Bounded(Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        Bounded(async ct =>
        {
            await call(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private async Task EnsureTablesAsync(CancellationToken cancellationToken)
    {
        if (_tablesExist) return;
        await _createGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_tablesExist) return;
            await _users.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            await _due.CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
            _tablesExist = true;
        }
        finally
        {
            _createGate.Release();
        }
    }

    /// <summary>The index row in both forms, side by side; DeleteEntity answers a missing row without throwing.</summary>
    private Task DeleteDueRowsAsync(long ticks, string userKey, string escapedUserKey, CancellationToken cancellationToken) =>
        Task.WhenAll(
            _due.DeleteEntityAsync(Bucket(ticks), DueRowKey(ticks, userKey, escapedUserKey), ETag.All, cancellationToken),
            _due.DeleteEntityAsync(Bucket(ticks), LegacyDueRowKey(ticks, escapedUserKey), ETag.All, cancellationToken));

    private static string NewETag(Response response) =>
        response.Headers.ETag?.ToString() ?? throw new InvalidOperationException("Table Storage answered a write without an ETag.");

    private static string Ticks(long ticks) => ticks.ToString("D19", CultureInfo.InvariantCulture);

    private static string Bucket(long ticks) =>
        new DateTime(ticks, DateTimeKind.Utc).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

    /// <summary>
    /// Time first, so rows of one bucket come in time order; then the spread, so one instant's users come tenants
    /// interleaved; the user key makes the row unique. '~' after the ticks, where the legacy form has '|', keeps the
    /// two forms from ever naming the same row.
    /// </summary>
    private static string DueRowKey(long ticks, string userKey, string escapedUserKey) =>
        Ticks(ticks) + "~" + DueSpread.Of(userKey) + "|" + escapedUserKey;

    /// <summary>The RowKey of rows written before the spread existed.</summary>
    private static string LegacyDueRowKey(long ticks, string escapedUserKey) => Ticks(ticks) + "|" + escapedUserKey;
}
