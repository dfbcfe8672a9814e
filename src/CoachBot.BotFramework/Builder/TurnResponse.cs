using System.Text.Json.Nodes;

namespace CoachBot.BotFramework.Builder;

/// <summary>What the HTTP layer answers for one inbound activity.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The JSON body (an invoke result or the expectReplies activities), or null for none.</param>
public sealed record TurnResponse(int Status, JsonNode? Body)
{
    public static TurnResponse Ok { get; } = new(200, null);
}
