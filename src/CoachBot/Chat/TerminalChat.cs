using System.Text.Json;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.Hosting;
using Microsoft.Extensions.Options;

namespace CoachBot.Chat;

/// <summary>
/// The terminal chat: the same bot and turn pipeline, no server. Each line typed is a message activity on the
/// <c>terminal</c> channel, delivered with expectReplies so the replies come back in-process. Composed by the same
/// <see cref="CoachBotServices.AddCoachBot"/> as the web host.
/// </summary>
internal static class TerminalChat
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddCoachBot(builder.Configuration);
        using var host = builder.Build();
        // The host is not started (the terminal has no channel to write to, so no scheduler runs), but its settings
        // are checked as the web host's are at start: a wrong one stops the chat with its key named.
        host.Services.GetService<IStartupValidator>()?.Validate();

        var adapter = host.Services.GetRequiredService<CloudAdapter>();
        var clock = host.Services.GetRequiredService<TimeProvider>();
        var session = new TerminalSession(Environment.UserName, clock);
        var output = Console.Out;

        await output.WriteLineAsync("CoachBot terminal chat. Type a message; Ctrl+D or \"/quit\" to leave.");
        await PrintAsync(output, clock, await adapter.ProcessActivityAsync(session.Join(), BotClaims.Anonymous, CancellationToken.None));
        while (true)
        {
            await output.WriteAsync("> ");
            var line = await Console.In.ReadLineAsync();
            if (line is null || line.Trim() == "/quit") break;
            var response = await adapter.ProcessActivityAsync(session.Message(line), BotClaims.Anonymous, CancellationToken.None);
            await PrintAsync(output, clock, response);
        }
        return 0;
    }

    private static async Task PrintAsync(TextWriter output, TimeProvider clock, TurnResponse response)
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
                var path = Path.GetFullPath($"{Path.GetFileNameWithoutExtension(attachment.Name ?? "export")}-{clock.GetLocalNow():yyyyMMdd-HHmmss}.json");
                await File.WriteAllTextAsync(path, attachment.Content.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
                await output.WriteLineAsync($"  (saved to {path})");
            }
        }
    }
}
