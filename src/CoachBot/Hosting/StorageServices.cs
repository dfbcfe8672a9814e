using CoachBot.BotFramework.State;
using CoachBot.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

internal static class StorageServices
{
    /// <summary>
    /// The <c>Storage</c> section, validated at start (a wrong value stops start-up with its key named), and the store
    /// it selects: Sqlite (default), AzureTables or Memory. Built once, when first needed.
    /// </summary>
    public static IServiceCollection AddCoachBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>>(new ProblemsValidator<StorageOptions>(o => o.FindProblems()));
        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.CreateStore());
        services.AddSingleton(sp => new StorageHealth(sp.GetRequiredService<IUserStore>(), sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
