using CoachBot.EndToEnd.Tests.Infrastructure;
using static CoachBot.EndToEnd.Tests.Infrastructure.DialogFragments;

namespace CoachBot.EndToEnd.Tests;

/// <summary>
/// A user who has never met the bot says hello through the real Playground, then keeps talking. One transcript per
/// channel, turn by turn, because each turn depends on the ones before (the Playground has one user per process).
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class MessageFirstTests(PlaygroundFixture playground)
{
    public static TheoryData<string> Channels => new(PlaygroundFixture.ChannelIds);

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task HelloIsWelcomedOnceAndTheConversationContinues(string channelId)
    {
        var user = playground.MessageFirst(channelId);

        var hello = await user.SayAsync("hello");
        var welcome = Assert.Single(hello, r => r.IsMessage && Says(r.Text, Welcome));
        Assert.Equal(channelId, welcome.Activity.ChannelId);

        var help = await user.SayAsync("help");
        AssertSaysOnly(help, Help);

        var gibberish = await user.SayAsync("purple elephants dance on Tuesdays");
        AssertSaysOnly(gibberish, NotUnderstood);

        var helpAgain = await user.SayAsync("help");
        AssertSaysOnly(helpAgain, Help);

        var helloAgain = await user.SayAsync("hello");
        Assert.DoesNotContain(helloAgain, r => Says(r.Text, Welcome));
    }

    /// <summary>The turn's messages hold the expected sentence, and no welcome: the user was welcomed already.</summary>
    private static void AssertSaysOnly(IReadOnlyList<BotReply> replies, string fragment)
    {
        var messages = replies.Where(r => r.IsMessage).ToList();
        Assert.Contains(messages, r => Says(r.Text, fragment));
        Assert.DoesNotContain(messages, r => Says(r.Text, Welcome));
    }
}
