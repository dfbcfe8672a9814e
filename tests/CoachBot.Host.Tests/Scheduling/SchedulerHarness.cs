using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.BotFramework.Testing;
using CoachBot.Hosting;
using CoachBot.Scheduling;
using CoachBot.TestSupport;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Host.Tests.Scheduling;

/// <summary>
/// One bot instance as the web host wires it (storage, protocol layer, coaching, check-ins) minus the HTTP
/// endpoint, with the test's clock: its adapter for user turns and its scheduler, polled by the test.
/// </summary>
public sealed class SchedulerHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public SchedulerHarness(IDictionary<string, string?> settings, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton<IConfiguration>(configuration);
        services.AddCoachBotStorage(configuration);
        services.AddBotFramework(configuration);
        services.AddCoaching(configuration);
        services.AddCheckIns(configuration);
        services.AddSingleton(clock);
        _services = services.BuildServiceProvider();
    }

    public IUserStore Store => _services.GetRequiredService<IUserStore>();
    public CloudAdapter Adapter => _services.GetRequiredService<CloudAdapter>();
    public CheckInScheduler Scheduler => _services.GetRequiredService<CheckInScheduler>();

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}

/// <summary>A user of a channel talking to a harness, addressed so that proactive messages go to <see cref="ServiceUrl"/>.</summary>
public sealed class ChannelUser(SchedulerHarness bot, Uri serviceUrl, string channelId, string userId, string conversationId,
    string? tenantId, string? timeZone, TimeProvider clock)
{
    private int _sequence;

    public Uri ServiceUrl => serviceUrl;
    public string ConversationId => conversationId;
    public string UserKey => UserKeys.Compose(channelId, tenantId, userId);

    public static ChannelUser Teams(SchedulerHarness bot, Uri serviceUrl, string name, string? timeZone, TimeProvider clock) =>
        new(bot, serviceUrl, Channels.Msteams, "29:" + name, "a:" + name, "tenant-1", timeZone, clock);

    /// <summary>Slack through Azure Bot Service: ids are user:team and bot:team:channel (research notes 2.1).</summary>
    public static ChannelUser Slack(SchedulerHarness bot, Uri serviceUrl, string name, string? timeZone, TimeProvider clock) =>
        new(bot, serviceUrl, Channels.Slack, $"U{name}:T1", $"B1:T1:D{name}", null, timeZone, clock);

    public async Task<TurnReplies> SayAsync(string text)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"{userId}-{Interlocked.Increment(ref _sequence)}",
            ChannelId = channelId,
            ServiceUrl = serviceUrl.ToString(),
            From = new ChannelAccount { Id = userId, Name = "Test User", Role = "user" },
            Recipient = new ChannelAccount { Id = "bot", Name = "CoachBot", Role = "bot" },
            Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = tenantId },
            Locale = "en-US",
            LocalTimezone = timeZone,
            Timestamp = clock.GetUtcNow().UtcDateTime.ToString("O"),
            Text = text,
            TextFormat = "plain",
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        var response = await bot.Adapter.ProcessActivityAsync(activity, BotClaims.Anonymous, CancellationToken.None);
        var replies = response.Body?["activities"] is JsonArray array
            ? array.Select(node => node.Deserialize(BotJsonContext.Default.Activity)!).ToList()
            : [];
        return new TurnReplies(replies);
    }
}

/// <summary>A loopback Bot Connector: takes POST /v3/conversations/{id}/activities and counts what each conversation got.</summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly LocalServer _server;
    private readonly ConcurrentQueue<(string ConversationId, Activity Activity)> _received = new();

    private LoopbackConnector(LocalServer server) => _server = server;

    public Uri ServiceUrl => _server.BaseUrl;

    public IReadOnlyList<(string ConversationId, Activity Activity)> Received => [.. _received];

    public int CountFor(string conversationId) => Received.Count(r => r.ConversationId == conversationId);

    public static async Task<LoopbackConnector> StartAsync()
    {
        LoopbackConnector? connector = null;
        var server = await LocalServer.StartAsync(async (request, response) =>
        {
            var path = Uri.UnescapeDataString(request.RawTarget.Split('?')[0]);
            var parts = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
            if (request.Method == "POST" && parts is ["v3", "conversations", var id, "activities", ..])
            {
                connector!._received.Enqueue((id, JsonSerializer.Deserialize(request.Body, BotJsonContext.Default.Activity)!));
                response.ContentType = "application/json";
                await response.WriteAsync($$"""{"id":"{{Guid.NewGuid():N}}"}""");
                return;
            }
            response.StatusCode = 404;
        });
        connector = new LoopbackConnector(server);
        return connector;
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
