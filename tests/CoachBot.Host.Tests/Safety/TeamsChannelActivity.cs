using System.Text.Json.Nodes;

namespace CoachBot.Host.Tests.Safety;

/// <summary>A personal-chat message turned into "@CoachBot …" in a team channel, as Teams sends it: the mention markup in the text and as an entity.</summary>
internal static class TeamsChannelActivity
{
    public static JsonObject Mentioning(JsonObject message, string conversationId)
    {
        message["text"] = "<at>CoachBot</at> " + (string?)message["text"];
        message["conversation"] = new JsonObject
        {
            ["id"] = conversationId, ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "tenant-1",
        };
        message["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention", ["text"] = "<at>CoachBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "CoachBot" },
        });
        message["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = "tenant-1" },
            ["team"] = new JsonObject { ["id"] = "19:team@thread.tacv2" },
            ["channel"] = new JsonObject { ["id"] = conversationId.Split(';')[0] },
        };
        return message;
    }
}
