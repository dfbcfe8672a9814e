using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.BotFramework.Text;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoachBot.TestSupport;

/// <summary>
/// Scripts a conversation with a bot without HTTP: each line the user says runs through the real turn pipeline
/// (<see cref="CloudAdapter"/>: one read, the turn, at most one conditional write) with <c>deliveryMode: expectReplies</c>,
/// and the bot's replies come back to the test. Reads like a transcript:
/// <code>
/// var chat = new ConversationTest(bot, texts);
/// (await chat.SayAsync("hi")).AssertContains("Welcome");
/// </code>
/// </summary>
public sealed class ConversationTest
{
    private readonly CloudAdapter _adapter;
    private int _sequence;

    // Activity ids unique per test conversation object: two objects over one store must not look like channel retries.
    private readonly string _idPrefix = Guid.NewGuid().ToString("N")[..8];

    /// <param name="records">The record schema; by default the core's own migration steps.</param>
    public ConversationTest(IBot bot, TextCatalog texts, IUserStore? store = null, TimeProvider? clock = null,
        string channelId = Channels.Test, string userId = "user-1", string locale = "en-US", string? timeZone = "UTC",
        UserRecordSerializer? records = null)
    {
        Store = store ?? new MemoryUserStore();
        Records = records ?? TestRecords.Serializer;
        Clock = clock ?? TimeProvider.System;
        ChannelId = channelId;
        UserId = userId;
        Locale = locale;
        TimeZone = timeZone;
        _adapter = new CloudAdapter(bot, Store, new NoConnector(), texts, Clock, Records, Options.Create(new AdapterOptions()),
            NullLogger<CloudAdapter>.Instance);
    }

    public IUserStore Store { get; }
    public UserRecordSerializer Records { get; }
    public TimeProvider Clock { get; }
    public string ChannelId { get; }
    public string UserId { get; }
    public string Locale { get; }
    public string? TimeZone { get; }
    public string ConversationId => "conversation-" + UserId;

    /// <summary>The storage key of this conversation's user.</summary>
    public string UserKey => UserKeys.For(NewActivity(ActivityTypes.Message))!;

    /// <summary>The user's record as the next turn will load it; throws when the user has none.</summary>
    public async Task<UserRecord> ReadRecordAsync(CancellationToken cancellationToken = default)
    {
        var stored = await Store.ReadAsync(UserKey, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"No record for {UserKey}.");
        return Records.Deserialize(stored.Json);
    }

    /// <summary>The user says <paramref name="text"/>; returns what the bot said in that turn.</summary>
    public Task<TurnReplies> SayAsync(string text, CancellationToken cancellationToken = default)
    {
        var activity = NewActivity(ActivityTypes.Message);
        activity.Text = text;
        activity.TextFormat = "plain";
        return SendAsync(activity, cancellationToken);
    }

    /// <summary>The user joins the conversation (conversationUpdate with the user in membersAdded).</summary>
    public Task<TurnReplies> JoinAsync(CancellationToken cancellationToken = default)
    {
        var activity = NewActivity(ActivityTypes.ConversationUpdate);
        activity.MembersAdded = [new ChannelAccount { Id = UserId, Name = "Test User" }];
        return SendAsync(activity, cancellationToken);
    }

    /// <summary>The user presses an Action.Submit button carrying <paramref name="value"/>.</summary>
    public Task<TurnReplies> SubmitAsync(JsonObject value, CancellationToken cancellationToken = default)
    {
        var activity = NewActivity(ActivityTypes.Message);
        activity.Value = value;
        return SendAsync(activity, cancellationToken);
    }

    /// <summary>Sends any activity; addressing, id and delivery mode are filled in when missing.</summary>
    public async Task<TurnReplies> SendAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var template = NewActivity(activity.Type ?? ActivityTypes.Message);
        activity.Id ??= template.Id;
        activity.ChannelId ??= template.ChannelId;
        activity.ServiceUrl ??= template.ServiceUrl;
        activity.From ??= template.From;
        activity.Recipient ??= template.Recipient;
        activity.Conversation ??= template.Conversation;
        activity.Locale ??= template.Locale;
        activity.LocalTimezone ??= template.LocalTimezone;
        activity.Timestamp ??= template.Timestamp;
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var response = await _adapter.ProcessActivityAsync(activity, BotClaims.Anonymous, cancellationToken).ConfigureAwait(false);
        var replies = response.Body?["activities"] is JsonArray array
            ? array.Select(node => node.Deserialize(BotJsonContext.Default.Activity)!).ToList()
            : [];
        return new TurnReplies(replies);
    }

    private Activity NewActivity(string type) => new()
    {
        Type = type,
        Id = $"{_idPrefix}-{Interlocked.Increment(ref _sequence)}",
        ChannelId = ChannelId,
        ServiceUrl = "https://test.invalid/",
        From = new ChannelAccount { Id = UserId, Name = "Test User", Role = "user" },
        Recipient = new ChannelAccount { Id = "bot", Name = "CoachBot", Role = "bot" },
        Conversation = new ConversationAccount { Id = ConversationId, ConversationType = "personal" },
        Locale = Locale,
        LocalTimezone = TimeZone,
        Timestamp = Clock.GetUtcNow().UtcDateTime.ToString("O"),
    };

    /// <summary>Replies are returned in the body (expectReplies), so nothing is ever sent to a connector.</summary>
    private sealed class NoConnector : IConnectorClientFactory
    {
        public IConnectorClient Create(TrustedServiceUrl serviceUrl) =>
            throw new InvalidOperationException("A conversation test answers in the response body; nothing goes to a connector.");
    }
}
