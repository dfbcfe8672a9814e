using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoachBot.TestSupport;

namespace CoachBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One Microsoft 365 Agents Playground (the npm package pinned in package-lock.json), headless, playing one channel
/// for one bot, recording every exchange into its own file. See /work/shared/PLAYGROUND.md for the routes it offers.
/// </summary>
public sealed partial class PlaygroundProcess : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly string _folder;

    private PlaygroundProcess(ChildProcess process, string folder, string channelId, Uri baseAddress, string recordingFile,
        string chatId, string userId)
    {
        _process = process;
        _folder = folder;
        ChannelId = channelId;
        BaseAddress = baseAddress;
        RecordingFile = recordingFile;
        ChatId = chatId;
        UserId = userId;
    }

    public string ChannelId { get; }

    public Uri BaseAddress { get; }

    public string RecordingFile { get; }

    /// <summary>The Playground's one personal chat with the bot.</summary>
    public string ChatId { get; }

    /// <summary>The Playground's one current user.</summary>
    public string UserId { get; }

    public string Output => _process.Output;

    public static async Task<PlaygroundProcess> StartAsync(string channelId, Uri botMessagesEndpoint, HttpClient http,
        CancellationToken cancellationToken)
    {
        var cli = RepoPaths.NodeBin("agentsplayground");
        var folder = Directory.CreateTempSubdirectory($"coachbot-e2e-playground-{channelId}-").FullName;
        var recordingFile = Path.Combine(folder, "events.log");
        var environment = new Dictionary<string, string?>
        {
            // Headless: with no browser to open it would otherwise exit right after starting.
            ["TEAMSAPPTESTER_BROWSER"] = "none",
            ["M365_AGENTS_PLAYGROUND_RECORDING_FILE"] = recordingFile,
            ["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(folder, "playground.log"),
            // The built-in mock tenant (no config file in the empty working folder), whatever the shell says.
            ["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = null,
            ["BOT_ENDPOINT"] = null,
            ["DEFAULT_CHANNEL_ID"] = null,
            ["TEAMSAPPTESTER_PORT"] = null,
        };
        // A busy port makes the Playground fall back to a random one, so the port used is read from its output.
        string[] arguments =
        [
            "-e", botMessagesEndpoint.ToString(), "-c", channelId, "-p", FreePort.Next().ToString(),
            "--disable-telemetry", "--enable-events-recording",
        ];
        var process = ChildProcess.Start($"Playground ({channelId})", cli, arguments, folder, environment);
        try
        {
            var match = await process.WaitForLineAsync(ListeningLine(), TimeSpan.FromSeconds(30), cancellationToken);
            var baseAddress = new Uri($"http://127.0.0.1:{match.Groups["port"].Value}/");
            var config = await http.GetFromJsonAsync<JsonObject>(new Uri(baseAddress, "_internal/v1/config"), cancellationToken)
                ?? throw new InvalidOperationException("The Playground answered no config.");
            var actualChannel = (string?)config["internalConfig"]?["channelId"];
            if (actualChannel != channelId)
                throw new InvalidOperationException($"The Playground plays '{actualChannel}', not '{channelId}'.");
            var chatId = (string?)config["config"]?["personalChat"]?["id"] ?? throw new InvalidOperationException("No personal chat in the Playground config.");
            var userId = (string?)config["config"]?["currentUser"]?["id"] ?? throw new InvalidOperationException("No current user in the Playground config.");
            return new PlaygroundProcess(process, folder, channelId, baseAddress, recordingFile, chatId, userId);
        }
        catch
        {
            await process.DisposeAsync();
            TempFolder.TryDelete(folder);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        TempFolder.TryDelete(_folder);
    }

    [GeneratedRegex(@"Listening on (?<port>\d+)")]
    private static partial Regex ListeningLine();
}
