using System.Text.RegularExpressions;

namespace CoachBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// The real bot, as a user starts the built app: <c>dotnet CoachBot.dll</c> on a loopback port the OS picks,
/// in local anonymous mode (the Playground sends no token) with its own in-memory store.
/// </summary>
public sealed partial class BotHost : IAsyncDisposable
{
    private readonly ChildProcess _process;
    private readonly string _folder;

    private BotHost(ChildProcess process, string folder, Uri baseAddress)
    {
        _process = process;
        _folder = folder;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public Uri MessagesEndpoint => new(BaseAddress, "/api/messages");

    public string Output => _process.Output;

    /// <param name="settings">Extra environment settings (Section__Key), applied over the defaults above.</param>
    public static async Task<BotHost> StartAsync(string name, CancellationToken cancellationToken, IDictionary<string, string?>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("coachbot-e2e-bot-").FullName;
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_NOLOGO"] = "1",
            ["Storage__Provider"] = "Memory",
            // Anonymous mode: nothing from the developer's shell may turn authentication on.
            ["MicrosoftAppId"] = null,
            ["MicrosoftAppPassword"] = null,
            ["MicrosoftAppType"] = null,
            ["MicrosoftAppTenantId"] = null,
            ["ASPNETCORE_URLS"] = null,
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) environment[key] = value;
        // Port 0: Kestrel binds a free port and prints it, so no other run can take it between choosing and binding.
        var process = ChildProcess.Start(name, "dotnet", [RepoPaths.BotDll, "--urls", "http://127.0.0.1:0"], folder, environment);
        try
        {
            var match = await process.WaitForLineAsync(ListeningLine(), TimeSpan.FromSeconds(30), cancellationToken);
            return new BotHost(process, folder, new Uri(match.Groups["url"].Value));
        }
        catch
        {
            await process.DisposeAsync();
            TryDelete(folder);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        TryDelete(_folder);
    }

    internal static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
