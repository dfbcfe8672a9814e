using System.Text.Json.Serialization;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.BotFramework.Text;
using CoachBot.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.BotFramework.Tests.Builder;

/// <summary>
/// The adapter with a small counting bot, a counting store, a loopback connector over real HTTP and a fake clock:
/// the turn pipeline's contract, tested without the coach.
/// </summary>
internal sealed class PipelineHarness : IAsyncDisposable
{
    public const string Apology = "Sorry, that did not work.";

    private int _sequence;

    private PipelineHarness(LoopbackConnector connector, IUserStore store, AdapterOptions options)
    {
        Connector = connector;
        Store = new CountingUserStore(store);
        Adapter = new CloudAdapter(Bot, Store, new ConnectorClientFactory(new PlainHttpClients(), new NoBotTokenProvider()),
            TextCatalog.FromDictionary(new Dictionary<string, string> { [CoreTexts.Apology] = Apology }), Clock, TestRecords.Serializer,
            Options.Create(options), Logger);
    }

    public LoopbackConnector Connector { get; }
    public CountingUserStore Store { get; }
    public CountingBot Bot { get; } = new();
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 4, 9, 0, 0, TimeSpan.Zero));
    public ListLogger<CloudAdapter> Logger { get; } = new();
    public CloudAdapter Adapter { get; }

    public const string UserId = "29:ada";
    public const string ConversationId = "a:ada";
    public static string UserKey => UserKeys.Compose(Channels.Msteams, "tenant-1", UserId);

    public static async Task<PipelineHarness> StartAsync(IUserStore? store = null, AdapterOptions? options = null) =>
        new(await LoopbackConnector.StartAsync(), store ?? new MemoryUserStore(), options ?? new AdapterOptions());

    /// <summary>A Teams message from the user, with a fresh id unless one is given.</summary>
    public Activity Message(string text, string? id = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = id ?? "activity-" + Interlocked.Increment(ref _sequence),
        ChannelId = Channels.Msteams,
        ServiceUrl = Connector.ServiceUrl.ToString(),
        From = new ChannelAccount { Id = UserId, Name = "Ada" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "CoachBot" },
        Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal", TenantId = "tenant-1" },
        Text = text,
        Locale = "en-US",
    };

    public Task<TurnResponse> SayAsync(string text, string? id = null) =>
        Adapter.ProcessActivityAsync(Message(text, id), BotClaims.Anonymous, CancellationToken.None);

    public const string ChannelConversationId = "19:general@thread.tacv2;messageid=1767000000001";

    /// <summary>The same user in a Teams team channel (the mention already read), with a fresh id unless one is given.</summary>
    public Activity ChannelMessage(string text, string? id = null)
    {
        var activity = Message(text, id);
        activity.Conversation = new ConversationAccount
        {
            Id = ChannelConversationId, ConversationType = "channel", IsGroup = true, TenantId = "tenant-1",
        };
        return activity;
    }

    public Task<TurnResponse> SayInChannelAsync(string text, string? id = null) =>
        Adapter.ProcessActivityAsync(ChannelMessage(text, id), BotClaims.Anonymous, CancellationToken.None);

    /// <summary>The texts of the messages the connector accepted, in order.</summary>
    public IReadOnlyList<string?> SentTexts => Connector.Messages.Select(m => m.Activity.Text).ToList();

    /// <summary>The counter as stored, or null when the user has no record.</summary>
    public async Task<int?> StoredCountAsync()
    {
        var stored = await Store.Inner.ReadAsync(UserKey, CancellationToken.None);
        if (stored is null) return null;
        var record = TestRecords.Serializer.Deserialize(stored.Json);
        return record.Properties.TryGetValue(Counter.PropertyName, out var element)
            ? System.Text.Json.JsonSerializer.Deserialize(element, PipelineJsonContext.Default.Counter)!.Value
            : 0;
    }

    public ValueTask DisposeAsync() => Connector.DisposeAsync();

    private sealed class PlainHttpClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}

/// <summary>
/// "next" advances a counter kept in the record and says it; "show" only says it; "fail" throws; "slow" waits for
/// <see cref="Release"/>. <see cref="Runs"/> counts how often the bot's turn ran.
/// </summary>
internal sealed class CountingBot : IBot
{
    private TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _runs;

    public int Runs => Volatile.Read(ref _runs);

    /// <summary>Completes once a "slow" turn is waiting.</summary>
    public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _gate.TrySetResult();

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _runs);
        var counter = turnContext.GetProperty(Counter.PropertyName, PipelineJsonContext.Default.Counter, () => new Counter());
        switch (turnContext.Activity.Text)
        {
            case "next":
                counter.Value++;
                break;
            case "fail":
                counter.Value += 100; // changed, and then lost with the failed turn
                throw new InvalidOperationException("The turn failed on purpose.");
            case "slow":
                Waiting.TrySetResult();
                await _gate.Task.WaitAsync(cancellationToken);
                break;
        }
        turnContext.SendActivity($"count is {counter.Value}");
    }
}

internal sealed class Counter
{
    public const string PropertyName = "counter";

    public int Value { get; set; }
}

[JsonSerializable(typeof(Counter))]
internal sealed partial class PipelineJsonContext : JsonSerializerContext;
