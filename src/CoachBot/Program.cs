using CoachBot.Chat;
using CoachBot.Hosting;

// `dotnet run --project src/CoachBot -- chat` talks to the bot in the terminal, with no server.
if (args.Length > 0 && args[0] == "chat")
{
    return await TerminalChat.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddCoachBotDefaults();
builder.Services.AddCoachBot(builder.Configuration);

var app = builder.Build();
app.MapCoachBot();
app.Run();
return 0;

/// <summary>The entry point, visible to the in-process HTTP tests (WebApplicationFactory).</summary>
public partial class Program;
