using System.Net;
using System.Text.Json.Nodes;
using CoachBot.Host.Tests.Pipeline;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// Issue 14.4: an id is copied into URLs and into the <c>x-ms-conversation-id</c> header of calls to the serviceUrl, so a
/// line break in one would let the sender write headers of their own. Such an activity is refused where it is parsed
/// (400, nothing read, nothing sent).
/// </summary>
public sealed class HeaderInjectionTests(PipelineFixture bot) : IClassFixture<PipelineFixture>
{
    public static TheoryData<string, string> Injections => new()
    {
        { "conversation.id", "\r\nX-Injected: yes" },
        { "conversation.id", "\nX-Injected: yes" },
        { "conversation.id", "\rX-Injected: yes" },
        { "conversation.id", "\u0000" },
        { "from.id", "\r\nX-Injected: yes" },
        { "recipient.id", "\nX-Injected: yes" },
        { "id", "\r\nX-Injected: yes" },
        { "replyToId", "\u0085X-Injected: yes" },
        { "channelId", "\tmsteams" },
        { "conversation.tenantId", "\u2028" },
    };

    [Theory]
    [MemberData(nameof(Injections))]
    public async Task AnIdWithAControlCharacterIsRefusedBeforeAnythingRuns(string field, string suffix)
    {
        var user = "29:" + Guid.NewGuid().ToString("N")[..12];
        var message = bot.Message(user, "hi");
        switch (field)
        {
            case "conversation.id": message["conversation"]!["id"] = "a:conv-" + user + suffix; break;
            case "conversation.tenantId": message["conversation"]!["tenantId"] = "tenant-1" + suffix; break;
            case "from.id": message["from"]!["id"] = user + suffix; break;
            case "recipient.id": message["recipient"]!["id"] = "28:bot" + suffix; break;
            case "id": message["id"] = "1234" + suffix; break;
            case "replyToId": message["replyToId"] = "1234" + suffix; break;
            case "channelId": message["channelId"] = "msteams" + suffix; break;
            default: throw new ArgumentOutOfRangeException(nameof(field), field, "No such field.");
        }
        var reads = bot.Store.Reads;
        var requests = bot.Connector.Received.Count;

        var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error"]!;
        Assert.Equal("BadArgument", error["code"]!.ToString());
        Assert.Contains(field, error["message"]!.ToString());
        Assert.Equal(reads, bot.Store.Reads);
        Assert.Equal(requests, bot.Connector.Received.Count);
        Assert.DoesNotContain(bot.Connector.Received, r => r.Headers.ContainsKey("x-injected"));
    }

    [Fact]
    public async Task TeamsAndSlackIdsWithTheirPunctuationAreAccepted()
    {
        var user = "29:1a-B_c.d=e";
        var message = bot.Message(user, "hi");
        message["conversation"]!["id"] = "19:abc@thread.tacv2;messageid=1752644289992";
        message["replyToId"] = "1752644289992";

        var response = await bot.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = bot.Connector.Received.Last(r => r.RawTarget.Contains("19%3Aabc%40thread.tacv2", StringComparison.Ordinal));
        Assert.Equal("19:abc@thread.tacv2;messageid=1752644289992", sent.Headers["x-ms-conversation-id"]);
    }
}
