using System.Net;
using System.Text.RegularExpressions;

namespace CoachBot.TestSupport;

/// <summary>
/// The real bot as a child process (<c>dotnet CoachBot.dll ...</c>), started from a folder of the test's choosing as
/// a user starts the built app, in a clean environment: none of the bot's settings leak in from the developer's
/// shell (no app id, so anonymous local mode), only the ones the test gives. Killed, with its tree, on dispose.
/// </summary>
public sealed partial class BotProcess : IAsyncDisposable
{
    // Section prefixes of the bot's own settings (environment form), removed from the inherited environment.
    private static readonly string[] BotSettingPrefixes =
        ["Microsoft", "Storage__", "CheckIns__", "Llm__", "Adapter__", "Connector__", "BotAuth__", "Dialogs__", "ASPNETCORE_URLS",
         "OTEL_", "APPLICATIONINSIGHTS_", "Telemetry__"];

    private readonly ChildProcess _process;
    private readonly TempFolder? _ownFolder;

    private BotProcess(ChildProcess process, TempFolder? ownFolder)
    {
        _process = process;
        _ownFolder = ownFolder;
    }

    public ChildProcess Process => _process;

    /// <summary>Everything the bot wrote to stdout and stderr so far.</summary>
    public string Output => _process.Output;

    /// <summary>The bot's root address once it listens (see <see cref="StartServerAsync"/>).</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public Uri MessagesEndpoint => new(BaseAddress, "/api/messages");

    /// <summary>
    /// Starts the bot with <paramref name="arguments"/> and returns at once. <paramref name="settings"/> are
    /// environment variables (<c>Section__Key</c>); a null value removes one. With no working folder, the bot gets an
    /// empty one of its own, removed on dispose.
    /// </summary>
    public static BotProcess Start(string? workingDirectory, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string?>? settings = null, string name = "CoachBot")
    {
        var ownFolder = workingDirectory is null ? new TempFolder("coachbot-bot-") : null;
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal) { ["DOTNET_NOLOGO"] = "1" };
        foreach (var key in Environment.GetEnvironmentVariables().Keys.Cast<string>())
            if (BotSettingPrefixes.Any(p => key.StartsWith(p, StringComparison.Ordinal))) environment[key] = null;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) environment[key] = value;
        return new BotProcess(ChildProcess.Start(name, "dotnet", [RepoPaths.BotDll, .. arguments], workingDirectory ?? ownFolder!.Path,
            environment), ownFolder);
    }

    /// <summary>
    /// Starts the web host on 127.0.0.1 port 0 (Kestrel binds a free port, so no other run can take it between
    /// choosing and binding) and returns once it prints the address it listens on.
    /// </summary>
    public static async Task<BotProcess> StartServerAsync(string? workingDirectory, IReadOnlyDictionary<string, string?>? settings = null,
        string name = "CoachBot", CancellationToken cancellationToken = default)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            // The line that names the port is logged by this category; nothing may turn it off.
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        var bot = Start(workingDirectory, ["--urls", "http://127.0.0.1:0"], all, name);
        try
        {
            var match = await bot._process.WaitForLineAsync(ListeningLine(), TimeSpan.FromSeconds(60), cancellationToken);
            bot.BaseAddress = new Uri(match.Groups["url"].Value);
            return bot;
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
    }

    /// <summary>Kills the bot now (SIGKILL: no graceful shutdown, as a crash).</summary>
    public void Kill() => _process.Kill();

    public Task<int> WaitForExitAsync(TimeSpan deadline) => _process.WaitForExitAsync(deadline);

    /// <summary>Polls <c>/healthz</c> until it answers 200; throws with the bot's output when it does not in time.</summary>
    public async Task WaitUntilHealthyAsync(TimeSpan deadline)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        using var cts = new CancellationTokenSource(deadline);
        while (!cts.IsCancellationRequested)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The bot exited:\n{Output}");
            try
            {
                using var response = await http.GetAsync(new Uri(BaseAddress, "/healthz"), cts.Token);
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(50, CancellationToken.None);
        }
        throw new TimeoutException($"The bot did not answer /healthz within {deadline}:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        _ownFolder?.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
