using CoachBot.BotFramework.State;
using CoachBot.Hosting;
using CoachBot.Storage;
using CoachBot.Storage.Sqlite;
using CoachBot.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.Hosting;

public class StorageServicesTests
{
    [Fact]
    public void WithNoConfigurationTheStoreIsSqliteAtDataCoachbotDb()
    {
        using var services = Build([]);
        var store = Assert.IsType<SqliteUserStore>(services.GetRequiredService<IUserStore>());
        Assert.Equal(Path.GetFullPath(Path.Combine("data", "coachbot.db")), store.FilePath);
    }

    [Fact]
    public void EnvironmentStyleKeysPickTheBackend()
    {
        using var tables = Build(new() { ["Storage:AzureTables:ConnectionString"] = "UseDevelopmentStorage=true" });
        Assert.IsType<TableUserStore>(tables.GetRequiredService<IUserStore>());

        using var memory = Build(new() { ["Storage:Provider"] = "Memory" });
        Assert.IsType<MemoryUserStore>(memory.GetRequiredService<IUserStore>());
    }

    [Fact]
    public void AWrongProviderFailsWhileTheHostIsBuiltNamingTheKey()
    {
        var ex = Assert.Throws<StorageConfigurationException>(() => Build(new() { ["Storage:Provider"] = "Cosmos" }));
        Assert.Contains("Storage:Provider", ex.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddCoachBotStorage(configuration).BuildServiceProvider();
    }
}
