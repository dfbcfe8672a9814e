using System.Text.Json.Nodes;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// A Slack message as Azure Bot Service delivers it: the Bot Framework activity with the Events API envelope in
/// <c>channelData.SlackMessage</c>. A direct message says <c>channel_type: im</c>; a channel message is a group.
/// </summary>
internal static class SlackActivity
{
    /// <param name="conversationId">Bot Service's form, <c>bot:team:channel</c>.</param>
    /// <param name="userId">Bot Service's form, <c>user:team</c>.</param>
    public static JsonObject Message(Uri connector, string conversationId, string userId, string userName, string text, bool inChannel) => new()
    {
        ["type"] = "message",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["channelId"] = "slack",
        ["serviceUrl"] = new Uri(connector, "slack/").AbsoluteUri,
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = userName },
        ["recipient"] = new JsonObject { ["id"] = "B0BOT:T0TEAM", ["name"] = "coachbot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["isGroup"] = inChannel },
        ["text"] = text,
        ["locale"] = "en-US",
        ["channelData"] = new JsonObject
        {
            ["SlackMessage"] = new JsonObject
            {
                ["type"] = "event_callback",
                ["team_id"] = "T0TEAM",
                ["api_app_id"] = "A0APP",
                ["event"] = new JsonObject
                {
                    ["type"] = "message", ["channel_type"] = inChannel ? "channel" : "im", ["channel"] = conversationId.Split(':')[2],
                    ["user"] = userId.Split(':')[0], ["text"] = text, ["ts"] = "1767000000.000100",
                },
                ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = "T0TEAM", ["user_id"] = "U0BOTUSER", ["is_bot"] = true }),
            },
            ["ApiToken"] = "xoxb-not-a-real-token",
        },
    };
}
