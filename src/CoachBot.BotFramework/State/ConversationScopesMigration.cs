using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.State;

/// <summary>
/// Version 2 -> 3 (DESIGN.md "Conversation scopes"). Version 2 kept one <c>reference</c>, replaced by every inbound
/// activity, so after "@CoachBot help" in a team channel the check-ins went to the channel (issue 14.1). Version 3
/// keeps the personal conversation's reference (<c>personalReference</c>) apart from shared ones
/// (<c>sharedReferences</c>): the stored reference moves to the one its conversation belongs to. A record whose only
/// reference was a shared one has no personal reference, so nothing is sent on the bot's initiative until the user
/// writes in the personal chat.
/// <para>
/// Processed activity ids are kept per conversation from version 3 on. Version 2 did not say which conversation an id
/// came from (the reference names only the last one), so its ids are kept without a conversation and match the id in
/// any conversation: a retry of an activity committed before the upgrade is still recognised; they age out after
/// <see cref="ProcessedActivities.Remembered"/> new activities.
/// </para>
/// </summary>
internal sealed class ConversationScopesMigration : IRecordMigration
{
    public int FromVersion => 2;

    public void Migrate(JsonObject record)
    {
        MoveReference(record);
        if (record["processed"] is JsonObject processed) KeyIdsByConversation(processed);
    }

    private static void MoveReference(JsonObject record)
    {
        var reference = Take(record, "reference");
        var authenticated = Take(record, "referenceAuthenticated");
        if (reference is not JsonObject stored) return;
        var parsed = stored.Deserialize(BotJsonContext.Default.ConversationReference);
        if (parsed is not null && ConversationScopes.IsPersonal(parsed))
        {
            record["personalReference"] = stored;
            if (authenticated is not null) record["personalReferenceAuthenticated"] = authenticated;
        }
        else
        {
            record["sharedReferences"] = new JsonArray(stored);
        }
        // The bookkeeping stays last, where the serializer puts it.
        if (Take(record, "processed") is { } processed) record["processed"] = processed;
    }

    private static void KeyIdsByConversation(JsonObject processed)
    {
        if (processed["ids"] is JsonArray ids)
        {
            var keyed = new JsonArray();
            foreach (var id in ids)
                if (id is JsonValue value && value.GetValueKind() == JsonValueKind.String) keyed.Add(new JsonObject { ["activity"] = value.GetValue<string>() });
            processed["ids"] = keyed;
        }
        if (processed["lastRepliesTo"] is JsonValue last && last.GetValueKind() == JsonValueKind.String)
            processed["lastRepliesTo"] = new JsonObject { ["activity"] = last.GetValue<string>() };
    }

    private static JsonNode? Take(JsonObject record, string name)
    {
        if (!record.TryGetPropertyValue(name, out var value)) return null;
        record.Remove(name);
        return value;
    }
}
