using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoachBot.BotFramework.State;

/// <summary>
/// Reads and writes <see cref="UserRecord"/> JSON in the shape of <see cref="RecordMigrations.CurrentVersion"/>.
/// A record that is current (its JSON starts with the current <c>schemaVersion</c>, as every record this class
/// writes does) is deserialized directly; only an older one is parsed into a <see cref="JsonObject"/> and run
/// through the chain. One instance per process, built from the chain the host composed.
/// </summary>
public sealed class UserRecordSerializer
{
    private const string ProcessedProperty = ",\"processed\":";

    private readonly RecordMigrations _migrations;
    private readonly string _currentPrefix;

    public UserRecordSerializer(RecordMigrations migrations)
    {
        _migrations = migrations;
        _currentPrefix = "{\"schemaVersion\":" + migrations.CurrentVersion.ToString(CultureInfo.InvariantCulture) + ",";
    }

    public int CurrentVersion => _migrations.CurrentVersion;

    /// <summary>The record stored as <paramref name="json"/>, migrated to the current version when older.</summary>
    /// <exception cref="RecordVersionException">A newer build wrote it.</exception>
    /// <exception cref="JsonException">It is not a record.</exception>
    public UserRecord Deserialize(string json)
    {
        if (json.StartsWith(_currentPrefix, StringComparison.Ordinal))
            return JsonSerializer.Deserialize(json, StateJsonContext.Default.UserRecord) ?? new UserRecord();

        var record = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("The stored record is not a JSON object.");
        var version = VersionOf(record);
        if (version > CurrentVersion) throw new RecordVersionException(version, CurrentVersion);
        _migrations.Upgrade(record, version);
        return record.Deserialize(StateJsonContext.Default.UserRecord) ?? new UserRecord();
    }

    /// <summary>The record as stored: current version, the adapter's bookkeeping last.</summary>
    public string Serialize(UserRecord record) => Compose(SerializeState(record), record.Processed);

    /// <summary>The record as JSON without <see cref="UserRecord.Processed"/>: what a turn may have changed.</summary>
    internal string SerializeState(UserRecord record)
    {
        record.SchemaVersion = CurrentVersion;
        var processed = record.Processed;
        record.Processed = null; // left out (null is not written) so the rest is serialized once, and spliced in after
        try
        {
            return JsonSerializer.Serialize(record, StateJsonContext.Default.UserRecord);
        }
        finally
        {
            record.Processed = processed;
        }
    }

    /// <summary>The stored form of a record whose state serialized as <paramref name="state"/>: the bookkeeping goes last.</summary>
    internal static string Compose(string state, ProcessedActivities? processed)
    {
        if (processed is null) return state;
        var tail = JsonSerializer.Serialize(processed, StateJsonContext.Default.ProcessedActivities);
        return string.Concat(state.AsSpan(0, state.Length - 1), ProcessedProperty, tail, "}");
    }

    /// <summary>
    /// True when <paramref name="stored"/> holds exactly the state <paramref name="state"/> (whatever its bookkeeping):
    /// it is that state followed by nothing or by the <c>processed</c> property that <see cref="Compose"/> appends.
    /// The state JSON never has a top-level <c>processed</c>, so no other state can pass.
    /// </summary>
    internal static bool HoldsState(string stored, string state)
    {
        var head = state.AsSpan(0, state.Length - 1);
        if (!stored.AsSpan().StartsWith(head, StringComparison.Ordinal)) return false;
        var rest = stored.AsSpan(head.Length);
        return rest is "}" || rest.StartsWith(ProcessedProperty, StringComparison.Ordinal);
    }

    /// <summary>The record as a JSON object (for the export): the same shape as stored.</summary>
    public static JsonObject ToJsonObject(UserRecord record) =>
        JsonSerializer.SerializeToNode(record, StateJsonContext.Default.UserRecord)!.AsObject();

    private static int VersionOf(JsonObject record)
    {
        if (!record.TryGetPropertyValue("schemaVersion", out var node) || node is null) return RecordMigrations.FirstVersion;
        if (node is JsonValue value && value.TryGetValue<int>(out var version) && version >= RecordMigrations.FirstVersion) return version;
        throw new JsonException($"The stored record's schemaVersion '{node.ToJsonString()}' is not a version.");
    }
}
