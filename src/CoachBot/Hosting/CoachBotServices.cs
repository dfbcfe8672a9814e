using CoachBot.Understanding.Embeddings;
using CoachBot.Llm;
using CoachBot.Scheduling;

namespace CoachBot.Hosting;

/// <summary>
/// The one composition root: what the bot is made of, from configuration alone. The web host, the terminal chat,
/// the tests and the benchmark all call <see cref="AddCoachBot"/>; each part registers only its own services and
/// none depends on the order of the others. A test overrides a service (clock, store, connector) by registering
/// its own, before or after.
/// </summary>
public static class CoachBotServices
{
    public static IServiceCollection AddCoachBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCoachBotStorage(configuration);  // Storage: the store, from validated options
        services.AddBotFramework(configuration);     // the protocol: auth, connector, turn pipeline, record schema, dialogs/
        services.AddCoachBotLlm(configuration);      // Llm: the suggester (none unless configured)
        services.AddCoachBotUnderstanding(configuration); // Understanding: the semantic matcher (on unless turned off)
        services.AddCoaching(configuration);         // the coach
        services.AddCheckIns(configuration);         // CheckIns: delivery and its poll loop
        services.AddCoachBotTelemetry(configuration); // traces, metrics, logs: exported only when OTLP or Azure Monitor is set
        return services;
    }

    /// <summary>The web host's endpoints: <c>POST /api/messages</c> and <c>GET /healthz</c>.</summary>
    public static WebApplication MapCoachBot(this WebApplication app)
    {
        app.WarnIfAnonymous();
        app.MapBotMessages("/api/messages");
        app.MapHealth("/healthz");
        return app;
    }
}
