using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.TestSupport;
using CoachBot.Coaching.CheckIns;
using CoachBot.Hosting;
using CoachBot.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Tests.Scheduling;

/// <summary>
/// One bot instance as the web host composes it (<see cref="CoachBotServices.AddCoachBot"/>) minus the HTTP endpoint,
/// with the test's clock: its adapter for user turns and its scheduler, polled by the test. The pacer gets a clock of
/// its own (the channel's rate limits are wall-clock limits): the system clock unless the test gives one.
/// </summary>
public sealed class SchedulerHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    public SchedulerHarness(IDictionary<string, string?> settings, TimeProvider clock, TimeProvider? pacingClock = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddCoachBot(configuration);
        services.AddSingleton(clock);
        if (pacingClock is not null)
            services.AddSingleton(sp => new TenantPacer(pacingClock, sp.GetRequiredService<IOptions<CheckInOptions>>().Value.TenantMessagesPerSecond));
        _services = services.BuildServiceProvider();
        _services.GetRequiredService<IStartupValidator>().Validate();
    }

    public IUserStore Store => _services.GetRequiredService<IUserStore>();
    public UserRecordSerializer Records => _services.GetRequiredService<UserRecordSerializer>();
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

    /// <summary>A message in the user's personal conversation.</summary>
    public Task<TurnReplies> SayAsync(string text) => SendAsync(text, null, Personal);

    /// <summary>An Adaptive Card Action.Submit in the personal conversation: a message with no text and the button's data as its value.</summary>
    public Task<TurnReplies> SubmitAsync(JsonNode value) => SendAsync(null, value, Personal);

    /// <summary>
    /// A message from the same user in a shared conversation: a Teams team channel (<c>19:…</c> ids, conversationType
    /// channel) or a Slack channel (<c>B…:T…:C…</c>), as each channel marks it (research notes 1.7, 2.1).
    /// </summary>
    public Task<TurnReplies> SayInChannelAsync(string text, string channelConversationId) => SendAsync(text, null, new ConversationAccount
    {
        Id = channelConversationId, IsGroup = true, TenantId = tenantId,
        ConversationType = channelId == Channels.Msteams ? "channel" : null,
    });

    private ConversationAccount Personal => new() { Id = conversationId, ConversationType = "personal", TenantId = tenantId };

    private async Task<TurnReplies> SendAsync(string? text, JsonNode? value, ConversationAccount conversation)
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"{userId}-{Interlocked.Increment(ref _sequence)}",
            ChannelId = channelId,
            ServiceUrl = serviceUrl.ToString(),
            From = new ChannelAccount { Id = userId, Name = "Test User", Role = "user" },
            Recipient = new ChannelAccount { Id = "bot", Name = "CoachBot", Role = "bot" },
            Conversation = conversation,
            Locale = "en-US",
            LocalTimezone = timeZone,
            Timestamp = clock.GetUtcNow().UtcDateTime.ToString("O"),
            Text = text,
            Value = value,
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
