using System.Net;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching;
using CoachBot.Host.Tests.Pipeline;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// Slack through Azure Bot Service (research/channels-storage.md 2.1): the text keeps Slack's own mention markup,
/// <c>&lt;@U…&gt;</c>, where the U… id is the bot's Slack user (named in the Events API envelope's
/// <c>authorizations</c>), so "@CoachBot help" arrives as <c>&lt;@U0BOTUSER&gt; help</c>. The coach reads what follows it.
/// </summary>
public sealed class SlackMentionTests(PipelineFixture bot) : IClassFixture<PipelineFixture>
{
    private static readonly TextCatalog Texts = TextCatalog.Load(TextCatalog.DefaultDirectory);

    [Theory]
    [InlineData("<@U0BOTUSER> help")]
    [InlineData("<@U0BOTUSER|coachbot> help")]
    [InlineData("help <@U0BOTUSER>")]
    public async Task TheBotsSlackMentionIsStripped(string text)
    {
        var dm = "B0BOT:T0TEAM:D" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await bot.PostAsync(SlackMessage(dm, "hi"));

        var response = await bot.PostAsync(SlackMessage(dm, text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var help = Texts.Get(CoachingTexts.Help, "en-US").Split('\n')[0].Trim();
        Assert.Contains(SentTo(dm), t => t.Contains(help, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SomeoneElsesMentionStaysInTheText()
    {
        var dm = "B0BOT:T0TEAM:D" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await bot.PostAsync(SlackMessage(dm, "hi"));

        await bot.PostAsync(SlackMessage(dm, "<@U0COLLEAGUE> purple elephant"));

        // The coach says what it read when it did not understand: the colleague's mention is part of it.
        Assert.Contains(SentTo(dm), t => t.Contains("<@U0COLLEAGUE> purple elephant", StringComparison.Ordinal));
    }

    private JsonObject SlackMessage(string conversationId, string text) =>
        SlackActivity.Message(bot.Connector.ServiceUrl, conversationId, "U0ADA:T0TEAM", "ada", text, inChannel: false);

    private List<string> SentTo(string conversationId) =>
        bot.Connector.Received.Where(r => r.RawTarget.Contains(Uri.EscapeDataString(conversationId), StringComparison.Ordinal))
            .Select(r => JsonNode.Parse(r.Json)!["text"]?.ToString() ?? "").ToList();
}
