using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.State;
using CoachBot.BotFramework.Text;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

internal static class BotFrameworkServices
{
    /// <summary>
    /// The protocol layer: authentication both ways, the connector, the turn pipeline, the record's schema (its own
    /// migration steps; other layers add theirs with <see cref="AddRecordMigration"/>) and the sentences in dialogs/.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.AddOptions<BotAuthOptions>().Bind(configuration.GetSection(BotAuthOptions.SectionName)).ValidateOnStart();
        services.AddOptions<ConnectorResilienceOptions>().Bind(configuration.GetSection(ConnectorResilienceOptions.SectionName))
            .ValidateOnStart();
        services.AddOptions<AdapterOptions>().Bind(configuration.GetSection(AdapterOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>>(new ProblemsValidator<BotFrameworkOptions>(FindAppProblems));
        services.AddSingleton<IValidateOptions<BotAuthOptions>>(new ProblemsValidator<BotAuthOptions>(o => o.FindProblems()));
        services.AddSingleton<IValidateOptions<ConnectorResilienceOptions>>(
            new ProblemsValidator<ConnectorResilienceOptions>(o => o.FindProblems()));
        services.AddSingleton<IValidateOptions<AdapterOptions>>(new ProblemsValidator<AdapterOptions>(o => o.FindProblems()));
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>>(new ProblemsValidator<PrivacyOptions>(o => o.FindProblems()));
        services.AddSingleton(sp => new UserKeyHash(sp.GetRequiredService<IOptions<PrivacyOptions>>().Value.LogHashSecret));
        // Tests give their own clock, before or after this; the last registration wins.
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(BotAuthHttpClients.Metadata, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(BotAuthHttpClients.Token, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton(sp => new AnonymousServiceUrls(sp.GetRequiredService<IOptions<BotAuthOptions>>().Value.AnonymousServiceUrls));
        services.AddSingleton<IBotAuthenticator>(sp =>
        {
            var app = sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
            if (app.IsAnonymous) return new AnonymousAuthenticator(sp.GetRequiredService<AnonymousServiceUrls>());
            return new JwtBotAuthenticator(app, sp.GetRequiredService<IOptions<BotAuthOptions>>().Value,
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(BotAuthHttpClients.Metadata), sp.GetRequiredService<TimeProvider>());
        });
        services.AddSingleton<IBotTokenProvider>(sp =>
        {
            var app = sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
            if (app.IsAnonymous) return new NoBotTokenProvider();
            var auth = sp.GetRequiredService<IOptions<BotAuthOptions>>().Value;
            var clock = sp.GetRequiredService<TimeProvider>();
            if (app.IsUserAssignedManagedIdentity) return new ManagedIdentityBotTokenProvider(app, auth, clock);
            return new MsalBotTokenProvider(app, auth,
                new NamedMsalHttpClientFactory(sp.GetRequiredService<IHttpClientFactory>(), BotAuthHttpClients.Token), clock);
        });

        services.AddBotConnectorHttpClient();
        services.TryAddSingleton<IConnectorClientFactory, ConnectorClientFactory>();
        services.TryAddSingleton<IPersonalChats, PersonalChats>();

        services.AddSingleton(_ =>
        {
            var directory = configuration["Dialogs:Path"] is { Length: > 0 } path ? path : TextCatalog.DefaultDirectory;
            return TextCatalog.Load(directory);
        });

        foreach (var step in CoreRecordMigrations.Steps) services.AddRecordMigration(step);
        services.AddSingleton(sp => new RecordMigrations(sp.GetServices<IRecordMigration>()));
        services.AddSingleton<UserRecordSerializer>();

        services.AddSingleton<CloudAdapter>();
        services.AddSingleton<IProactiveTurns>(sp => sp.GetRequiredService<CloudAdapter>());
        return services;
    }

    /// <summary>
    /// Adds a step to the record's one migration chain (<see cref="RecordMigrations"/>); the chain is checked at start
    /// for gaps and duplicates, so registration order does not matter.
    /// </summary>
    public static IServiceCollection AddRecordMigration(this IServiceCollection services, IRecordMigration step)
    {
        services.AddSingleton(step);
        return services;
    }

    /// <summary>What a configured app id still needs, named by key; nothing when the settings are complete or anonymous.</summary>
    internal static IEnumerable<string> FindAppProblems(BotFrameworkOptions app)
    {
        if (app.IsAnonymous) yield break;
        if (!app.IsSingleTenant && !app.IsUserAssignedManagedIdentity
            && !string.Equals(app.MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase))
            yield return "MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.";
        if (!app.IsUserAssignedManagedIdentity && string.IsNullOrEmpty(app.MicrosoftAppPassword))
            yield return $"A {app.MicrosoftAppType} bot needs MicrosoftAppPassword.";
        if (app.IsSingleTenant && string.IsNullOrWhiteSpace(app.MicrosoftAppTenantId))
            yield return "A SingleTenant bot needs MicrosoftAppTenantId.";
    }

    /// <summary>Logs, once at start, that requests are accepted without a token.</summary>
    public static void WarnIfAnonymous(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAnonymous)
            app.Logger.LogWarning(
                "No MicrosoftAppId is configured: /api/messages accepts requests without a token (local mode for the Emulator and the Playground). Never run it like this in production.");
    }
}
