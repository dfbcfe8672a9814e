using System.Text.Json;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.Hosting;
using CoachBot.Llm;
using CoachBot.Understanding.Embeddings;

namespace CoachBot.Chat;

/// <summary>
/// The terminal chat: the same bot and turn pipeline, no server. Each line typed is a message activity on the
/// <c>terminal</c> channel, delivered with expectReplies so the replies come back in-process.
/// </summary>
public static class TerminalChat
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCoachBotStorage(builder.Configuration);
        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddCoachBotLlm(builder.Configuration);
        builder.Services.AddCoachBotUnderstanding(builder.Configuration);
        builder.Services.AddCoaching(builder.Configuration);
        using var host = builder.Build();

        var adapter = host.Services.GetRequiredService<CloudAdapter>();
        var session = new TerminalSession(Environment.UserName);
        var output = Console.Out;

        await output.WriteLineAsync("CoachBot terminal chat. Type a message; Ctrl+D or \"/quit\" to leave.");
        await PrintAsync(output, await adapter.ProcessActivityAsync(session.Join(), BotClaims.Anonymous, CancellationToken.None));
        while (true)
        {
            await output.WriteAsync("> ");
            var line = await Console.In.ReadLineAsync();
            if (line is null || line.Trim() == "/quit") break;
            var response = await adapter.ProcessActivityAsync(session.Message(line), BotClaims.Anonymous, CancellationToken.None);
            await PrintAsync(output, response);
        }
        return 0;
    }

    private static async Task PrintAsync(TextWriter output, TurnResponse response)
    {
        var replies = response.Body?["activities"]?.AsArray() ?? [];
        foreach (var node in replies)
        {
            var activity = node.Deserialize(BotJsonContext.Default.Activity);
            if (activity is null || !activity.IsType(ActivityTypes.Message)) continue;
            await output.WriteLineAsync(TerminalRenderer.Render(activity));
            foreach (var attachment in activity.Attachments ?? [])
            {
                // "export my data" sends its JSON as an attachment: in the terminal it becomes a file in the current folder.
                if (attachment.ContentType != "application/json" || attachment.Content is null) continue;
                var path = Path.GetFullPath($"{Path.GetFileNameWithoutExtension(attachment.Name ?? "export")}-{DateTime.Now:yyyyMMdd-HHmmss}.json");
                await File.WriteAllTextAsync(path, attachment.Content.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                await output.WriteLineAsync($"  (saved to {path})");
            }
        }
    }
}
