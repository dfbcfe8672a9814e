using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace CoachBot.Deployment.Tests.Support;

/// <summary>Talks to a running bot in anonymous local mode: an Emulator-shaped message with expectReplies, so the replies come back in the response.</summary>
public static class BotClient
{
    public static async Task<JsonArray> SendAsync(string baseUrl, string userId, string text, string channelId = "emulator")
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = channelId,
            ["serviceUrl"] = "http://127.0.0.1:9",
            ["from"] = new JsonObject { ["id"] = userId },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = "conversation-" + userId },
            ["text"] = text,
            ["locale"] = "en-US",
            ["deliveryMode"] = "expectReplies",
        };
        using var response = await http.PostAsync(baseUrl.TrimEnd('/') + "/api/messages",
            new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new HttpRequestException($"POST /api/messages answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)?["activities"]?.AsArray() ?? throw new InvalidOperationException($"No activities in {body}");
    }
}
