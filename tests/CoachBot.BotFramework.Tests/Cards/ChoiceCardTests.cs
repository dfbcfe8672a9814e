using System.Text.Json.Nodes;
using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Tests.Cards;

/// <summary>
/// Choices as a card that stays with its message (<see cref="ChoiceStyle.Card"/>), per the channel capability table:
/// Action.Execute with a refresh for the user on Teams, Action.Submit on the Emulator and Web Chat, the usual hero card
/// or numbered list where there are no Adaptive Cards.
/// </summary>
public class ChoiceCardTests
{
    private const string Question = "It's time for your weekly check-in.";
    private static readonly Choice[] Choices = [new("startNow", "Start now"), new("skipThisTime", "Skip this time")];

    private static Activity Incoming(string channel) => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = channel,
        From = new ChannelAccount { Id = "29:ana" },
        Recipient = new ChannelAccount { Id = "28:bot" },
        Conversation = new ConversationAccount { Id = "a:ana", ConversationType = "personal" },
    };

    private static JsonObject CardOf(Activity reply) =>
        Assert.Single(reply.Attachments!, a => a.ContentType == ContentTypes.AdaptiveCard).Content!.AsObject();

    [Fact]
    public void OnTeamsEachChoiceIsAnActionExecuteAndTheCardRefreshesForTheUserItWasSentTo()
    {
        var reply = ChoiceFactory.ForChannel(Incoming(Channels.Msteams), Question, Choices, style: ChoiceStyle.Card);

        Assert.Equal(Question, reply.Text);
        Assert.Null(reply.SuggestedActions);
        var card = CardOf(reply);
        Assert.Equal("1.5", (string?)card["version"]);
        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(["Action.Execute", "Action.Execute"], actions.Select(a => (string?)a["type"]));
        Assert.Equal(["Start now", "Skip this time"], actions.Select(a => (string?)a["title"]));
        Assert.All(actions, a => Assert.Equal(ChoiceCard.ChooseVerb, (string?)a["verb"]));
        Assert.Equal("Start now", (string?)actions[0]["data"]!["text"]);
        var refresh = card["refresh"]!.AsObject();
        Assert.Equal(["29:ana"], refresh["userIds"]!.AsArray().Select(u => (string?)u));
        Assert.Equal("Action.Execute", (string?)refresh["action"]!["type"]);
        Assert.Equal(ChoiceCard.RefreshVerb, (string?)refresh["action"]!["verb"]);
        // The plain-text equivalent: the question is the message's text, the choices the card's fallback.
        Assert.Equal("1. Start now\n2. Skip this time", (string?)card["fallbackText"]);
    }

    [Theory]
    [InlineData(Channels.Emulator)]
    [InlineData(Channels.Webchat)]
    [InlineData(Channels.DirectLine)]
    public void OnTheEmulatorAndWebChatEachChoiceIsAnActionSubmitCarryingItsTextAndNothingRefreshes(string channel)
    {
        var card = CardOf(ChoiceFactory.ForChannel(Incoming(channel), Question, Choices, style: ChoiceStyle.Card));

        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(["Action.Submit", "Action.Submit"], actions.Select(a => (string?)a["type"]));
        Assert.Equal(["Start now", "Skip this time"], actions.Select(a => (string?)a["data"]!["text"]));
        Assert.Null(card["refresh"]);
    }

    [Fact]
    public void WithoutAdaptiveCardsTheChannelKeepsItsOwnButtonsOrList()
    {
        var slack = ChoiceFactory.ForChannel(Incoming(Channels.Slack), Question, Choices, style: ChoiceStyle.Card);
        Assert.Equal(ContentTypes.HeroCard, Assert.Single(slack.Attachments!).ContentType);

        var terminal = ChoiceFactory.ForChannel(Incoming(Channels.Terminal), Question, Choices, style: ChoiceStyle.Card);
        Assert.Null(terminal.Attachments);
        Assert.Contains("1. Start now", terminal.Text);
    }

    [Fact]
    public void TheDefaultStyleOnTeamsIsStillSuggestedActions()
    {
        var reply = ChoiceFactory.ForChannel(Incoming(Channels.Msteams), Question, Choices);

        Assert.Null(reply.Attachments);
        Assert.Equal(["Start now", "Skip this time"], reply.SuggestedActions!.Actions!.Select(a => a.Title));
    }

    [Fact]
    public void TheAnsweredCardShowsTheChoiceAndHasNoButtonAndNoRefresh()
    {
        var card = ChoiceCard.Answered("Start now");

        Assert.Null(card["actions"]);
        Assert.Null(card["refresh"]);
        Assert.Contains("Start now", card["body"]!.ToJsonString());
    }

    [Fact]
    public void AnActionOfOurCardIsReadAndAnAnswerThatIsNotOneOfItsChoicesIsNot()
    {
        var open = ChoiceCard.Open(Question, ["Start now", "Skip this time"], ChannelCapabilities.For(Channels.Msteams), "29:ana");
        var press = new JsonObject { ["action"] = open["actions"]![1]!.DeepClone(), ["trigger"] = "manual" };

        var read = ChoiceCard.Read(press)!;
        Assert.False(read.IsRefresh);
        Assert.Equal("Skip this time", read.Answer);
        Assert.Equal(Question, read.Question);

        press["action"]!["data"]!["text"] = "Delete everything";
        Assert.Null(ChoiceCard.Read(press)!.Answer);
        Assert.True(ChoiceCard.Read(new JsonObject { ["action"] = open["refresh"]!["action"]!.DeepClone() })!.IsRefresh);
        Assert.Null(ChoiceCard.Read(new JsonObject { ["action"] = new JsonObject { ["verb"] = "someone.else" } }));
        Assert.Null(ChoiceCard.Read(JsonValue.Create("not an object")));
    }
}
