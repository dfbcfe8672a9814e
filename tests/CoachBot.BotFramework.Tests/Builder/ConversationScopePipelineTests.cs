using CoachBot.BotFramework.Builder;
using CoachBot.TestSupport;

namespace CoachBot.BotFramework.Tests.Builder;

/// <summary>
/// DESIGN.md "Conversation scopes" in the pipeline: only a personal activity sets the reference proactive turns use, a
/// channel's is kept apart, and processed ids are per conversation (issue 14.1 and 14.7).
/// </summary>
public sealed class ConversationScopePipelineTests
{
    [Fact]
    public async Task AMessageInAChannelDoesNotMoveProactiveMessagesThere()
    {
        await using var bot = await PipelineHarness.StartAsync();
        await bot.SayAsync("next");
        await bot.SayInChannelAsync("show");

        var result = await bot.Adapter.ContinueConversationAsync(PipelineHarness.UserKey, (context, _) =>
        {
            context.SendActivity("checking in");
            return Task.CompletedTask;
        }, default);

        Assert.Equal(ProactiveStatus.Sent, result.Status);
        var sent = bot.Connector.Messages[^1];
        Assert.Equal(("checking in", PipelineHarness.ConversationId), (sent.Activity.Text, sent.ConversationId));
        var record = TestRecords.Serializer.Deserialize((await bot.Store.Inner.ReadAsync(PipelineHarness.UserKey, default))!.Json);
        Assert.Equal(PipelineHarness.ConversationId, record.PersonalReference!.Conversation!.Id);
        Assert.Equal(PipelineHarness.ChannelConversationId, Assert.Single(record.SharedReferences!).Conversation!.Id);
    }

    [Fact]
    public async Task AUserWhoOnlyWroteInAChannelGetsNothingUntilTheyWriteInThePersonalChat()
    {
        await using var bot = await PipelineHarness.StartAsync();
        await bot.SayInChannelAsync("next");
        var runs = 0;
        Task Turn(ITurnContext context, CancellationToken _)
        {
            runs++;
            context.SendActivity("checking in");
            return Task.CompletedTask;
        }

        var paused = await bot.Adapter.ContinueConversationAsync(PipelineHarness.UserKey, Turn, default);

        Assert.Equal(ProactiveStatus.NoPersonalConversation, paused.Status);
        Assert.Equal(0, runs);
        Assert.DoesNotContain(bot.Connector.Messages, m => m.Activity.Text == "checking in");

        await bot.SayAsync("show");
        Assert.Equal(ProactiveStatus.Sent, (await bot.Adapter.ContinueConversationAsync(PipelineHarness.UserKey, Turn, default)).Status);
        Assert.Equal(PipelineHarness.ConversationId, bot.Connector.Messages[^1].ConversationId);
    }

    [Fact]
    public async Task TheSameActivityIdInAnotherConversationIsAnotherActivity()
    {
        await using var bot = await PipelineHarness.StartAsync();
        await bot.SayAsync("next", id: "1");

        await bot.SayInChannelAsync("next", id: "1");

        Assert.Equal(2, bot.Bot.Runs);
        Assert.Equal(2, await bot.StoredCountAsync());
        Assert.Equal(["count is 1", "count is 2"], bot.SentTexts);
        Assert.Equal(PipelineHarness.ChannelConversationId, bot.Connector.Messages[^1].ConversationId);
    }

    [Fact]
    public async Task ARetryInTheSameConversationIsStillRecognised()
    {
        await using var bot = await PipelineHarness.StartAsync();
        await bot.SayInChannelAsync("next", id: "1");

        await bot.SayInChannelAsync("next", id: "1");

        Assert.Equal(1, bot.Bot.Runs);
        Assert.Equal(["count is 1", "count is 1"], bot.SentTexts);
    }
}
