using System.Text.Json.Nodes;

namespace CoachBot.BotFramework.State;

/// <summary>
/// Version 1 -> 2: the three top-level fields of the adapter's bookkeeping (<c>processedActivityIds</c>,
/// <c>lastReplies</c>, <c>lastRepliesActivityId</c>) move into one object, <c>processed</c>, kept last in the record,
/// so a turn can tell whether it changed the user's state from a single serialization.
/// </summary>
internal sealed class ProcessedActivitiesMigration : IRecordMigration
{
    public int FromVersion => 1;

    public void Migrate(JsonObject record)
    {
        var ids = Take(record, "processedActivityIds");
        var replies = Take(record, "lastReplies");
        var repliesTo = Take(record, "lastRepliesActivityId");
        if (ids is null && replies is null && repliesTo is null) return;
        var processed = new JsonObject { ["ids"] = ids ?? new JsonArray() };
        if (repliesTo is not null) processed["lastRepliesTo"] = repliesTo;
        if (replies is not null) processed["lastReplies"] = replies;
        // Removed and added again, so it comes last, where the serializer puts it.
        record.Remove("processed");
        record["processed"] = processed;
    }

    private static JsonNode? Take(JsonObject record, string name)
    {
        if (!record.TryGetPropertyValue(name, out var value)) return null;
        record.Remove(name);
        return value;
    }
}
