using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Schema;
using CoachBot.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Scheduling;

/// <summary>
/// The check-in card with the whole coach: the scheduler sends a Teams check-in as an Adaptive Card of Action.Execute
/// buttons; pressing one (an adaptiveCard/action invoke shaped like the Playground's) starts the check-in, is answered
/// with the answered card, and updates the card's message so its buttons are gone. On the Emulator the same card has
/// Action.Submit buttons, whose press arrives as a message.
/// </summary>
public sealed class TeamsCheckInCardTests : IAsyncLifetime
{
    private static readonly string InvokeFixture = Path.Combine(RepoPaths.Root, "tests", "CoachBot.BotFramework.Tests", "Schema", "Fixtures",
        "built-from-playground-msteams-invoke-adaptiveCard-action.json");

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2027-01-01T12:00:00Z")); // a Friday
    private LoopbackConnector _connector = null!;
    private SchedulerHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _bot = new SchedulerHarness(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory", ["Understanding:Matcher"] = "Off" }, _clock);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task PressingStartNowOnTheTeamsCheckInCardStartsTheCheckInAndUpdatesTheCardWithoutItsButtons()
    {
        var user = ChannelUser.Teams(_bot, _connector.ServiceUrl, "ana", "Europe/Berlin", _clock);
        var card = await CheckInCardAsync(user);
        var start = card["actions"]!.AsArray().Select(a => a!.AsObject()).Single(a => (string?)a["title"] == "Start now");
        Assert.Equal("Action.Execute", (string?)start["type"]);
        Assert.Equal(["29:ana"], card["refresh"]!["userIds"]!.AsArray().Select(u => (string?)u));

        var invoke = PressOf(start, user);
        var response = await _bot.Adapter.ProcessActivityAsync(invoke, BotClaims.Anonymous, CancellationToken.None);

        Assert.Equal(200, response.Status);
        Assert.Equal(200, (int?)response.Body!["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)response.Body!["type"]);
        Assert.Null(response.Body!["value"]!["actions"]);
        // The check-in started: its first question went to the conversation.
        var replies = _connector.Messages.Where(m => m.Method == "POST").Skip(1).Select(m => m.Activity).ToList();
        new TurnReplies(replies).AssertContains(SeededPlan.StepTitle);
        // And the card's message was replaced by the answered card, its question kept as the text.
        var update = Assert.Single(_connector.Messages, m => m.Method == "PUT");
        Assert.EndsWith($"/activities/{invoke.ReplyToId}", update.RawTarget);
        Assert.Contains("weekly check-in", update.Activity.Text);
        Assert.Null(Assert.Single(update.Activity.Attachments!).Content!["actions"]);
    }

    [Fact]
    public async Task OnTheEmulatorTheCheckInCardHasSubmitButtonsAndTheirPressIsTheAnswer()
    {
        var user = new ChannelUser(_bot, _connector.ServiceUrl, Channels.Emulator, "emu-ana", "emu-conversation", null, "Europe/Berlin", _clock);
        var card = await CheckInCardAsync(user);
        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.All(actions, a => Assert.Equal("Action.Submit", (string?)a["type"]));
        Assert.Null(card["refresh"]);

        // An Action.Submit arrives as a message with no text and the button's data as its value.
        var text = (string)actions.Single(a => (string?)a["title"] == "Start now")["data"]!["text"]!;
        (await user.SubmitAsync(new JsonObject { ["text"] = text })).AssertContains(SeededPlan.StepTitle);
    }

    /// <summary>A user with a plan and a Monday schedule, and the check-in card the scheduler sends them on Monday.</summary>
    private async Task<JsonObject> CheckInCardAsync(ChannelUser user)
    {
        await user.SayAsync("hi");
        await SeededPlan.AddGoalAsync(_bot, user.UserKey, new DateOnly(2027, 3, 1));
        await user.SayAsync("schedule every Monday at 9:00");
        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-04T08:00:00Z"));
        Assert.Equal(1, await _bot.Scheduler.RunOnceAsync(default));
        var invite = Assert.Single(_connector.Messages).Activity;
        Assert.Contains("weekly check-in", invite.Text);
        return Assert.Single(invite.Attachments!, a => a.ContentType == ContentTypes.AdaptiveCard).Content!.AsObject();
    }

    /// <summary>The Playground-shaped invoke, from this user, pressing <paramref name="action"/> of the card.</summary>
    private Activity PressOf(JsonObject action, ChannelUser user)
    {
        var invoke = JsonSerializer.Deserialize(File.ReadAllText(InvokeFixture), BotJsonContext.Default.Activity)!;
        invoke.ServiceUrl = _connector.ServiceUrl.ToString();
        invoke.From = new ChannelAccount { Id = "29:ana", Name = "Ana" };
        invoke.Recipient = new ChannelAccount { Id = "bot", Name = "CoachBot" };
        invoke.Conversation = new ConversationAccount { Id = user.ConversationId, ConversationType = "personal", TenantId = "tenant-1" };
        invoke.ChannelData = new JsonObject { ["source"] = new JsonObject { ["name"] = "message" }, ["tenant"] = new JsonObject { ["id"] = "tenant-1" } };
        invoke.Value = new JsonObject { ["action"] = action.DeepClone(), ["trigger"] = "manual" };
        Assert.Equal(ChoiceCard.ChooseVerb, JsonRead.StringAt(invoke.Value, "action", "verb"));
        return invoke;
    }
}
