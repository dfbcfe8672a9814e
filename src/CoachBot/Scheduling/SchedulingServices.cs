using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Conversation;
using CoachBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Scheduling;

internal static class SchedulingServices
{
    /// <summary>The <c>CheckIns</c> section, validated at start; check-in delivery; and the poll loop as a hosted service.</summary>
    public static IServiceCollection AddCheckIns(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CheckInOptions>().Bind(configuration.GetSection(CheckInOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CheckInOptions>>(new ProblemsValidator<CheckInOptions>(o => o.FindProblems()));
        services.AddSingleton(sp => new CheckInDelivery(sp.GetRequiredService<IProactiveTurns>(), sp.GetRequiredService<IUserStore>(),
            sp.GetRequiredService<CoachTexts>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<CheckInOptions>>().Value,
            sp.GetRequiredService<UserKeyHash>(), sp.GetRequiredService<ILogger<CheckInDelivery>>()));
        // The channel's rate limits are wall-clock limits: the system clock, whatever clock the business logic runs on.
        services.TryAddSingleton(sp => new TenantPacer(TimeProvider.System, sp.GetRequiredService<IOptions<CheckInOptions>>().Value.TenantMessagesPerSecond));
        services.AddSingleton<CheckInScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<CheckInScheduler>());
        return services;
    }
}
