using CoachBot.TestSupport;
using System.Net;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Text;
using CoachBot.Host.Tests.Processes;
using CoachBot.Storage.Sqlite;
using CoachBot.Storage.Tables;
using Microsoft.Data.Sqlite;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// Issue 14.6: a dependency that does not answer must not keep the user without an answer past the channel's 15 s.
/// Each fault is real (a SQLite write lock held by a second connection, a private Azurite frozen with SIGSTOP) and the
/// bounds are configured small so the suite stays fast; the turn then answers with the apology. The guard of each test
/// is far above the configured bound and far below the unbounded wait it replaces.
/// </summary>
public sealed class BoundedWaitTests : IDisposable
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);
    private static readonly TextCatalog Texts = TextCatalog.Load(TextCatalog.DefaultDirectory);
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task AHeldSqliteLockIsWaitedOnlyTheConfiguredTime()
    {
        var file = Path.Combine(_folder.Path, "coachbot.db");
        await using var bot = await BotWithSettings.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = file,
            ["Storage:Sqlite:BusyTimeout"] = "00:00:00.500",
        });
        var user = BotWithSettings.NewUser();
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(bot.Message(user, "hi"))).StatusCode);

        await using var other = new SqliteConnection($"Data Source={file};Pooling=False");
        await other.OpenAsync();
        await using var hold = other.CreateCommand();
        hold.CommandText = "BEGIN IMMEDIATE";
        await hold.ExecuteNonQueryAsync();

        using var guard = new CancellationTokenSource(Guard);
        var response = await bot.PostAsync(bot.Message(user, "set a new goal"), cancellationToken: guard.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(bot.MessagesTo(user), a => a["text"]?.ToString() == Texts.Get(CoreTexts.Apology, "en-US"));
    }

    [Fact]
    public async Task AFrozenTableStorageIsWaitedOnlyTheConfiguredTime()
    {
        await using var azurite = await FreezableAzurite.StartAsync();
        await using var bot = await BotWithSettings.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureTables",
            ["Storage:AzureTables:ConnectionString"] = azurite.ConnectionString,
            ["Storage:AzureTables:TablePrefix"] = "frozen",
            ["Storage:AzureTables:NetworkTimeout"] = "00:00:00.500",
            ["Storage:AzureTables:MaxRetries"] = "1",
        });
        var user = BotWithSettings.NewUser();
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(bot.Message(user, "hi"))).StatusCode);

        azurite.Freeze();
        using var guard = new CancellationTokenSource(Guard);
        var response = await bot.PostAsync(bot.Message(user, "set a new goal"), cancellationToken: guard.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(bot.MessagesTo(user), a => a["text"]?.ToString() == Texts.Get(CoreTexts.Apology, "en-US"));
    }

    [Fact]
    public async Task ACancelledSqliteCallStopsWaitingForALock()
    {
        var file = Path.Combine(_folder.Path, "cancel.db");
        var store = new SqliteUserStore(file);
        var etag = await store.WriteAsync("u", "{}", null, [], default);
        await using var other = new SqliteConnection($"Data Source={file};Pooling=False");
        await other.OpenAsync();
        await using var hold = other.CreateCommand();
        hold.CommandText = "BEGIN IMMEDIATE";
        await hold.ExecuteNonQueryAsync();

        using var turn = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.WriteAsync("u", "{\"a\":1}", etag, [], turn.Token).AsTask());
    }

    [Fact]
    public async Task ACancelledTableCallStopsWaitingForAFrozenEndpoint()
    {
        await using var azurite = await FreezableAzurite.StartAsync();
        var store = TableUserStore.FromConnectionString(azurite.ConnectionString, "cancel");
        await store.WriteAsync("u", "{}", null, [], default);

        azurite.Freeze();
        using var turn = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ReadAsync("u", turn.Token).AsTask());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
