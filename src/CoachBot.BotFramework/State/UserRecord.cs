using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.State;

/// <summary>
/// Everything kept about one user, read once and written at most once per turn. The protocol layer owns the
/// fields named here; higher layers keep their own typed state in <see cref="Properties"/> through
/// <see cref="Builder.ITurnContext.GetProperty{T}"/>, so this layer knows nothing of careers.
/// Stored as JSON by <see cref="UserRecordSerializer"/>, which runs the migration chain on read.
/// </summary>
public sealed class UserRecord
{
    /// <summary>
    /// The shape of the stored JSON (<see cref="RecordMigrations"/>): set by <see cref="UserRecordSerializer"/> when
    /// the record is written, always the first property so a current record is recognised without parsing it.
    /// </summary>
    [JsonPropertyOrder(-1)]
    public int SchemaVersion { get; set; }

    /// <summary>The latest reference to the user's conversation, for proactive messages.</summary>
    public ConversationReference? Reference { get; set; }

    /// <summary>True when <see cref="Reference"/> came from an authenticated activity: only then may a token go to its serviceUrl.</summary>
    public bool ReferenceAuthenticated { get; set; }

    /// <summary>True once the welcome was sent: it is sent once per user, not per conversation.</summary>
    public bool Welcomed { get; set; }

    public DialogState DialogState { get; set; } = new();

    /// <summary>State of higher layers, by name (profile, goals, schedule...).</summary>
    public Dictionary<string, JsonElement> Properties { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The adapter's bookkeeping of committed activities, not the user's state. Always the last property: the adapter
    /// compares everything before it with the stored JSON to tell whether a turn changed anything.
    /// </summary>
    [JsonPropertyOrder(1)]
    public ProcessedActivities? Processed { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UserRecord))]
[JsonSerializable(typeof(ProcessedActivities))]
internal sealed partial class StateJsonContext : JsonSerializerContext;
