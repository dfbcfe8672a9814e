using CoachBot.Llm;
using CoachBot.Scheduling;
using CoachBot.Understanding.Embeddings;

namespace CoachBot.Hosting;

/// <summary>The table of contents of the service: what Program.cs, the benchmark and the tests compose the same way.</summary>
public static class CoachBotApplication
{
    public static void AddServices(WebApplicationBuilder builder)
    {
        builder.Configuration.AddCoachBotDefaults();
        builder.Services.AddCoachBotStorage(builder.Configuration);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddCoachBotLlm(builder.Configuration);
        builder.Services.AddCoachBotUnderstanding(builder.Configuration);
        builder.Services.AddCoaching(builder.Configuration);
        builder.Services.AddCheckIns(builder.Configuration);
    }

    public static void MapEndpoints(WebApplication app)
    {
        app.WarnIfAnonymous();
        app.MapBotMessages("/api/messages");
        app.MapHealth("/healthz");
    }
}
