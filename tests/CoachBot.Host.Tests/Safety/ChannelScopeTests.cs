using System.Net;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching;
using CoachBot.Coaching.Scopes;
using CoachBot.Host.Tests.Pipeline;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// Issue 14.2 (DESIGN.md "Conversation scopes"): in a Teams team channel or a Slack channel everyone reads along, so the
/// coach answers a mention with one sentence that points to the personal chat, says at most a one-line hello when it
/// is added, and never shows the plan, the export or the private welcome there. Real-shaped activities (research
/// notes 1.7, 2.1) through the real pipeline; what reached the loopback connector is what the channel would show.
/// </summary>
public sealed class ChannelScopeTests(PipelineFixture bot) : IClassFixture<PipelineFixture>
{
    private static readonly TextCatalog Texts = TextCatalog.Load(TextCatalog.DefaultDirectory);
    private static readonly string Pointer = Texts.Get(ScopeTexts.Mentioned, "en-US");
    private static readonly string Hello = Texts.Get(ScopeTexts.Hello, "en-US");
    private static readonly string PrivateWelcome = "What you tell me is private to you";

    [Theory]
    [InlineData("my plan")]
    [InlineData("export my data")]
    [InlineData("self-assessment")]
    [InlineData("hi")]
    public async Task AMentionInATeamsChannelGetsOneSentenceThatPointsToThePersonalChat(string text)
    {
        var user = NewTeamsUser();
        await bot.SayAsync(user, "hi");
        await bot.SayAsync(user, "set a new goal: pass the AZ-104 exam by June 30 2027, 8/10 confident, 5 hours a week, because I value learning");
        await bot.SayAsync(user, "yes");
        var channel = TeamsChannel();

        var response = await bot.PostAsync(TeamsChannelMessage(user, channel, text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([Pointer], TextsTo(channel));
    }

    [Fact]
    public async Task AUserWhoFirstMeetsTheCoachInAChannelGetsTheWelcomeInThePersonalChat()
    {
        var user = NewTeamsUser();
        var channel = TeamsChannel();
        await bot.PostAsync(TeamsChannelMessage(user, channel, "help"));
        Assert.Equal([Pointer], TextsTo(channel));

        var personal = await bot.SayAsync(user, "hi");

        Assert.Contains(personal, t => t.Contains(PrivateWelcome, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMemberJoiningASlackChannelGetsNoWelcomeThere()
    {
        var channel = "B0BOT:T0TEAM:C" + Suffix();
        var member = "U" + Suffix() + ":T0TEAM";

        var response = await bot.PostAsync(SlackConversationUpdate(channel, member, member));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(TextsTo(channel));
    }

    [Fact]
    public async Task TheBotAddedToASlackChannelSaysAOneLineHello()
    {
        var channel = "B0BOT:T0TEAM:C" + Suffix();
        var adder = "U" + Suffix() + ":T0TEAM";

        await bot.PostAsync(SlackConversationUpdate(channel, adder, "B0BOT:T0TEAM"));

        var hello = Assert.Single(TextsTo(channel));
        Assert.Equal(Hello, hello);
        Assert.DoesNotContain('\n', hello);
        Assert.DoesNotContain(PrivateWelcome, hello, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASlackChannelMessageMentioningTheBotGetsThePointerAndOneWithoutAMentionNothing()
    {
        var channel = "B0BOT:T0TEAM:C" + Suffix();
        var user = "U" + Suffix() + ":T0TEAM";

        await bot.PostAsync(SlackChannelMessage(channel, user, "lunch anyone?"));
        Assert.Empty(TextsTo(channel));

        await bot.PostAsync(SlackChannelMessage(channel, user, "<@U0BOTUSER> my plan"));
        Assert.Equal([Pointer], TextsTo(channel));
    }

    private static string Suffix() => Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static string NewTeamsUser() => "29:" + Guid.NewGuid().ToString("N")[..12];

    private static string TeamsChannel() => $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1767000000001";

    private JsonObject TeamsChannelMessage(string userId, string conversationId, string text) =>
        TeamsChannelActivity.Mentioning(bot.Message(userId, text), conversationId);

    private JsonObject SlackChannelMessage(string conversationId, string userId, string text) =>
        SlackActivity.Message(bot.Connector.ServiceUrl, conversationId, userId, "grace", text, inChannel: true);

    /// <summary>A Slack member_joined_channel as Azure Bot Service passes it: a conversationUpdate naming who joined.</summary>
    private JsonObject SlackConversationUpdate(string conversationId, string fromId, string joinedId) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "slack",
        ["serviceUrl"] = new Uri(bot.Connector.ServiceUrl, "slack/").AbsoluteUri,
        ["from"] = new JsonObject { ["id"] = fromId },
        ["recipient"] = new JsonObject { ["id"] = "B0BOT:T0TEAM", ["name"] = "coachbot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["isGroup"] = true },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = joinedId }),
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject
        {
            ["SlackMessage"] = new JsonObject
            {
                ["type"] = "event_callback", ["team_id"] = "T0TEAM",
                ["event"] = new JsonObject { ["type"] = "member_joined_channel", ["channel"] = conversationId.Split(':')[2], ["user"] = joinedId.Split(':')[0] },
            },
        },
    };

    private List<string> TextsTo(string conversationId) =>
        [.. bot.Connector.SentTo(conversationId).Where(r => !r.IsTyping).Select(r => r.Activity.Text ?? "")];
}
