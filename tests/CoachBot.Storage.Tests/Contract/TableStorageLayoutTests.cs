using Azure.Data.Tables;
using CoachBot.BotFramework.State;
using CoachBot.Storage.Tables;

namespace CoachBot.Storage.Tests.Contract;

/// <summary>How the Table Storage backend lays a record out, read back through the plain SDK.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TableStorageLayoutTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private readonly string _prefix = "l" + Guid.NewGuid().ToString("N")[..12];
    private TableServiceClient Service => new(azurite.ConnectionString);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await Service.DeleteTableAsync(_prefix + "users");
        await Service.DeleteTableAsync(_prefix + "due");
    }

    [Fact]
    public async Task ALargeRecordIsSplitIntoStringPropertiesOfAtMost32000Characters()
    {
        var store = TableUserStore.FromConnectionString(azurite.ConnectionString, _prefix);
        // Emoji only: every chunk boundary could fall inside a surrogate pair.
        var json = string.Concat(Enumerable.Repeat("😀", 249_999)) + "x";
        await store.WriteAsync("a/b", json, null, [new HistoryRow("checkin|2027-01-04", "{}")], CancellationToken.None);

        var entity = (await Service.GetTableClient(_prefix + "users").GetEntityAsync<TableEntity>("a%2Fb", "state")).Value;
        var chunks = entity.GetInt32("chunks")!.Value;
        var parts = Enumerable.Range(0, chunks).Select(i => entity.GetString("json" + i)!).ToList();
        Assert.All(parts, p => Assert.InRange(p.Length, 1, 32_000));
        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1]) && p != parts[^1]));
        Assert.Equal(json, string.Concat(parts));
        Assert.Equal(json, (await store.ReadAsync("a/b", CancellationToken.None))!.Json);

        var history = await Service.GetTableClient(_prefix + "users").GetEntityAsync<TableEntity>("a%2Fb", "history|checkin|2027-01-04");
        Assert.Equal("checkin|2027-01-04", history.Value.GetString("rowId"));
    }

    [Fact]
    public async Task DueRowsCarryTheSpreadAndRowsWrittenBeforeItAreStillReadAndDeleted()
    {
        var store = TableUserStore.FromConnectionString(azurite.ConnectionString, _prefix);
        var ct = CancellationToken.None;
        var nine = new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);
        var ticks = nine.UtcTicks.ToString("D19", System.Globalization.CultureInfo.InvariantCulture);
        await store.UpsertDueAsync(new DueEntry(nine, "msteams|t1|a/b"), ct);

        var due = Service.GetTableClient(_prefix + "due");
        var users = Service.GetTableClient(_prefix + "users");
        var row = Assert.Single(due.Query<TableEntity>(e => e.PartitionKey == "202701040900"));
        Assert.Equal(ticks + "~" + DueSpread.Of("msteams|t1|a/b") + "|msteams|t1|a%2Fb", row.RowKey);

        // Two rows as the previous version wrote them: RowKey <ticks>|<escaped key>, and their pointers.
        foreach (var key in new[] { "msteams|t2|old-1", "msteams|t2|old-2" })
        {
            await users.UpsertEntityAsync(new TableEntity(TableKeys.Escape(key), "due|" + ticks), cancellationToken: ct);
            await due.UpsertEntityAsync(new TableEntity("202701040900", ticks + "|" + TableKeys.Escape(key))
            {
                ["userKey"] = key,
                ["dueTicks"] = nine.UtcTicks,
            }, cancellationToken: ct);
        }
        var all = await store.QueryDueAsync(nine, 10, ct);
        Assert.Equal(["msteams|t1|a/b", "msteams|t2|old-1", "msteams|t2|old-2"], all.Select(d => d.UserKey).Order(StringComparer.Ordinal));
        Assert.All(all, d => Assert.Equal(nine, d.DueUtc));

        await store.DeleteDueAsync(new DueEntry(nine, "msteams|t2|old-1"), ct);
        await store.DeleteUserAsync("msteams|t2|old-2", ct);
        Assert.Equal(["msteams|t1|a/b"], (await store.QueryDueAsync(nine, 10, ct)).Select(d => d.UserKey));
        Assert.Equal([row.RowKey], due.Query<TableEntity>().Select(e => e.RowKey));
    }

    [Fact]
    public async Task TablesAreCreatedOnceEvenWhenManyCallsStartTogether()
    {
        var store = TableUserStore.FromConnectionString(azurite.ConnectionString, _prefix);
        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => store.WriteAsync("u" + i, "{}", null, [], CancellationToken.None).AsTask()));
        var names = new List<string>();
        await foreach (var table in Service.QueryAsync(t => t.Name.CompareTo(_prefix) >= 0)) names.Add(table.Name);
        Assert.Contains(_prefix + "users", names);
        Assert.Contains(_prefix + "due", names);
    }
}
