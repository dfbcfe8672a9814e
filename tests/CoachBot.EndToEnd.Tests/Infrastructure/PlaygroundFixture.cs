using CoachBot.BotFramework.Schema;
using CoachBot.TestSupport;

namespace CoachBot.EndToEnd.Tests.Infrastructure;

/// <summary>
/// Every process the end-to-end tests need, started once per run and stopped at its end (also when a test or the
/// start-up itself fails). The Playground has one user per process, so each scenario that needs a user the bot
/// has never seen gets its own Playground, and each bot (own in-memory store) serves at most one Playground per
/// channel: the bot keys users by channel, tenant and user id, so an msteams and an emulator user never meet.
/// </summary>
public sealed class PlaygroundFixture : IAsyncLifetime
{
    public static readonly string[] ChannelIds = [Channels.Msteams, Channels.Emulator];

    /// <summary>Each bot keeps its users in memory: its own, gone with it.</summary>
    private static readonly Dictionary<string, string?> MemoryStore = new() { ["Storage__Provider"] = "Memory" };

    private readonly List<IAsyncDisposable> _started = [];
    private readonly Dictionary<(string Scenario, string Channel), PlaygroundClient> _clients = [];

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>A user whose first act is to say something.</summary>
    public PlaygroundClient MessageFirst(string channelId) => _clients[(nameof(MessageFirst), channelId)];

    /// <summary>A user whose first act is to install the app.</summary>
    public PlaygroundClient InstallFirst(string channelId) => _clients[(nameof(InstallFirst), channelId)];

    /// <summary>A newcomer who walks from "hi" to a profile, a SMART goal and a dated plan.</summary>
    public PlaygroundClient ToAPlan(string channelId) => _clients[(nameof(ToAPlan), channelId)];

    public async Task InitializeAsync()
    {
        using var startup = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            // Fails here, naming npm ci, before any process starts when node_modules is missing.
            _ = RepoPaths.NodeBin("agentsplayground");
            string[] scenarios = [nameof(MessageFirst), nameof(InstallFirst), nameof(ToAPlan)];
            var bots = await Task.WhenAll(scenarios.Select(s => StartAsync(() => BotProcess.StartServerAsync(null, MemoryStore, $"CoachBot ({s})", startup.Token))));
            var sessions = scenarios.Zip(bots).SelectMany(pair => ChannelIds.Select(channel => (pair.First, channel, Bot: pair.Second)));
            await Task.WhenAll(sessions.Select(async session =>
            {
                var playground = await StartAsync(() => PlaygroundProcess.StartAsync(session.channel, session.Bot.MessagesEndpoint, Http, startup.Token));
                lock (_clients) _clients[(session.First, session.channel)] = new PlaygroundClient(playground, session.Bot, Http);
            }));
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        List<IAsyncDisposable> started;
        lock (_started)
        {
            started = [.. _started];
            _started.Clear();
        }
        // Playgrounds first (they call the bots), then the bots.
        started.Reverse();
        foreach (var process in started) await process.DisposeAsync();
        Http.Dispose();
    }

    private async Task<T> StartAsync<T>(Func<Task<T>> start) where T : IAsyncDisposable
    {
        var process = await start();
        lock (_started) _started.Add(process);
        return process;
    }
}

[CollectionDefinition(Name)]
public sealed class PlaygroundCollection : ICollectionFixture<PlaygroundFixture>
{
    public const string Name = "Playground";
}
