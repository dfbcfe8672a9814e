using CoachBot.BotFramework.State;

namespace CoachBot.Hosting;

public static class StorageServices
{
    /// <summary>Picks the store from <c>Storage:Provider</c>: Sqlite (default), AzureTables or Memory.</summary>
    public static IServiceCollection AddCoachBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = configuration["Storage:Provider"] is { Length: > 0 } p ? p : "Memory";
        switch (provider.ToLowerInvariant())
        {
            case "memory":
                services.AddSingleton<IUserStore, MemoryUserStore>();
                break;
            default:
                throw new InvalidOperationException(
                    $"Storage:Provider '{provider}' is not known. Use Sqlite, AzureTables or Memory.");
        }
        return services;
    }
}
