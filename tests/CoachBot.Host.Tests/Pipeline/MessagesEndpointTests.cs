using System.Net;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.Model;

namespace CoachBot.Host.Tests.Pipeline;

/// <summary>POST /api/messages through the real ASP.NET Core pipeline: the protocol, bad input, and one turn's budget.</summary>
public sealed class MessagesEndpointTests(PipelineFixture bot) : IClassFixture<PipelineFixture>
{
    [Fact]
    public async Task AMessageIsAnsweredThroughTheConnectorWithTheWelcome()
    {
        var user = NewUser();
        var response = await bot.PostAsync(bot.Message(user, "hello"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = bot.SentTo(user).Where(a => (string?)a["type"] == "message").ToList();
        Assert.Single(sent);
        Assert.Contains("career coach", sent[0]["text"]!.ToString());
        // serviceUrl path kept (/amer/), conversation id escaped in the URL, and a reply goes to the activity it answers.
        var request = bot.Connector.Received.Last(r => r.RawTarget.Contains(Uri.EscapeDataString(user)));
        Assert.StartsWith("/amer/v3/conversations/a%3Aconv-", request.RawTarget);
        Assert.Contains("/activities/", request.RawTarget);
    }

    [Fact]
    public async Task ExpectRepliesReturnsTheRepliesInTheBody()
    {
        var user = NewUser();
        var activity = bot.Message(user, "help");
        activity["deliveryMode"] = "expectReplies";
        var response = await bot.PostAsync(activity);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var texts = body["activities"]!.AsArray().Select(a => a!["text"]?.ToString()).ToList();
        Assert.Contains(texts, t => t is not null && t.Contains("career coach"));
        Assert.Contains(texts, t => t is not null && t.Contains("set a new goal"));
        Assert.Empty(bot.SentTo(user));
    }

    [Fact]
    public async Task UnknownFieldsAreAcceptedAndEveryActivityTypeIsAcknowledged()
    {
        var user = NewUser();
        var typing = bot.Message(user, "");
        typing["type"] = "typing";
        typing["somethingNew"] = new JsonObject { ["nested"] = 1 };
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(typing)).StatusCode);
        var reaction = bot.Message(user, "");
        reaction["type"] = "messageReaction";
        reaction["reactionsAdded"] = new JsonArray(new JsonObject { ["type"] = "like" });
        Assert.Equal(HttpStatusCode.OK, (await bot.PostAsync(reaction)).StatusCode);
    }

    [Fact]
    public async Task AnInvokeGetsItsResponseInTheBody()
    {
        var user = NewUser();
        var invoke = bot.Message(user, "");
        invoke["type"] = "invoke";
        invoke["name"] = "some/unknownInvoke";
        var response = await bot.PostAsync(invoke);
        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task AnActionExecuteIsReadAsTheUserTypingItsTextAndAnsweredInTheBody()
    {
        var user = NewUser();
        await bot.PostAsync(bot.Message(user, "hi"));
        var invoke = bot.Message(user, "");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "menu", ["data"] = new JsonObject { ["text"] = "my plan" } } };
        var response = await bot.PostAsync(invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", body["type"]!.ToString());
        Assert.True(bot.SentTo(user).Any(a => a["attachments"]?.ToJsonString().Contains("Your plan") == true), string.Join("\n", bot.SentTo(user).Select(a => a.ToJsonString())));
    }

    [Fact]
    public async Task InstallWelcomesOnceAndTheFirstMessageDoesNotRepeatIt()
    {
        var user = NewUser();
        var install = bot.Message(user, "");
        install["type"] = "installationUpdate";
        install["action"] = "add";
        install.Remove("text");
        await bot.PostAsync(install);
        await bot.PostAsync(bot.Message(user, "hi"));
        var welcomes = bot.SentTo(user).Count(a => a["text"]?.ToString().Contains("career coach") == true);
        Assert.Equal(1, welcomes);
    }

    [Fact]
    public async Task TheBotsMentionIsStrippedOnTeams()
    {
        var user = NewUser();
        await bot.PostAsync(bot.Message(user, "hi"));
        var message = bot.Message(user, "<at>CoachBot</at> help");
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>CoachBot</at>", ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "CoachBot" },
        });
        await bot.PostAsync(message);
        Assert.Contains(bot.SentTo(user), a => a["text"]?.ToString().Contains("set a new goal") == true && a["text"]!.ToString().Contains("Here's what I can do"));
    }

    [Fact]
    public async Task AChannelRetryOfAStepMarkedDoneIsProcessedOnceAndItsRepliesSentAgain()
    {
        // Ten seconds before midnight (UTC, the user's zone here): the channel's retry comes on the next day.
        var now = bot.Clock.GetUtcNow();
        if (now.TimeOfDay < TimeSpan.FromHours(23)) bot.Clock.SetUtcNow(new DateTimeOffset(now.UtcDateTime.Date.AddDays(1).AddSeconds(-10), TimeSpan.Zero));
        var today = DateOnly.FromDateTime(bot.Clock.GetUtcNow().UtcDateTime);
        var user = NewUser();
        await GiveAPlanAsync(user);
        var id = Guid.NewGuid().ToString("N");
        var first = await bot.SayAsync(user, "done 1", id);
        var before = await bot.Store.Inner.ReadAsync(PipelineFixture.KeyOf(user), default);
        var writes = bot.Store.Writes;
        bot.Clock.Advance(TimeSpan.FromSeconds(15));

        // Run again, "done 1" would mark the step done today, the day after: the retry must change nothing and get
        // what the first delivery got.
        var again = await bot.SayAsync(user, "done 1", id);

        Assert.Contains(first, t => t.Contains("Well done!"));
        Assert.Equal(first, again);
        Assert.Equal(writes, bot.Store.Writes);
        Assert.Equal(before!.ETag, (await bot.Store.Inner.ReadAsync(PipelineFixture.KeyOf(user), default))!.ETag);
        var steps = Assert.Single((await bot.CoachingStateOfAsync(user)).Goals).Steps;
        Assert.Equal([StepStatus.Done, StepStatus.Open], steps.Take(2).Select(s => s.Status));
        Assert.Equal(today, steps[0].DoneOn);
    }

    [Fact]
    public async Task ATurnReadsOnceAndWritesAtMostOnce()
    {
        var user = NewUser();
        await bot.PostAsync(bot.Message(user, "hi"));
        var (reads, writes) = (bot.Store.Reads, bot.Store.Writes);
        await bot.PostAsync(bot.Message(user, "self-assessment"));
        Assert.Equal(reads + 1, bot.Store.Reads);
        Assert.Equal(writes + 1, bot.Store.Writes);
    }

    [Fact]
    public async Task AFailedTurnApologisesAndLeavesStateAsItWas()
    {
        var user = NewUser();
        await bot.PostAsync(bot.Message(user, "hi"));
        var before = await bot.Store.ReadAsync(KeyOf(user), default);
        bot.FailTurn = context => context.Activity.From?.Id == user;
        try
        {
            var response = await bot.PostAsync(bot.Message(user, "set a new goal"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            bot.FailTurn = _ => false;
        }
        Assert.Contains(bot.SentTo(user), a => a["text"]?.ToString().Contains("Sorry, something went wrong") == true);
        Assert.Equal(before!.Json, (await bot.Store.ReadAsync(KeyOf(user), default))!.Json);
    }

    [Fact]
    public async Task AConnectorFailureAfterTheCommitAnswers502SoTheChannelRetries()
    {
        var user = NewUser();
        await bot.SayAsync(user, "hi");
        await bot.SayAsync(user, "set a new goal");
        await bot.SayAsync(user, "I want to get better at my job");
        await bot.SayAsync(user, "become a team lead"); // asks how confident
        var id = "retry-me-" + user;
        bot.Connector.Status = 500;
        try
        {
            var response = await bot.PostAsync(bot.Message(user, "8", id));
            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        }
        finally
        {
            bot.Connector.Status = 200;
        }
        var writes = bot.Store.Writes;

        // The channel's retry re-sends the committed replies (the hours question) without running the turn again,
        // which would have taken "8" for the hours.
        var retry = await bot.SayAsync(user, "8", id);

        Assert.Contains(retry, t => t.Contains("How many hours a week"));
        Assert.Equal(writes, bot.Store.Writes);
        Assert.DoesNotContain(await bot.SayAsync(user, "4"), t => t.Contains("How many hours a week"));
    }

    [Theory]
    [InlineData("{not json", 400)]
    [InlineData("""{"type":"message"}""", 400)]
    [InlineData("[]", 400)]
    public async Task MalformedRequestsGet400WithAClearMessage(string body, int status)
    {
        var reads = bot.Store.Reads;
        var response = await bot.PostRawAsync(body);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Contains("error", await response.Content.ReadAsStringAsync());
        Assert.Equal(reads, bot.Store.Reads);
    }

    [Fact]
    public async Task WrongContentTypeGets415()
    {
        var response = await bot.PostRawAsync(bot.Message(NewUser(), "hi").ToJsonString(), "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task OversizedBodiesGet413()
    {
        var message = bot.Message(NewUser(), new string('x', 300 * 1024));
        var reads = bot.Store.Reads;
        var response = await bot.PostAsync(message);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(reads, bot.Store.Reads);
    }

    [Fact]
    public async Task HealthReportsTheServiceAndItsStorage()
    {
        var response = await bot.Bot.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("storage", (await response.Content.ReadAsStringAsync()).ToLowerInvariant());
    }

    private static string NewUser() => "29:" + Guid.NewGuid().ToString("N")[..12];

    private static string KeyOf(string user) => PipelineFixture.KeyOf(user);

    /// <summary>A SMART goal in one message, accepted with its plan.</summary>
    private async Task GiveAPlanAsync(string user)
    {
        await bot.SayAsync(user, "hi");
        await bot.SayAsync(user, "set a new goal: pass the AWS Solutions Architect exam by June 30 2027, 8/10 confident, 5 hours a week, because I value learning");
        await bot.SayAsync(user, "yes");
        Assert.Contains(await bot.SayAsync(user, "looks good"), t => t.Contains("Your plan is saved"));
    }
}
