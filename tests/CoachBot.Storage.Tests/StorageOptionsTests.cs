using CoachBot.BotFramework.State;
using CoachBot.Storage.Sqlite;
using CoachBot.Storage.Tables;

namespace CoachBot.Storage.Tests;

public class StorageOptionsTests
{
    private const string Azurite = "UseDevelopmentStorage=true";

    [Fact]
    public void NothingSetMeansSqliteInDataBesideTheWorkingFolder()
    {
        var options = new StorageOptions();
        Assert.Equal(StorageProvider.Sqlite, options.ResolveProvider());
        Assert.Empty(options.FindProblems());
        var store = Assert.IsType<SqliteUserStore>(options.CreateStore());
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "data", "coachbot.db"), store.FilePath);
    }

    [Fact]
    public void ARelativeSqlitePathResolvesAgainstTheWorkingFolder()
    {
        var store = Assert.IsType<SqliteUserStore>(new StorageOptions { Sqlite = { Path = "state/bot.db" } }.CreateStore());
        Assert.Equal(Path.Combine(Environment.CurrentDirectory, "state", "bot.db"), store.FilePath);
    }

    [Theory]
    [InlineData(Azurite, null)]
    [InlineData(null, "https://account.table.core.windows.net")]
    public void ATableConnectionWithoutAProviderMeansAzureTables(string? connectionString, string? endpoint)
    {
        var options = new StorageOptions { AzureTables = { ConnectionString = connectionString, Endpoint = endpoint } };
        Assert.Equal(StorageProvider.AzureTables, options.ResolveProvider());
        var store = Assert.IsType<TableUserStore>(options.CreateStore());
        Assert.Equal("coachbotusers", store.UsersTableName);
        Assert.Equal("coachbotdue", store.DueTableName);
    }

    [Fact]
    public void AnExplicitProviderWinsOverATableConnection()
    {
        var options = new StorageOptions { Provider = "sqlite", AzureTables = { ConnectionString = Azurite } };
        Assert.IsType<SqliteUserStore>(options.CreateStore());
        Assert.IsType<MemoryUserStore>(new StorageOptions { Provider = "Memory" }.CreateStore());
        var tables = new StorageOptions { Provider = "AzureTables", AzureTables = { ConnectionString = Azurite, TablePrefix = "bot7" } }.CreateStore();
        Assert.Equal("bot7users", Assert.IsType<TableUserStore>(tables).UsersTableName);
    }

    [Theory]
    [InlineData("Postgres", null, null, null, "Storage:Provider")]
    [InlineData("AzureTables", null, null, null, "Storage:Provider")]
    [InlineData("AzureTables", Azurite, null, "has-dash", "Storage:AzureTables:TablePrefix")]
    [InlineData("AzureTables", Azurite, null, "1starts", "Storage:AzureTables:TablePrefix")]
    [InlineData(null, null, "not a url", null, "Storage:AzureTables:Endpoint")]
    [InlineData(null, null, "ftp://host/x", null, "Storage:AzureTables:Endpoint")]
    [InlineData(null, Azurite, "https://account.table.core.windows.net", null, "Storage:AzureTables:ConnectionString")]
    [InlineData(null, "AccountName=x;AccountKey=secretvalue", null, null, "Storage:AzureTables:ConnectionString")]
    public void AWrongSettingFailsNamingItsKey(string? provider, string? connectionString, string? endpoint, string? prefix, string key)
    {
        var options = new StorageOptions
        {
            Provider = provider, AzureTables = { ConnectionString = connectionString, Endpoint = endpoint, TablePrefix = prefix },
        };
        var ex = Assert.Throws<StorageConfigurationException>(() => options.CreateStore());
        Assert.Equal(key, ex.Key);
        Assert.Contains(key, ex.Message);
        Assert.DoesNotContain("secretvalue", ex.Message);
        var problem = Assert.Single(options.FindProblems());
        Assert.StartsWith(key, problem);
        Assert.DoesNotContain("secretvalue", problem);
    }

    [Fact]
    public void ASqlitePathThatIsAFolderFailsNamingTheKey()
    {
        var ex = Assert.Throws<StorageConfigurationException>(() =>
            new StorageOptions { Sqlite = { Path = Path.GetTempPath() } }.CreateStore());
        Assert.Equal("Storage:Sqlite:Path", ex.Key);
    }
}
