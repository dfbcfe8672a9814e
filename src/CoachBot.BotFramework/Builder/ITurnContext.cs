using System.Text.Json.Serialization.Metadata;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;

namespace CoachBot.BotFramework.Builder;

/// <summary>
/// One turn: the incoming activity, the user's record, and the replies collected so far. Replies are not sent
/// while the turn runs: they go out after the record is committed (DESIGN.md "One turn").
/// </summary>
public interface ITurnContext
{
    Activity Activity { get; }

    BotClaims Claims { get; }

    /// <summary>The storage key of this user: channel, tenant and user id.</summary>
    string UserKey { get; }

    /// <summary>The user's record, loaded once at the start of the turn.</summary>
    UserRecord Record { get; }

    /// <summary>True when the user had no record before this turn.</summary>
    bool IsNewUser { get; }

    /// <summary>The current time, from the injected clock.</summary>
    TimeProvider Clock { get; }

    /// <summary>The replies collected so far in this turn.</summary>
    IReadOnlyList<Activity> Replies { get; }

    /// <summary>True once a visible reply was collected in this turn (prompts use it to avoid double retries).</summary>
    bool Responded { get; }

    /// <summary>The synchronous answer to an invoke activity.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Per-turn services and values, not persisted.</summary>
    IDictionary<string, object> TurnState { get; }

    /// <summary>Collects a reply; missing addressing fields are filled from the incoming activity.</summary>
    void SendActivity(Activity activity);

    void SendActivity(string text);

    /// <summary>Typed state of a higher layer, deserialized once per turn and saved at the end of the turn if it changed.</summary>
    T GetProperty<T>(string name, JsonTypeInfo<T> typeInfo, Func<T> create) where T : class;

    /// <summary>Replaces (or with null removes) a typed property.</summary>
    void SetProperty<T>(string name, JsonTypeInfo<T> typeInfo, T? value) where T : class;

    /// <summary>The user's stored history rows, oldest first: an extra read, for export and reviews only (DESIGN.md "State").</summary>
    Task<IReadOnlyList<HistoryRow>> ReadHistoryAsync(CancellationToken cancellationToken);

    /// <summary>Adds a history row, written in the same transaction as the record.</summary>
    void AppendHistory(HistoryRow row);

    /// <summary>Asks for the due index to hold this row before the record is written (DESIGN.md "State").</summary>
    void UpsertDue(DueEntry entry);

    /// <summary>At commit, deletes every row the user has (record, history, due index) instead of writing the record.</summary>
    void DeleteUserData();
}
