using CoachBot.BotFramework.State;
using CoachBot.TestSupport;

namespace CoachBot.BotFramework.Tests.State;

/// <summary>
/// How the pipeline tells, from one serialization, whether a turn changed the record: the stored JSON holds the same
/// state when it is that state with (or without) the bookkeeping appended after it.
/// </summary>
public sealed class StateComparisonTests
{
    private static readonly UserRecordSerializer Records = TestRecords.Serializer;

    [Fact]
    public void TheSameStateWithOtherBookkeepingIsUnchanged()
    {
        var record = new UserRecord { Welcomed = true };
        record.Processed = new ProcessedActivities();
        record.Processed.Remember("conv-1", "a1", []);
        var stored = Records.Serialize(record);

        record.Processed.Remember("conv-1", "a2", []);
        Assert.True(UserRecordSerializer.HoldsState(stored, Records.SerializeState(record)));
        Assert.True(UserRecordSerializer.HoldsState(Records.SerializeState(record), Records.SerializeState(record)));
    }

    [Fact]
    public void AnyChangeToTheStateIsAChange()
    {
        var record = new UserRecord { Welcomed = true };
        record.Processed = new ProcessedActivities();
        record.Processed.Remember("conv-1", "a1", []);
        var stored = Records.Serialize(record);

        record.Welcomed = false;
        Assert.False(UserRecordSerializer.HoldsState(stored, Records.SerializeState(record)));
        record.Welcomed = true;
        record.Properties["coach"] = System.Text.Json.JsonDocument.Parse("{}").RootElement;
        Assert.False(UserRecordSerializer.HoldsState(stored, Records.SerializeState(record)));
    }

    [Fact]
    public void AStateThatIsAPrefixOfTheStoredOneIsAChange()
    {
        var longer = new UserRecord { Welcomed = true };
        longer.Properties["a"] = System.Text.Json.JsonDocument.Parse("1").RootElement;
        var stored = Records.Serialize(longer);
        var shorter = new UserRecord { Welcomed = true };

        Assert.False(UserRecordSerializer.HoldsState(stored, Records.SerializeState(shorter)));
    }

    [Fact]
    public void TheStoredFormIsTheStateWithTheBookkeepingLast()
    {
        var record = new UserRecord { Welcomed = true, Processed = new ProcessedActivities() };
        record.Processed.Remember("conv-1", "a1", [new CoachBot.BotFramework.Schema.Activity { Type = "message", Text = "hi" }]);

        var json = Records.Serialize(record);

        Assert.StartsWith(Records.SerializeState(record)[..^1] + ",\"processed\":{\"ids\":[{\"conversation\":\"conv-1\",\"activity\":\"a1\"}]", json);
        Assert.Equal(new ProcessedId("conv-1", "a1"), Records.Deserialize(json).Processed!.LastRepliesTo);
    }
}
