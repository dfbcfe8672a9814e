using System.Text.Json;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Tests.Schema;

/// <summary>How each channel marks a personal conversation (research/channels-storage.md 1.7, 2.1), on real-shaped activities.</summary>
public sealed class ConversationScopeTests
{
    [Theory]
    [InlineData("""{"channelId":"msteams","conversation":{"id":"a:1x","conversationType":"personal","tenantId":"t"}}""", ConversationScope.Personal)]
    [InlineData("""{"channelId":"msteams","conversation":{"id":"19:general@thread.tacv2;messageid=1","conversationType":"channel","isGroup":true}}""", ConversationScope.Shared)]
    [InlineData("""{"channelId":"msteams","conversation":{"id":"19:meeting_x@thread.v2","conversationType":"groupChat","isGroup":true}}""", ConversationScope.Shared)]
    [InlineData("""{"channelId":"msteams","conversation":{"id":"19:general@thread.tacv2"}}""", ConversationScope.Shared)]
    [InlineData("""{"channelId":"msteams","conversation":{"id":"a:1x"}}""", ConversationScope.Personal)]
    [InlineData("""{"channelId":"slack","conversation":{"id":"B0BOT:T0TEAM:D0ADA"}}""", ConversationScope.Personal)]
    [InlineData("""{"channelId":"slack","conversation":{"id":"B0BOT:T0TEAM:C0GENERAL","isGroup":true}}""", ConversationScope.Shared)]
    [InlineData("""{"channelId":"slack","conversation":{"id":"B0BOT:T0TEAM:C0GENERAL:1767000000.000100"}}""", ConversationScope.Shared)]
    [InlineData("""{"channelId":"slack","conversation":{"id":"B0BOT:T0TEAM:G0PRIVATE"}}""", ConversationScope.Shared)]
    [InlineData("""{"channelId":"slack","conversation":{"id":"B0BOT:T0TEAM:D0ADA"},"channelData":{"SlackMessage":{"event":{"channel_type":"channel"}}}}""", ConversationScope.Shared)]
    [InlineData("""{"channelId":"slack","conversation":{"id":"odd"},"channelData":{"SlackMessage":{"event":{"channel_type":"im"}}}}""", ConversationScope.Personal)]
    [InlineData("""{"channelId":"slack","conversation":{"id":"odd"}}""", ConversationScope.Shared)]
    [InlineData("""{"channelId":"emulator","conversation":{"id":"c1"}}""", ConversationScope.Personal)]
    [InlineData("""{"channelId":"webchat","conversation":{"id":"c1","isGroup":true}}""", ConversationScope.Shared)]
    [InlineData("""{"channelId":"msteams"}""", ConversationScope.Shared)]
    public void EachChannelsMarkIsRead(string json, ConversationScope expected)
    {
        var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity)!;

        Assert.Equal(expected, ConversationScopes.Of(activity));
        if (activity.ChannelData is null) Assert.Equal(expected, ConversationScopes.Of(activity.GetConversationReference()));
    }
}
