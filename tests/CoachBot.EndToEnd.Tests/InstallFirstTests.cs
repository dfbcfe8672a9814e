using System.Text.Json.Nodes;
using CoachBot.BotFramework.Schema;
using CoachBot.EndToEnd.Tests.Infrastructure;
using static CoachBot.EndToEnd.Tests.Infrastructure.DialogFragments;

namespace CoachBot.EndToEnd.Tests;

/// <summary>
/// A user installs the app first (Teams: installationUpdate and conversationUpdate; the other channels: a
/// conversationUpdate), through the real Playground: welcomed exactly once, never again on "hi", and a card
/// submit on the bot's message reaches the bot as the Playground sends it.
/// </summary>
[Collection(PlaygroundCollection.Name)]
public sealed class InstallFirstTests(PlaygroundFixture playground)
{
    public static TheoryData<string> Channels => new(PlaygroundFixture.ChannelIds);

    [Theory]
    [MemberData(nameof(Channels))]
    public async Task InstallWelcomesOnceAndHiDoesNotRepeatIt(string channelId)
    {
        var user = playground.InstallFirst(channelId);

        var install = await user.InstallAsync();
        var welcome = Assert.Single(install, r => r.IsMessage && Says(r.Text, Welcome));

        var sent = (await user.ReadRecordingAsync()).Where(e => e.IsToBot).Select(e => e.Activity.Type).ToList();
        Assert.Contains(ActivityTypes.ConversationUpdate, sent);
        if (channelId == BotFramework.Schema.Channels.Msteams) Assert.Contains(ActivityTypes.InstallationUpdate, sent);

        var hi = await user.SayAsync("hi");
        Assert.DoesNotContain(hi, r => Says(r.Text, Welcome));

        var help = await user.SayAsync("help");
        Assert.Contains(help, r => r.IsMessage && Says(r.Text, Help));

        // Action.Submit on the bot's message: the Playground posts the inputs as the activity's value, replying to it.
        var value = new JsonObject { ["choice"] = "help", ["note"] = "from the end-to-end test" };
        var afterSubmit = await user.SubmitAsync(welcome.MessageId!, value);
        var submitted = (await user.ReadRecordingAsync()).Last(e => e.IsToBot).Activity;
        Assert.Equal(welcome.MessageId, submitted.ReplyToId);
        Assert.True(JsonNode.DeepEquals(value, submitted.Value), $"The submit carried {submitted.Value?.ToJsonString()}");
        Assert.DoesNotContain(afterSubmit, r => Says(r.Text, Welcome));
    }
}
