using CoachBot.BotFramework.Connector;
using CoachBot.Coaching.CheckIns;
using CoachBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Scheduling;

public static class SchedulingServices
{
    /// <summary>The <c>CheckIns</c> section (rules and scheduler), validated at start, and the scheduler as a hosted service.</summary>
    public static IServiceCollection AddCheckIns(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(SchedulerOptions.SectionName);
        services.AddOptions<CheckInOptions>().Bind(section).ValidateOnStart()
            .PostConfigure(o => o.FirstCheckInAfter ??= section.GetValue<TimeSpan?>("TestHook:FirstCheckInAfter"));
        services.AddOptions<SchedulerOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CheckInOptions>>(new ProblemsValidator<CheckInOptions>(o => o.FindProblems()));
        services.AddSingleton<IValidateOptions<SchedulerOptions>>(new ProblemsValidator<SchedulerOptions>(o => o.FindProblems()));
        services.AddSingleton<CheckInScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<CheckInScheduler>());

        if (section.GetValue<bool>("TestHook:ExitAfterClaim"))
        {
            // Only the crash test turns this on: the first scheduler send ends the process after its claim committed.
            var inner = services.LastOrDefault(d => d.ServiceType == typeof(IConnectorClientFactory))
                ?? throw new InvalidOperationException("AddCheckIns goes after AddBotFramework.");
            services.Remove(inner);
            services.AddSingleton<IConnectorClientFactory>(sp =>
                new ExitAfterClaimHook((IConnectorClientFactory)(inner.ImplementationInstance
                    ?? inner.ImplementationFactory?.Invoke(sp)
                    ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!))));
        }
        return services;
    }
}
