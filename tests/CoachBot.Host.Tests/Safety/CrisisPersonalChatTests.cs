using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.State;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Crisis;
using CoachBot.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.Safety;

/// <summary>The real app in process with short connector bounds, a loopback connector that answers Create Conversation, and the logs captured.</summary>
public sealed class CrisisChatFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    public LoopbackConnector Connector { get; private set; } = null!;
    public CapturedLogs Logs { get; } = new();
    public MemoryUserStore Store { get; } = new();
    public HttpClient Bot { get; private set; } = null!;

    /// <summary>The connector's per-attempt bound here: the Create Conversation call gets this much time.</summary>
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromMilliseconds(500);

    public async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storage:Provider", "Memory");
            host.UseSetting("CheckIns:Enabled", "false");
            host.UseSetting("Connector:MaxRetries", "0");
            host.UseSetting("Connector:BaseDelay", "00:00:00.010");
            host.UseSetting("Connector:MaxDelay", "00:00:00.200");
            host.UseSetting("Connector:AttemptTimeout", AttemptTimeout.ToString("c"));
            host.UseSetting("Connector:TotalTimeout", "00:00:02");
            host.ConfigureTestServices(services =>
            {
                services.AddSingleton<IUserStore>(Store);
                services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            });
        });
        Bot = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Bot.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Connector.DisposeAsync();
    }

    public string ServiceUrl => new Uri(Connector.ServiceUrl, "amer/").AbsoluteUri;

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity) =>
        await Bot.PostAsync("/api/messages", new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json"));
}

/// <summary>
/// Issue 13, crisis: written in a Teams channel by someone whose personal chat the bot has never seen, the crisis reply
/// goes to the channel, and the bot opens the personal chat itself (Create Conversation, over real HTTP in the wire
/// format Teams takes) and says it there too. When Teams refuses or does not answer in time, and on Slack, where no
/// such call exists, the channel reply still goes and the log says the personal chat could not be reached (1301).
/// The logs never hold the message.
/// </summary>
public sealed class CrisisPersonalChatTests(CrisisChatFixture bot) : IClassFixture<CrisisChatFixture>
{
    private static readonly TextCatalog Texts = TextCatalog.Load(TextCatalog.DefaultDirectory);
    private static readonly string Personal = Texts.Get(CrisisTexts.Personal, "en-US");
    private static readonly string HelpLine = Texts.Get(CrisisTexts.Help988, "en-US");
    private const string Crisis = "honestly i dont want to live anymore";

    [Fact]
    public async Task WithNoPersonalChatStoredTheBotOpensOneOnTeamsAndSaysItThere()
    {
        var (user, channel) = NewUserAndChannel();
        var createdBefore = bot.Connector.CreatedConversations.Count;

        using var response = await bot.PostAsync(TeamsChannelMessage(user, channel, Crisis));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(HelpLine, InChannel(channel), StringComparison.Ordinal);
        var create = Assert.Single(bot.Connector.CreatedConversations.Skip(createdBefore));
        Assert.EndsWith("/amer/v3/conversations", create.RawTarget, StringComparison.Ordinal);
        var body = create.Body;
        Assert.False((bool)body["isGroup"]!);
        Assert.Equal("28:bot", (string?)body["bot"]?["id"]);
        var member = Assert.Single(body["members"]!.AsArray());
        Assert.Equal(user, (string?)member!["id"]);
        Assert.Equal("tenant-1", (string?)body["tenantId"]);
        Assert.Equal("tenant-1", (string?)body["channelData"]?["tenant"]?["id"]);
        Assert.Null(body["activity"]); // the message follows as an activity of its own, after the commit

        var sent = Assert.Single(bot.Connector.SentTo(create.ConversationId!), r => !r.IsTyping).Activity;
        Assert.StartsWith(Personal, sent.Text, StringComparison.Ordinal);
        Assert.Contains(HelpLine, sent.Text, StringComparison.Ordinal);
        Assert.Equal(user, sent.Recipient?.Id);
        Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("personal chat the bot opened", StringComparison.Ordinal));
        AssertNoWordsInLogs();
    }

    [Fact]
    public async Task TheChatTheBotOpenedIsNotStoredAsThePersonalReference()
    {
        var (user, channel) = NewUserAndChannel();

        using var response = await bot.PostAsync(TeamsChannelMessage(user, channel, Crisis));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await bot.Store.ReadAsync($"msteams|tenant-1|{user}", default);
        Assert.NotNull(stored);
        var record = JsonNode.Parse(stored.Json)!;
        Assert.Null(record["personalReference"]);
        // The channel is remembered as shared, as for any channel activity.
        Assert.Contains(channel, stored.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTeamsRefusesToOpenThePersonalChatTheChannelReplyStillGoesAndTheLogSaysSo()
    {
        var (user, channel) = NewUserAndChannel();
        bot.Connector.CreateConversationStatus = 403;
        try
        {
            var messagesBefore = bot.Connector.Messages.Count;
            using var response = await bot.PostAsync(TeamsChannelMessage(user, channel, Crisis));

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(HelpLine, InChannel(channel), StringComparison.Ordinal);
            // Only the channel's reply went anywhere.
            Assert.Single(bot.Connector.Messages.Skip(messagesBefore));
            Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("could not also go to the personal chat", StringComparison.Ordinal)
                && l.Message.Contains("403 BotNotInConversationRoster", StringComparison.Ordinal));
            AssertNoWordsInLogs();
        }
        finally
        {
            bot.Connector.CreateConversationStatus = 200;
        }
    }

    [Fact]
    public async Task WhenOpeningThePersonalChatTakesTooLongTheChannelReplyGoesWithinTheBound()
    {
        var (user, channel) = NewUserAndChannel();
        bot.Connector.CreateConversationDelay = TimeSpan.FromSeconds(10);
        try
        {
            var messagesBefore = bot.Connector.Messages.Count;
            var clock = Stopwatch.StartNew();
            using var response = await bot.PostAsync(TeamsChannelMessage(user, channel, Crisis));
            clock.Stop();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(HelpLine, InChannel(channel), StringComparison.Ordinal);
            Assert.Single(bot.Connector.Messages.Skip(messagesBefore));
            // One connector attempt's time for the call (cut at 4 s), not the channel's 10 s. The bound sits between
            // the two with room for a loaded test machine (it once failed at 5 s with the matcher loading alongside).
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"the turn took {clock.Elapsed}");
            Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("could not also go to the personal chat", StringComparison.Ordinal)
                && l.Message.Contains("did not answer in time", StringComparison.Ordinal));
            AssertNoWordsInLogs();
        }
        finally
        {
            bot.Connector.CreateConversationDelay = TimeSpan.Zero;
        }
    }

    [Fact]
    public async Task OnSlackNoChatIsOpenedTheChannelReplyGoesAndTheLogSaysSo()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var channel = "B0BOT:T0TEAM:C" + suffix;
        var createdBefore = bot.Connector.CreatedConversations.Count;

        using var response = await bot.PostAsync(SlackChannelMessage(channel, "U" + suffix + ":T0TEAM", "<@U0BOTUSER> " + Crisis));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(HelpLine, InChannel(channel), StringComparison.Ordinal);
        Assert.Equal(createdBefore, bot.Connector.CreatedConversations.Count);
        Assert.Contains(bot.Logs.Lines, l => l.Message.Contains("Crisis reply on slack could not also go to the personal chat", StringComparison.Ordinal)
            && l.Message.Contains("cannot open a personal chat", StringComparison.Ordinal));
        AssertNoWordsInLogs();
    }

    private string InChannel(string channel) => Assert.Single(bot.Connector.SentTo(channel), r => !r.IsTyping).Activity.Text ?? "";

    private void AssertNoWordsInLogs() =>
        Assert.DoesNotContain(bot.Logs.Lines, l => l.Message.Contains("live anymore", StringComparison.OrdinalIgnoreCase)
            || l.Message.Contains("Ada", StringComparison.Ordinal));

    private static (string User, string Channel) NewUserAndChannel() =>
        ("29:" + Guid.NewGuid().ToString("N")[..12], $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1767000000009");

    private JsonObject TeamsChannelMessage(string userId, string conversationId, string text) =>
        TeamsChannelActivity.Mentioning(new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = bot.ServiceUrl,
            ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Ada Lovelace" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "CoachBot" },
            ["text"] = text,
            ["locale"] = "en-US",
        }, conversationId);

    private JsonObject SlackChannelMessage(string conversationId, string userId, string text) =>
        SlackActivity.Message(bot.Connector.ServiceUrl, conversationId, userId, "Ada", text, inChannel: true);
}
