using System.Net;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching;
using CoachBot.Host.Tests.Pipeline;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// Issue 14.3: fields the schema leaves open (<c>channelData</c>, <c>entities</c>, an invoke's <c>value</c>) in shapes a
/// channel, or anyone with a valid Web Chat or Direct Line token, can send. Each is answered as what it is (a message
/// is understood, a bad Action.Execute gets 400), never with a 500 or an apology.
/// </summary>
public sealed class OddShapeTests(PipelineFixture bot) : IClassFixture<PipelineFixture>
{
    private static readonly TextCatalog Texts = TextCatalog.Load(TextCatalog.DefaultDirectory);

    public static TheoryData<string> OddMessages =>
    [
        "channelData is a string", "channelData is an array", "channelData.tenant is a string", "channelData.tenant.id is a number",
        "channelData.tenant is null", "entities holds null", "a mention's mentioned.id is a number", "a mention's mentioned is a string",
        "a mention's text is a number", "a clientInfo timezone is an object",
    ];

    [Theory]
    [MemberData(nameof(OddMessages))]
    public async Task AMessageWithAnOddShapeIsUnderstood(string oddity)
    {
        var user = NewUser();
        await bot.PostAsync(bot.Message(user, "hi"));
        var message = bot.Message(user, "help");
        // Web Chat and Direct Line name no tenant in the conversation: the tenant is looked for in channelData.
        message["conversation"]!.AsObject().Remove("tenantId");
        switch (oddity)
        {
            case "channelData is a string": message["channelData"] = "tenant-1"; break;
            case "channelData is an array": message["channelData"] = new JsonArray(1, "tenant"); break;
            case "channelData.tenant is a string": message["channelData"] = new JsonObject { ["tenant"] = "x" }; break;
            case "channelData.tenant.id is a number": message["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = 5 } }; break;
            case "channelData.tenant is null": message["channelData"] = new JsonObject { ["tenant"] = null }; break;
            case "entities holds null": message["entities"] = new JsonArray(null, null); break;
            case "a mention's mentioned.id is a number":
                message["text"] = "<at>CoachBot</at> help";
                message["entities"] = new JsonArray(Mention(new JsonObject { ["id"] = 5, ["name"] = "CoachBot" }, "<at>CoachBot</at>"));
                break;
            case "a mention's mentioned is a string":
                message["text"] = "<at>CoachBot</at> help";
                message["entities"] = new JsonArray(Mention("28:bot", "<at>CoachBot</at>"));
                break;
            case "a mention's text is a number":
                message["entities"] = new JsonArray(Mention(new JsonObject { ["id"] = "28:bot" }, 7));
                break;
            case "a clientInfo timezone is an object":
                message["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["timezone"] = new JsonObject { ["id"] = "x" } });
                break;
            default: throw new ArgumentOutOfRangeException(nameof(oddity), oddity, "No such case.");
        }

        var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var texts = bot.SentTo(user).Select(a => a["text"]?.ToString() ?? "").ToList();
        Assert.DoesNotContain(texts, t => t.Contains(Texts.Get(CoreTexts.Apology, "en-US"), StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains(FirstLine(Texts.Get(CoachingTexts.Help, "en-US")), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AConversationUpdateWhoseMembersHoldNullWelcomesTheMemberNamed()
    {
        var user = NewUser();
        var update = bot.Message(user, "");
        update.Remove("text");
        update["type"] = "conversationUpdate";
        update["membersAdded"] = new JsonArray(null, new JsonObject { ["id"] = user, ["name"] = "Ada Lovelace" });

        var response = await bot.PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var texts = bot.SentTo(user).Select(a => a["text"]?.ToString() ?? "").ToList();
        Assert.DoesNotContain(texts, t => t.Contains(Texts.Get(CoreTexts.Apology, "en-US"), StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("Ada", StringComparison.Ordinal));
    }

    public static TheoryData<string> OddActionValues =>
    [
        "value is a string", "value is an array", "value.action is a string", "value.action.data is a string",
        "value.action.data is an array", "value.action.verb is a number", "value.action.data.text is an object",
    ];

    [Theory]
    [MemberData(nameof(OddActionValues))]
    public async Task AnActionExecuteWithAnOddValueGets400AndNoApology(string oddity)
    {
        var user = NewUser();
        await bot.PostAsync(bot.Message(user, "hi"));
        var invoke = bot.Message(user, "");
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = oddity switch
        {
            "value is a string" => "my plan",
            "value is an array" => new JsonArray("my plan"),
            "value.action is a string" => new JsonObject { ["action"] = "my plan" },
            "value.action.data is a string" => new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = "my plan" } },
            "value.action.data is an array" => new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = new JsonArray(1) } },
            "value.action.verb is a number" => new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = 3 } },
            "value.action.data.text is an object" => new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["data"] = new JsonObject { ["text"] = new JsonObject() } },
            },
            _ => throw new ArgumentOutOfRangeException(nameof(oddity), oddity, "No such case."),
        };
        var sentBefore = bot.SentTo(user).Count;

        var response = await bot.PostAsync(invoke);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.ToString());
        Assert.Equal(sentBefore, bot.SentTo(user).Count);
    }

    private static JsonObject Mention(JsonNode mentioned, JsonNode text) =>
        new() { ["type"] = "mention", ["mentioned"] = mentioned, ["text"] = text };

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private static string NewUser() => "29:" + Guid.NewGuid().ToString("N")[..12];
}
