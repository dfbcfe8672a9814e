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

    /// <summary>
    /// The reference of the user's personal conversation (Teams personal chat, Slack DM): the only place proactive
    /// messages (check-ins, reminders, nudges) and anything personal go. Only a personal inbound activity sets it.
    /// Null until the user writes there (or installs the bot there): then nothing is sent on the bot's own initiative.
    /// </summary>
    public ConversationReference? PersonalReference { get; set; }

    /// <summary>True when <see cref="PersonalReference"/> came from an authenticated activity: only then may a token go to its serviceUrl.</summary>
    public bool PersonalReferenceAuthenticated { get; set; }

    /// <summary>
    /// The channels and group chats the user last wrote to the bot in (newest last, at most
    /// <see cref="MaxSharedReferences"/>), kept apart from the personal one: nothing is ever sent to them unasked.
    /// </summary>
    public List<ConversationReference>? SharedReferences { get; set; }

    /// <summary>How many shared conversations a record remembers.</summary>
    public const int MaxSharedReferences = 4;

    /// <summary>
    /// True for what "delete my data" leaves (a tombstone): no state, only <see cref="Processed"/>, so that a channel's
    /// retry of the confirming message is recognised instead of creating the user again. The next turn starts afresh.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Deleted { get; set; }

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
