using CoachBot.Chat;
using CoachBot.Hosting;

// `dotnet run --project src/CoachBot -- chat` talks to the bot in the terminal, with no server.
if (args.Length > 0 && args[0] == "chat")
{
    return await TerminalChat.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCoachBotDefaults();

builder.Services.AddCoachBotStorage(builder.Configuration);
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddCoaching(builder.Configuration);

var app = builder.Build();
app.WarnIfAnonymous();
app.MapBotMessages("/api/messages");
app.MapHealth("/healthz");
app.Run();
return 0;

/// <summary>The entry point, visible to the in-process HTTP tests (WebApplicationFactory).</summary>
public partial class Program;
