using System.Net;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Crisis;
using CoachBot.Host.Tests.Pipeline;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// Issue 13, crisis: words of self-harm written in a team channel get the crisis reply there (nothing personal in it)
/// and also in the person's personal chat. Real-shaped Teams activities through the real pipeline; what reached the
/// loopback connector is what each conversation would show.
/// </summary>
public sealed class CrisisInAChannelTests(PipelineFixture bot) : IClassFixture<PipelineFixture>
{
    private static readonly TextCatalog Texts = TextCatalog.Load(TextCatalog.DefaultDirectory);
    private static readonly string Personal = Texts.Get(CrisisTexts.Personal, "en-US");
    private static readonly string HelpLine = Texts.Get(CrisisTexts.Help988, "en-US");

    [Fact]
    public async Task InATeamsChannelTheCrisisReplyGoesToTheChannelAndToThePersonalChat()
    {
        var user = "29:" + Guid.NewGuid().ToString("N")[..12];
        await bot.SayAsync(user, "hi");
        await bot.SayAsync(user, "set a new goal: pass the AZ-104 exam by June 30 2027, 8/10 confident, 5 hours a week, because I value learning");
        var personalBefore = bot.SentTo(user).Count;
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1767000000001";

        var response = await bot.PostAsync(ChannelMessage(user, channel, "honestly i dont want to live anymore"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var inChannel = Assert.Single(bot.Connector.SentTo(channel), r => !r.IsTyping).Activity.Text ?? "";
        Assert.Contains(HelpLine, inChannel, StringComparison.Ordinal);
        Assert.DoesNotContain("AZ-104", inChannel, StringComparison.Ordinal);
        Assert.DoesNotContain(Personal, inChannel, StringComparison.Ordinal);

        var inPersonal = bot.SentTo(user).Skip(personalBefore).Where(a => (string?)a["type"] == "message").Select(a => (string?)a["text"] ?? "").ToList();
        var followUp = Assert.Single(inPersonal);
        Assert.StartsWith(Personal, followUp, StringComparison.Ordinal);
        Assert.Contains(HelpLine, followUp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWhoNeverOpenedThePersonalChatGetsItOpenedByTheBot()
    {
        var user = "29:" + Guid.NewGuid().ToString("N")[..12];
        var channel = $"19:{Guid.NewGuid():N}@thread.tacv2;messageid=1767000000002";

        var response = await bot.PostAsync(ChannelMessage(user, channel, "i want to end my life"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(HelpLine, Assert.Single(bot.Connector.SentTo(channel), r => !r.IsTyping).Activity.Text ?? "", StringComparison.Ordinal);
        // No stored personal chat to use: the bot opened one (CrisisPersonalChatTests has the wire format and the failures).
        Assert.Empty(bot.SentTo(user));
        var opened = Assert.Single(bot.Connector.CreatedConversations, c => c.Json.Contains(user, StringComparison.Ordinal));
        Assert.StartsWith(Personal, Assert.Single(bot.Connector.SentTo(opened.ConversationId!), r => !r.IsTyping).Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InThePersonalChatTheCrisisReplyIsSentOnce()
    {
        var user = "29:" + Guid.NewGuid().ToString("N")[..12];
        await bot.SayAsync(user, "hi");
        var replies = await bot.SayAsync(user, "i want to kill myself");
        var reply = Assert.Single(replies);
        Assert.DoesNotContain(Personal, reply, StringComparison.Ordinal);
    }

    private JsonObject ChannelMessage(string userId, string conversationId, string text) =>
        TeamsChannelActivity.Mentioning(bot.Message(userId, text), conversationId);
}
