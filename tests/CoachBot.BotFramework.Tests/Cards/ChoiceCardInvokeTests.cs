using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.BotFramework.Text;
using CoachBot.TestSupport;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.BotFramework.Tests.Cards;

/// <summary>
/// A press on a Teams choice card, as the Playground-shaped <c>adaptiveCard/action</c> invoke fixtures carry it, through
/// the real turn pipeline (<see cref="CloudAdapter"/>, one read, one write) and a loopback connector over HTTP: the invoke
/// is answered with the answered card, and the card's message is PUT over with it, after the bot's own reply.
/// </summary>
public sealed class ChoiceCardInvokeTests : IAsyncLifetime
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures");

    private LoopbackConnector _connector = null!;
    private CloudAdapter _adapter = null!;
    private readonly AnsweringBot _bot = new();

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _adapter = new CloudAdapter(_bot, new MemoryUserStore(), new ConnectorClientFactory(new PlainHttpClients(), new NoBotTokenProvider()),
            TextCatalog.FromDictionary(new Dictionary<string, string> { [CoreTexts.Apology] = "Sorry." }),
            new FakeTimeProvider(DateTimeOffset.Parse("2027-01-04T09:00:00Z")), TestRecords.Serializer, Options.Create(new AdapterOptions()),
            new ListLogger<CloudAdapter>());
    }

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task APressIsAnsweredWithTheAnsweredCardAndTheCardsMessageIsUpdatedSoItCannotBePressedAgain()
    {
        var invoke = Fixture("built-from-playground-msteams-invoke-adaptiveCard-action.json");

        var response = await _adapter.ProcessActivityAsync(invoke, BotClaims.Anonymous, CancellationToken.None);

        Assert.Equal(200, response.Status);
        var body = response.Body!.AsObject();
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        var shown = body["value"]!.AsObject();
        Assert.Equal("AdaptiveCard", (string?)shown["type"]);
        Assert.Null(shown["actions"]);
        Assert.Null(shown["refresh"]);
        Assert.Contains("Start now", shown["body"]!.ToJsonString());

        // The bot read the press as the user's answer, once.
        Assert.Equal(["Start now"], _bot.Answers);
        var posted = Assert.Single(_connector.Messages, m => m.Method == "POST");
        Assert.Equal("you chose Start now", posted.Activity.Text);

        var update = Assert.Single(_connector.Messages, m => m.Method == "PUT");
        var conversation = Uri.EscapeDataString(invoke.Conversation!.Id!);
        Assert.EndsWith($"/v3/conversations/{conversation}/activities/1795770075703", update.RawTarget);
        var updated = update.Activity;
        Assert.Equal(ActivityTypes.Message, updated.Type);
        Assert.Equal("1795770075703", updated.Id);
        Assert.Equal("It's time for your weekly check-in.", updated.Text);
        var card = Assert.Single(updated.Attachments!);
        Assert.Equal(ContentTypes.AdaptiveCard, card.ContentType);
        Assert.Null(card.Content!["actions"]);
        Assert.Null(card.Content!["refresh"]);
    }

    [Fact]
    public async Task ARefreshIsAnsweredWithTheOpenCardForThatUserWithoutRunningTheBotOrSendingAnything()
    {
        var invoke = Fixture("built-from-playground-msteams-invoke-adaptiveCard-refresh.json");

        var response = await _adapter.ProcessActivityAsync(invoke, BotClaims.Anonymous, CancellationToken.None);

        Assert.Equal(200, response.Status);
        var body = response.Body!.AsObject();
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        var card = body["value"]!.AsObject();
        Assert.Equal(["Start now", "Remind me in an hour", "Tomorrow", "Skip this time"],
            card["actions"]!.AsArray().Select(a => (string?)a!["title"]));
        Assert.Equal([invoke.From!.Id], card["refresh"]!["userIds"]!.AsArray().Select(u => (string?)u));
        Assert.Empty(_bot.Answers);
        Assert.Empty(_connector.Messages);
    }

    [Fact]
    public async Task AnActionOfAnotherCardGoesToTheBotAsItCameAndNothingIsUpdated()
    {
        var invoke = Fixture("built-from-playground-msteams-invoke-adaptiveCard-action.json");
        invoke.Value!["action"]!["verb"] = "someone.else";

        var response = await _adapter.ProcessActivityAsync(invoke, BotClaims.Anonymous, CancellationToken.None);

        Assert.Equal(200, response.Status);
        Assert.Equal(ContentTypes.InvokeMessage, (string?)response.Body!["type"]);
        Assert.DoesNotContain(_connector.Messages, m => m.Method == "PUT");
    }

    /// <summary>The fixture as the channel sent it, addressed to the loopback connector.</summary>
    private Activity Fixture(string name)
    {
        var activity = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(Fixtures, name)), BotJsonContext.Default.Activity)!;
        activity.ServiceUrl = _connector.ServiceUrl.ToString();
        return activity;
    }

    /// <summary>Answers an <c>adaptiveCard/action</c> as the coach does: reads <c>data.text</c>, replies, answers 200.</summary>
    private sealed class AnsweringBot : ActivityHandler
    {
        public List<string> Answers { get; } = [];

        protected override Task OnAdaptiveCardInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            var text = JsonRead.StringAt(turnContext.Activity.Value, "action", "data", "text") ?? "";
            Answers.Add(text);
            turnContext.SendActivity("you chose " + text);
            turnContext.InvokeResponse = new InvokeResponse
            {
                Status = 200,
                Body = new JsonObject { ["statusCode"] = 200, ["type"] = ContentTypes.InvokeMessage, ["value"] = "OK" },
            };
            return Task.CompletedTask;
        }
    }

    private sealed class PlainHttpClients : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new();
    }
}
