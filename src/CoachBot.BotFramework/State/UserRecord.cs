using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.State;

/// <summary>
/// Everything kept about one user, read once and written at most once per turn. The protocol layer owns the
/// fields named here; higher layers keep their own typed state in <see cref="Properties"/> through
/// <see cref="Builder.ITurnContext.GetProperty{T}"/>, so this layer knows nothing of careers.
/// </summary>
public sealed class UserRecord
{
    public const int CurrentSchemaVersion = 1;

    /// <summary>How many processed activity ids are remembered to recognise a channel's retry.</summary>
    public const int RememberedActivityIds = 16;

    public int SchemaVersion { get; set; } = CurrentSchemaVersion;

    /// <summary>The latest reference to the user's conversation, for proactive messages.</summary>
    public ConversationReference? Reference { get; set; }

    /// <summary>True when <see cref="Reference"/> came from an authenticated activity: only then may a token go to its serviceUrl.</summary>
    public bool ReferenceAuthenticated { get; set; }

    /// <summary>True once the welcome was sent: it is sent once per user, not per conversation.</summary>
    public bool Welcomed { get; set; }

    public DialogState DialogState { get; set; } = new();

    /// <summary>Ids of the last activities this record committed, newest last.</summary>
    public List<string> ProcessedActivityIds { get; set; } = [];

    /// <summary>The replies of the last committed turn, re-sent when the channel retries that activity.</summary>
    public List<Activity>? LastReplies { get; set; }

    /// <summary>The id of the activity <see cref="LastReplies"/> answered.</summary>
    public string? LastRepliesActivityId { get; set; }

    /// <summary>State of higher layers, by name (profile, goals, schedule...).</summary>
    public Dictionary<string, JsonElement> Properties { get; set; } = new(StringComparer.Ordinal);
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    PropertyNameCaseInsensitive = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(UserRecord))]
public sealed partial class StateJsonContext : JsonSerializerContext;
