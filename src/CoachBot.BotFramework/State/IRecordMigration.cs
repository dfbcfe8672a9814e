using System.Text.Json.Nodes;

namespace CoachBot.BotFramework.State;

/// <summary>
/// One step of the record's schema, from version <see cref="FromVersion"/> to the next, on the stored JSON. Any
/// layer may add steps (the host registers them all in one <see cref="RecordMigrations"/> chain); a new step takes
/// the next free version. A step runs only on records older than the one it produces, once, on read.
/// </summary>
public interface IRecordMigration
{
    /// <summary>The version this step reads; it leaves the record in the shape of version <c>FromVersion + 1</c>.</summary>
    int FromVersion { get; }

    /// <summary>Reshapes <paramref name="record"/> in place. The chain sets <c>schemaVersion</c> itself.</summary>
    void Migrate(JsonObject record);
}
