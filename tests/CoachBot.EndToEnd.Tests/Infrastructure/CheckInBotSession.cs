using CoachBot.BotFramework.Schema;
using CoachBot.TestSupport;

namespace CoachBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// A bot of its own on a fresh SQLite file with the check-in scheduler running, and a Playground on msteams in front
/// of it: what the check-in tests share. <paramref name="settings"/> adds to the SQLite settings (poll interval, hooks).
/// </summary>
public sealed class CheckInBotSession(string name, IDictionary<string, string?> settings) : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("coachbot-e2e-checkin-").FullName;
    private BotProcess? _bot;
    private PlaygroundProcess? _playground;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };

    public string Database => Path.Combine(_folder, "coachbot.db");

    public PlaygroundClient NewUser() => new(_playground!, _bot!, Http);

    public async Task InitializeAsync()
    {
        using var startup = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var all = new Dictionary<string, string?>(settings)
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__Sqlite__Path"] = Database,
        };
        _bot = await BotProcess.StartServerAsync(null, all, name, startup.Token);
        _playground = await PlaygroundProcess.StartAsync(Channels.Msteams, _bot.MessagesEndpoint, Http, startup.Token);
    }

    public async Task DisposeAsync()
    {
        if (_playground is not null) await _playground.DisposeAsync();
        if (_bot is not null) await _bot.DisposeAsync();
        Http.Dispose();
        TempFolder.TryDelete(_folder);
    }
}
