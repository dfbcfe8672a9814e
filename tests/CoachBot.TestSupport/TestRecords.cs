using CoachBot.BotFramework.State;

namespace CoachBot.TestSupport;

/// <summary>The record schema of the core alone (its own migration steps), for tests that run without the host's composition.</summary>
public static class TestRecords
{
    public static RecordMigrations CoreMigrations { get; } = new(CoreRecordMigrations.Steps);

    public static UserRecordSerializer Serializer { get; } = new(CoreMigrations);
}
