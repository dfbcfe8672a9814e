using System.Globalization;
using System.Text;
using CoachBot.BotFramework.State;

namespace CoachBot.Storage.Tests.Contract;

/// <summary>
/// What every <see cref="IUserStore"/> promises, run against each backend by a subclass. xunit makes a new instance
/// per test, so each test gets a fresh, empty store.
/// </summary>
public abstract class UserStoreContract : IAsyncLifetime
{
    private static readonly HistoryRow[] NoHistory = [];
    private IUserStore? _store;

    protected IUserStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");
    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>A new, empty store of the backend under test.</summary>
    protected abstract Task<IUserStore> CreateStoreAsync();

    /// <summary>Removes what <see cref="CreateStoreAsync"/> made (files, tables).</summary>
    protected virtual Task DeleteStoreAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => _store = await CreateStoreAsync();

    public Task DisposeAsync() => DeleteStoreAsync();

    [Fact]
    public async Task RecordRoundTripsWithANewETagOnEveryWrite()
    {
        Assert.Null(await Store.ReadAsync("teams:t1:u1", Ct));

        var first = await Store.WriteAsync("teams:t1:u1", """{"welcomed":true}""", null, NoHistory, Ct);
        var read = await Store.ReadAsync("teams:t1:u1", Ct);
        Assert.NotNull(read);
        Assert.Equal("teams:t1:u1", read.UserKey);
        Assert.Equal("""{"welcomed":true}""", read.Json);
        Assert.Equal(first, read.ETag);

        var second = await Store.WriteAsync("teams:t1:u1", """{"welcomed":false}""", first, NoHistory, Ct);
        Assert.NotEqual(first, second);
        read = await Store.ReadAsync("teams:t1:u1", Ct);
        Assert.Equal("""{"welcomed":false}""", read!.Json);
        Assert.Equal(second, read.ETag);
    }

    [Fact]
    public async Task StaleETagAndInsertWhenPresentBothConflict()
    {
        var first = await Store.WriteAsync("u", "1", null, NoHistory, Ct);
        var second = await Store.WriteAsync("u", "2", first, NoHistory, Ct);

        var stale = await Assert.ThrowsAsync<StoreConflictException>(() => Store.WriteAsync("u", "3", first, NoHistory, Ct).AsTask());
        Assert.Equal("u", stale.UserKey);
        await Assert.ThrowsAsync<StoreConflictException>(() => Store.WriteAsync("u", "4", null, NoHistory, Ct).AsTask());
        // An ETag for a record that does not exist is stale too.
        await Assert.ThrowsAsync<StoreConflictException>(() => Store.WriteAsync("nobody", "5", second, NoHistory, Ct).AsTask());

        var read = await Store.ReadAsync("u", Ct);
        Assert.Equal("2", read!.Json);
        Assert.Equal(second, read.ETag);
        Assert.Null(await Store.ReadAsync("nobody", Ct));
    }

    [Fact]
    public async Task AConflictingWriteAddsNoHistoryRows()
    {
        var first = await Store.WriteAsync("u", "1", null, [new HistoryRow("checkin|2027-01-04T09:00:00Z", """{"n":1}""")], Ct);
        await Store.WriteAsync("u", "2", first, NoHistory, Ct);

        await Assert.ThrowsAsync<StoreConflictException>(() =>
            Store.WriteAsync("u", "3", first, [new HistoryRow("checkin|2027-01-11T09:00:00Z", """{"n":2}""")], Ct).AsTask());
        await Assert.ThrowsAsync<StoreConflictException>(() =>
            Store.WriteAsync("u", "4", null, [new HistoryRow("checkin|2027-01-18T09:00:00Z", """{"n":3}""")], Ct).AsTask());

        var history = await Store.ReadHistoryAsync("u", Ct);
        Assert.Equal(["checkin|2027-01-04T09:00:00Z"], history.Select(h => h.RowId));
        Assert.Equal("2", (await Store.ReadAsync("u", Ct))!.Json);
    }

    [Fact]
    public async Task HistoryIsReadOldestFirstAndPerUser()
    {
        var etag = await Store.WriteAsync("u", "1", null,
            [new HistoryRow("checkin|2027-03-01T09:00:00Z", "march"), new HistoryRow("checkin|2027-01-01T09:00:00Z", "january")], Ct);
        await Store.WriteAsync("u", "2", etag, [new HistoryRow("checkin|2027-02-01T09:00:00Z", "february")], Ct);
        // Keys that share a prefix with "u" or would meet it after careless escaping keep their own history.
        await Store.WriteAsync("u1", "x", null, [new HistoryRow("checkin|2026-12-01T09:00:00Z", "other")], Ct);
        await Store.WriteAsync("u/", "x", null, [new HistoryRow("checkin|2026-12-02T09:00:00Z", "other")], Ct);

        var history = await Store.ReadHistoryAsync("u", Ct);
        Assert.Equal(["january", "february", "march"], history.Select(h => h.Json));
        Assert.Empty(await Store.ReadHistoryAsync("nobody", Ct));
    }

    // Well-formed text only: a lone surrogate cannot travel as UTF-8 (SQLite, Table Storage's JSON), and keys come from
    // Activity JSON, which System.Text.Json refuses to decode into one.
    private static readonly string[] HostileKeys =
    [
        "a/b", "a%2Fb", "a%2fb", "a\\b", "a#b", "a?b", "a%b", "%h", "%u0041",
        "tab\there", "new\nline", "nul\0byte", "del\u007Fc1\u0085\u009F", "\u0001\u001F",
        "emoji 😀 and 漢字", "trailing space ", "",
        new string('x', 1000), new string('/', 300), "msteams:29:1a-b_c.d=e+f@g",
    ];

    [Fact]
    public async Task HostileKeysRoundTripWithoutColliding()
    {
        var keys = HostileKeys.ToList();
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.Ordinal).Count());
        var due = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

        for (var i = 0; i < keys.Count; i++)
        {
            var etag = await Store.WriteAsync(keys[i], Json(i), null, [new HistoryRow("h|" + keys[i], Json(i))], Ct);
            await Store.UpsertDueAsync(new DueEntry(due, keys[i]), Ct);
            Assert.False(string.IsNullOrEmpty(etag));
        }
        for (var i = 0; i < keys.Count; i++)
        {
            var read = await Store.ReadAsync(keys[i], Ct);
            Assert.NotNull(read);
            Assert.Equal(Json(i), read.Json);
            Assert.Equal(keys[i], read.UserKey);
            var history = Assert.Single(await Store.ReadHistoryAsync(keys[i], Ct));
            Assert.Equal("h|" + keys[i], history.RowId);
        }
        var dueKeys = (await Store.QueryDueAsync(due, 1000, Ct)).Select(d => d.UserKey).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), dueKeys.Order(StringComparer.Ordinal));

        // Deleting one hostile key leaves its look-alikes alone.
        await Store.DeleteUserAsync("a/b", Ct);
        Assert.Null(await Store.ReadAsync("a/b", Ct));
        Assert.Equal(Json(keys.IndexOf("a%2Fb")), (await Store.ReadAsync("a%2Fb", Ct))!.Json);
        Assert.Equal(keys.Count - 1, (await Store.QueryDueAsync(due, 1000, Ct)).Count);

        static string Json(int i) => "{\"i\":" + i.ToString(CultureInfo.InvariantCulture) + "}";
    }

    [Theory]
    [InlineData(499_000, false)]
    [InlineData(499_000, true)]
    [InlineData(StoreLimits.MaxRecordChars, false)]
    public async Task RecordNearTheLimitRoundTrips(int chars, bool nonAscii)
    {
        var json = LargeJson(chars, nonAscii);
        Assert.Equal(chars, json.Length);
        var etag = await Store.WriteAsync("big", json, null, NoHistory, Ct);
        var read = await Store.ReadAsync("big", Ct);
        Assert.Equal(json, read!.Json);

        // And back to small: nothing of the large record is left behind.
        await Store.WriteAsync("big", "{}", etag, NoHistory, Ct);
        Assert.Equal("{}", (await Store.ReadAsync("big", Ct))!.Json);
    }

    [Fact]
    public async Task RecordOverTheLimitIsRefusedAndThePreviousOneKept()
    {
        var etag = await Store.WriteAsync("u", "{\"v\":1}", null, NoHistory, Ct);
        var tooLarge = LargeJson(StoreLimits.MaxRecordChars + 1, nonAscii: false);

        var ex = await Assert.ThrowsAsync<RecordTooLargeException>(() =>
            Store.WriteAsync("u", tooLarge, etag, [new HistoryRow("checkin|1", "{}")], Ct).AsTask());
        Assert.Equal(StoreLimits.MaxRecordChars + 1, ex.Chars);
        await Assert.ThrowsAsync<RecordTooLargeException>(() => Store.WriteAsync("new", tooLarge, null, NoHistory, Ct).AsTask());

        var read = await Store.ReadAsync("u", Ct);
        Assert.Equal("{\"v\":1}", read!.Json);
        Assert.Equal(etag, read.ETag);
        Assert.Empty(await Store.ReadHistoryAsync("u", Ct));
        Assert.Null(await Store.ReadAsync("new", Ct));
    }

    [Fact]
    public async Task ConcurrentReadModifyWriteLosesNoIncrement()
    {
        await Store.WriteAsync("counter", "0", null, NoHistory, Ct);
        var conflicts = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var done = 0; done < 20;)
            {
                var read = await Store.ReadAsync("counter", Ct);
                var next = int.Parse(read!.Json, CultureInfo.InvariantCulture) + 1;
                try
                {
                    await Store.WriteAsync("counter", next.ToString(CultureInfo.InvariantCulture), read.ETag, NoHistory, Ct);
                    done++;
                }
                catch (StoreConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }
        })));

        Assert.Equal("160", (await Store.ReadAsync("counter", Ct))!.Json);
    }

    [Fact]
    public async Task DueIndexIsOrderedByTimeThenSpreadAndHonoursMax()
    {
        var nine = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
        // Same minute at different seconds, same instant for two users, another offset, the next minute, the next day.
        DueEntry[] entries =
        [
            new(nine.AddDays(1), "later"),
            new(nine.AddSeconds(30), "b"),
            new(nine, "c"),
            new(nine, "a"),
            new(nine.AddMinutes(1), "d"),
            new(new DateTimeOffset(2027, 1, 4, 10, 0, 0, TimeSpan.FromHours(2)), "earlier-in-utc"), // 08:00Z
        ];
        foreach (var e in entries) await Store.UpsertDueAsync(e, Ct);
        await Store.UpsertDueAsync(new DueEntry(nine, "a"), Ct); // an upsert, not a second row

        // a and c share an instant: their order is that of their spread, whichever it is.
        string[] atNine = ["a", "c"];
        Array.Sort(atNine, (x, y) => string.CompareOrdinal(DueSpread.Of(x), DueSpread.Of(y)));
        var upToNineThirty = await Store.QueryDueAsync(nine.AddSeconds(30), 100, Ct);
        Assert.Equal(["earlier-in-utc", atNine[0], atNine[1], "b"], upToNineThirty.Select(d => d.UserKey));
        Assert.Equal(nine.AddHours(-1), upToNineThirty[0].DueUtc);
        Assert.Equal(nine.AddSeconds(30), upToNineThirty[3].DueUtc);

        Assert.Equal(["earlier-in-utc", atNine[0]], (await Store.QueryDueAsync(nine.AddDays(2), 2, Ct)).Select(d => d.UserKey));
        Assert.Equal(6, (await Store.QueryDueAsync(nine.AddDays(2), 100, Ct)).Count);
        Assert.Empty(await Store.QueryDueAsync(nine.AddHours(-2), 100, Ct));

        await Store.DeleteDueAsync(new DueEntry(nine, "a"), Ct);
        await Store.DeleteDueAsync(new DueEntry(nine, "a"), Ct); // deleting what is gone is fine
        await Store.DeleteDueAsync(new DueEntry(nine.AddSeconds(1), "c"), Ct); // another time: c's row stays
        Assert.Equal(["earlier-in-utc", "c", "b"], (await Store.QueryDueAsync(nine.AddSeconds(30), 100, Ct)).Select(d => d.UserKey));
    }

    [Fact]
    public async Task UsersDueAtOneInstantComeTenantsInterleaved()
    {
        var nine = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
        string[] tenants = ["tenant-a", "tenant-b", "tenant-c"];
        // Tenant by tenant, as a large tenant's users would be scheduled; one tenant-c user a minute earlier.
        foreach (var tenant in tenants)
        {
            for (var u = 0; u < 50; u++)
                await Store.UpsertDueAsync(new DueEntry(nine, $"msteams|{tenant}|29:user-{u:D2}"), Ct);
        }
        await Store.UpsertDueAsync(new DueEntry(nine.AddMinutes(-1), "msteams|tenant-c|29:early"), Ct);
        await Store.UpsertDueAsync(new DueEntry(nine.AddMinutes(1), "msteams|tenant-a|29:late"), Ct);

        var first = await Store.QueryDueAsync(nine.AddMinutes(5), 30, Ct);
        Assert.Equal(30, first.Count);
        Assert.Equal("msteams|tenant-c|29:early", first[0].UserKey);
        Assert.All(first.Skip(1), d => Assert.Equal(nine, d.DueUtc));
        Assert.Equal(tenants, first.Skip(1).Select(d => d.UserKey.Split('|')[1]).Distinct().Order(StringComparer.Ordinal));

        // The whole index: earliest first, and within the instant no tenant's users all before another's.
        var all = await Store.QueryDueAsync(nine.AddMinutes(5), 1000, Ct);
        Assert.Equal(152, all.Count);
        Assert.Equal(all.OrderBy(d => d.DueUtc).Select(d => d.DueUtc), all.Select(d => d.DueUtc));
        Assert.Equal("msteams|tenant-a|29:late", all[^1].UserKey);
        var instant = all.Skip(1).Take(150).Select(d => d.UserKey).ToList();
        Assert.Equal(instant.OrderBy(DueSpread.Of, StringComparer.Ordinal), instant);
        Assert.Equal(first.Select(d => d.UserKey), all.Take(30).Select(d => d.UserKey));
    }

    [Fact]
    public async Task DeleteUserRemovesRecordHistoryAndDueRows()
    {
        var due = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
        var etag = await Store.WriteAsync("gone", "1", null, [new HistoryRow("checkin|1", "{}"), new HistoryRow("checkin|2", "{}")], Ct);
        await Store.UpsertDueAsync(new DueEntry(due, "gone"), Ct);
        await Store.UpsertDueAsync(new DueEntry(due.AddDays(7), "gone"), Ct);
        await Store.WriteAsync("kept", "1", null, [new HistoryRow("checkin|1", "{}")], Ct);
        await Store.UpsertDueAsync(new DueEntry(due, "kept"), Ct);

        await Store.DeleteUserAsync("gone", Ct);
        await Store.DeleteUserAsync("gone", Ct); // twice is fine
        await Store.DeleteUserAsync("never-existed", Ct);

        Assert.Null(await Store.ReadAsync("gone", Ct));
        Assert.Empty(await Store.ReadHistoryAsync("gone", Ct));
        Assert.Equal(["kept"], (await Store.QueryDueAsync(due.AddDays(30), 100, Ct)).Select(d => d.UserKey));
        Assert.Single(await Store.ReadHistoryAsync("kept", Ct));

        // The user can start again, and an ETag read before the deletion does not match the new record.
        var fresh = await Store.WriteAsync("gone", "2", null, NoHistory, Ct);
        Assert.NotEqual(etag, fresh);
        await Assert.ThrowsAsync<StoreConflictException>(() => Store.WriteAsync("gone", "3", etag, NoHistory, Ct).AsTask());
        Assert.Empty(await Store.ReadHistoryAsync("gone", Ct));
    }

    [Fact]
    public async Task HealthCheckAnswers() => await Store.CheckHealthAsync(Ct);

    [Fact]
    public async Task TheHealthRowIsWrittenReadAndNoUser()
    {
        var now = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
        await Store.WriteHealthAsync(now, Ct);
        await Store.CheckHealthAsync(Ct);
        await Store.WriteHealthAsync(now.AddSeconds(30), Ct);
        await Store.CheckHealthAsync(Ct);

        foreach (var key in new[] { "%health", "health", "", "%25health", "state" })
        {
            Assert.Null(await Store.ReadAsync(key, Ct));
            Assert.Empty(await Store.ReadHistoryAsync(key, Ct));
        }
        Assert.Empty(await Store.QueryDueAsync(DateTimeOffset.MaxValue, 100, Ct));
        // A user whose key looks like the health row's is a user like any other.
        await Store.WriteAsync("%health", "{}", null, NoHistory, Ct);
        Assert.Equal("{}", (await Store.ReadAsync("%health", Ct))!.Json);
        await Store.WriteHealthAsync(now.AddSeconds(60), Ct);
        Assert.Equal("{}", (await Store.ReadAsync("%health", Ct))!.Json);
    }

    /// <summary>A JSON string of exactly <paramref name="chars"/> UTF-16 characters; non-ASCII mixes accents and emoji (surrogate pairs).</summary>
    private static string LargeJson(int chars, bool nonAscii)
    {
        var body = new StringBuilder(chars);
        body.Append('"');
        const string pattern = "é😀ü"; // 4 UTF-16 characters, 2 bytes each in UTF-8 on average
        while (body.Length < chars - 1)
        {
            if (nonAscii && body.Length + pattern.Length <= chars - 1) body.Append(pattern);
            else body.Append('a');
        }
        return body.Append('"').ToString();
    }
}
