using CoachBot.BotFramework.State;
using CoachBot.Hosting;
using CoachBot.Storage.Sqlite;
using CoachBot.Storage.Tables;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Tests.Hosting;

/// <summary>The store, as the composition root builds it from the validated <c>Storage</c> section.</summary>
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

    [Theory]
    [InlineData("Storage:Provider", "Cosmos")]
    [InlineData("Storage:AzureTables:TablePrefix", "has-dash")]
    public void AWrongSettingFailsAtStartNamingTheKey(string key, string value)
    {
        var settings = new Dictionary<string, string?> { [key] = value };
        if (key != "Storage:Provider") settings["Storage:AzureTables:ConnectionString"] = "UseDevelopmentStorage=true";
        using var services = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(key, error.Message);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddCoachBot(configuration).BuildServiceProvider();
    }
}
