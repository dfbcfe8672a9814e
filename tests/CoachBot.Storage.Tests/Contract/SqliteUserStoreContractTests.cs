using CoachBot.BotFramework.State;
using CoachBot.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CoachBot.Storage.Tests.Contract;

/// <summary>The contract on a real SQLite file in a temporary folder that does not exist yet.</summary>
public sealed class SqliteUserStoreContractTests : UserStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "coachbot-sqlite-" + Guid.NewGuid().ToString("N"));

    protected override Task<IUserStore> CreateStoreAsync() =>
        Task.FromResult<IUserStore>(new SqliteUserStore(Path.Combine(_folder, "nested", "coachbot.db")));

    [Fact]
    public async Task AFileFromBeforeTheSpreadColumnIsUpgradedAndStillQueried()
    {
        var file = Path.Combine(_folder, "old.db");
        Directory.CreateDirectory(_folder);
        var nine = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
        string[] keys = [.. Enumerable.Range(0, 20).Select(i => $"msteams|tenant-{i % 2}|29:user-{i:D2}")];
        await using (var old = new SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await old.OpenAsync(Ct);
            await using var create = old.CreateCommand();
            // The schema as the previous version made it.
            create.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE users (key TEXT NOT NULL PRIMARY KEY, json TEXT NOT NULL, etag TEXT NOT NULL);
                CREATE TABLE history (user_key TEXT NOT NULL, row_id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (user_key, row_id));
                CREATE TABLE due (due_utc INTEGER NOT NULL, user_key TEXT NOT NULL, PRIMARY KEY (due_utc, user_key)) WITHOUT ROWID;
                CREATE INDEX due_by_user ON due (user_key);
                INSERT INTO users (key, json, etag) VALUES ('msteams|tenant-0|29:user-00', '{"v":1}', 'e1');
                """;
            await create.ExecuteNonQueryAsync(Ct);
            create.CommandText = "INSERT INTO due (due_utc, user_key) VALUES ($due, $key)";
            var due = create.Parameters.AddWithValue("$due", nine.UtcTicks);
            var key = create.Parameters.Add("$key", SqliteType.Text);
            foreach (var k in keys)
            {
                key.Value = k;
                await create.ExecuteNonQueryAsync(Ct);
            }
            due.Value = nine.AddMinutes(-1).UtcTicks;
            key.Value = "msteams|tenant-1|29:early";
            await create.ExecuteNonQueryAsync(Ct);
        }

        var store = new SqliteUserStore(file);
        var rows = await store.QueryDueAsync(nine, 100, Ct);
        Assert.Equal(
            ["msteams|tenant-1|29:early", .. keys.OrderBy(DueSpread.Of, StringComparer.Ordinal)],
            rows.Select(d => d.UserKey));
        Assert.Equal("{\"v\":1}", (await store.ReadAsync("msteams|tenant-0|29:user-00", Ct))!.Json);

        // The old rows behave like new ones: upserted without a second row, deleted with the user.
        await store.UpsertDueAsync(new DueEntry(nine, keys[3]), Ct);
        await store.DeleteDueAsync(new DueEntry(nine, keys[4]), Ct);
        await store.DeleteUserAsync(keys[5], Ct);
        Assert.Equal(keys.Length - 1, (await store.QueryDueAsync(nine, 100, Ct)).Count);

        await using var check = new SqliteConnection($"Data Source={file};Pooling=False");
        await check.OpenAsync(Ct);
        await using var command = check.CreateCommand();
        command.CommandText = "SELECT count(*) FROM due WHERE spread = ''";
        Assert.Equal(0L, await command.ExecuteScalarAsync(Ct));
        // The due query walks the new index instead of sorting every due row.
        command.CommandText = "EXPLAIN QUERY PLAN SELECT due_utc, user_key FROM due WHERE due_utc <= 1 ORDER BY due_utc, spread, user_key LIMIT 10";
        var plan = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Ct);
        while (await reader.ReadAsync(Ct)) plan.Add(reader.GetString(3));
        Assert.Contains(plan, p => p.Contains("due_by_time_spread", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, p => p.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AWriterWaitsForAHeldLockAtMostTheBusyTimeout()
    {
        var file = Path.Combine(_folder, "busy.db");
        var store = new SqliteUserStore(file, TimeSpan.FromMilliseconds(300));
        var etag = await store.WriteAsync("u", "{}", null, [], Ct);
        await using var other = new SqliteConnection($"Data Source={file};Pooling=False");
        await other.OpenAsync(Ct);
        await using var hold = other.CreateCommand();
        hold.CommandText = "BEGIN IMMEDIATE";
        await hold.ExecuteNonQueryAsync(Ct);
        // Only keeps a broken bound from hanging the suite: the bound itself is 300 ms.
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(20));

        var busy = await Assert.ThrowsAsync<SqliteException>(() => store.WriteAsync("u", "{\"a\":1}", etag, [], guard.Token).AsTask());

        Assert.Equal(5, busy.SqliteErrorCode); // SQLITE_BUSY
        Assert.False(guard.IsCancellationRequested);
        hold.CommandText = "ROLLBACK";
        await hold.ExecuteNonQueryAsync(Ct);
        // The lock released, the same write goes through: nothing was left half-done.
        await store.WriteAsync("u", "{\"a\":1}", etag, [], Ct);
        Assert.Equal("{\"a\":1}", (await store.ReadAsync("u", Ct))!.Json);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(9000)]
    public void ABusyTimeoutOutsideItsRangeIsRefused(int milliseconds) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SqliteUserStore(Path.Combine(_folder, "x.db"), TimeSpan.FromMilliseconds(milliseconds)));

    protected override Task DeleteStoreAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }
}
