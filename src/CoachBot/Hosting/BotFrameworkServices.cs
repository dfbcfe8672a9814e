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
        services.AddOptions<AdapterOptions>().Bind(configuration.GetSection("Adapter"));
        services.AddSingleton(TimeProvider.System);

        services.AddSingleton<IBotAuthenticator>(sp =>
            sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAnonymous
                ? new AnonymousAuthenticator()
                : throw new InvalidOperationException("Token validation for a configured MicrosoftAppId is not wired yet."));
        services.AddSingleton<IBotTokenProvider>(sp =>
            sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAnonymous
                ? new NoBotTokenProvider()
                : throw new InvalidOperationException("Outbound tokens for a configured MicrosoftAppId are not wired yet."));

        services.AddHttpClient(ConnectorClientFactory.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<IConnectorClientFactory, ConnectorClientFactory>();

        services.AddSingleton(sp =>
        {
            var directory = configuration["Dialogs:Path"] is { Length: > 0 } path ? path : TextCatalog.DefaultDirectory;
            return TextCatalog.Load(directory);
        });
        services.AddSingleton<CloudAdapter>();
        return services;
    }

    /// <summary>Logs, once at start, that requests are accepted without a token.</summary>
    public static void WarnIfAnonymous(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.IsAnonymous)
            app.Logger.LogWarning(
                "No MicrosoftAppId is configured: /api/messages accepts requests without a token (local mode for the Emulator and the Playground). Never run it like this in production.");
    }
}
