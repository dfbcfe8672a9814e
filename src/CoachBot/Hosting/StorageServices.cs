using CoachBot.BotFramework.State;
using CoachBot.Storage;

namespace CoachBot.Hosting;

public static class StorageServices
{
    /// <summary>
    /// Picks the store from the <c>Storage</c> section: Sqlite (default), AzureTables or Memory. The settings are
    /// checked here, while the host is being built, so a wrong value stops start-up with its key named.
    /// </summary>
    public static IServiceCollection AddCoachBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ReadStorageOptions(configuration);
        var store = options.CreateStore();
        services.AddSingleton(options);
        services.AddSingleton<IUserStore>(store);
        services.AddSingleton(sp => new StorageHealth(sp.GetRequiredService<IUserStore>(), sp.GetService<TimeProvider>() ?? TimeProvider.System));
        return services;
    }

    public static StorageOptions ReadStorageOptions(IConfiguration configuration) => new()
    {
        Provider = configuration["Storage:Provider"],
        SqlitePath = configuration["Storage:Sqlite:Path"],
        TableConnectionString = configuration["Storage:AzureTables:ConnectionString"],
        TableEndpoint = configuration["Storage:AzureTables:Endpoint"],
        TablePrefix = configuration["Storage:AzureTables:TablePrefix"],
        SqliteBusyTimeout = configuration["Storage:Sqlite:BusyTimeout"],
        TableNetworkTimeout = configuration["Storage:AzureTables:NetworkTimeout"],
        TableMaxRetries = configuration["Storage:AzureTables:MaxRetries"],
    };
}
