using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Text;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

public static class BotFrameworkServices
{
    /// <summary>The protocol layer: authentication both ways, the connector, the turn pipeline and the sentences in dialogs/.</summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.AddOptions<BotAuthOptions>().Bind(configuration.GetSection(BotAuthOptions.SectionName)).ValidateOnStart();
        services.AddOptions<ConnectorResilienceOptions>().Bind(configuration.GetSection(ConnectorResilienceOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>>(new ProblemsValidator<BotFrameworkOptions>(FindAppProblems));
        services.AddSingleton<IValidateOptions<BotAuthOptions>>(new ProblemsValidator<BotAuthOptions>(o => o.FindProblems()));
        services.AddSingleton<IValidateOptions<ConnectorResilienceOptions>>(
            new ProblemsValidator<ConnectorResilienceOptions>(o => o.FindProblems()));
        services.AddOptions<AdapterOptions>().Bind(configuration.GetSection("Adapter"));
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PrivacyOptions>>(new ProblemsValidator<PrivacyOptions>(o => o.FindProblems()));
        services.AddSingleton(sp => new UserKeyHash(sp.GetRequiredService<IOptions<PrivacyOptions>>().Value.LogHashSecret));
        services.AddSingleton(TimeProvider.System);

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
        services.AddSingleton<IConnectorClientFactory, ConnectorClientFactory>();

        services.AddSingleton(sp =>
        {
            var directory = configuration["Dialogs:Path"] is { Length: > 0 } path ? path : TextCatalog.DefaultDirectory;
            return TextCatalog.Load(directory);
        });
        services.AddSingleton<CloudAdapter>();
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
