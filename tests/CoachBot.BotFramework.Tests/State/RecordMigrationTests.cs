using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.State;
using CoachBot.TestSupport;

namespace CoachBot.BotFramework.Tests.State;

/// <summary>
/// The record's schema versions: records stored by older builds (real ones, tests/Data/records) load through the one
/// chain of steps with nothing lost; a current record runs no step; the chain itself refuses gaps and duplicates.
/// </summary>
public sealed class RecordMigrationTests
{
    private static readonly UserRecordSerializer Records = TestRecords.Serializer;

    public static TheoryData<string> VersionOneRecords => new() { "v1-planned.json", "v1-in-reflection.json" };

    private static string Stored(string file) => File.ReadAllText(Path.Combine(RepoPaths.TestData, "records", file));

    [Theory]
    [MemberData(nameof(VersionOneRecords))]
    public void AVersionOneRecordLoadsWithEveryFieldKept(string file)
    {
        var v1 = JsonNode.Parse(Stored(file))!.AsObject();
        Assert.Equal(1, (int)v1["schemaVersion"]!);

        var record = Records.Deserialize(Stored(file));

        // The bookkeeping moved into one object, unchanged.
        Assert.Equal(v1["processedActivityIds"]!.AsArray().Select(n => (string)n!), record.Processed!.Ids.Select(i => i.Activity));
        Assert.Equal((string?)v1["lastRepliesActivityId"], record.Processed.LastRepliesTo?.Activity);
        Assert.True(JsonNode.DeepEquals(v1["lastReplies"], JsonSerializer.SerializeToNode(record.Processed.LastReplies,
            CoachBot.BotFramework.Schema.BotJsonContext.Default.ListActivity)));
        // Everything else is as it was stored: the user's state, the reference, the dialog stack.
        var written = UserRecordSerializer.ToJsonObject(record);
        foreach (var moved in new[] { "schemaVersion", "processedActivityIds", "lastRepliesActivityId", "lastReplies" }) v1.Remove(moved);
        // Version 3 keeps the (terminal, so personal) reference as the personal one.
        v1["personalReference"] = v1["reference"]!.DeepClone();
        v1["personalReferenceAuthenticated"] = v1["referenceAuthenticated"]!.DeepClone();
        v1.Remove("reference");
        v1.Remove("referenceAuthenticated");
        written.Remove("schemaVersion");
        written.Remove("processed");
        Assert.True(JsonNode.DeepEquals(v1, written), $"stored:\n{v1.ToJsonString()}\nloaded:\n{written.ToJsonString()}");
        Assert.NotEmpty(record.Properties);
    }

    [Theory]
    [MemberData(nameof(VersionOneRecords))]
    public void AMigratedRecordIsWrittenInTheCurrentShapeAndReadsBackTheSame(string file)
    {
        var record = Records.Deserialize(Stored(file));
        var json = Records.Serialize(record);

        Assert.StartsWith($"{{\"schemaVersion\":{Records.CurrentVersion},", json);
        var node = JsonNode.Parse(json)!.AsObject();
        Assert.Equal("processed", node.Last().Key);
        Assert.DoesNotContain("processedActivityIds", node.Select(p => p.Key));
        Assert.Equal(json, Records.Serialize(Records.Deserialize(json)));
    }

    [Fact]
    public void ACurrentRecordRunsNoStepAndAnOlderOneRunsEachStepOnce()
    {
        var counting = new CountingStep(fromVersion: 3);
        var records = new UserRecordSerializer(new RecordMigrations([.. CoreRecordMigrations.Steps, counting]));
        Assert.Equal(4, records.CurrentVersion);

        var current = records.Serialize(records.Deserialize(Stored("v1-planned.json")));
        Assert.Equal(1, counting.Runs);
        records.Deserialize(current);
        records.Deserialize(current);
        Assert.Equal(1, counting.Runs);
        Assert.Equal(4, (int)JsonNode.Parse(current)!["schemaVersion"]!);
    }

    [Fact]
    public void ARecordWithoutAVersionIsTheFirstShape()
    {
        var record = Records.Deserialize("""{"welcomed":true,"processedActivityIds":["a","b"],"lastRepliesActivityId":"b","lastReplies":[{"type":"message","text":"hi"}]}""");

        Assert.True(record.Welcomed);
        Assert.Equal(["a", "b"], record.Processed!.Ids.Select(i => i.Activity));
        Assert.Equal("hi", Assert.Single(record.Processed.RepliesTo("any-conversation", "b")).Text);
        Assert.Empty(record.Processed.RepliesTo("any-conversation", "a"));
    }

    [Fact]
    public void ARecordFromANewerBuildIsRefusedRatherThanOverwritten()
    {
        var error = Assert.Throws<RecordVersionException>(() => Records.Deserialize("""{"schemaVersion":9,"welcomed":true}"""));
        Assert.Equal(9, error.Version);
    }

    [Theory]
    [InlineData(new[] { 1, 3 }, "No step migrates from version 2")]
    [InlineData(new[] { 1, 1 }, "both migrate from version 1")]
    [InlineData(new[] { 2 }, "No step migrates from version 1")]
    public void TheChainMustStartAtOneWithoutGapsOrDuplicates(int[] fromVersions, string problem)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new RecordMigrations(fromVersions.Select(v => new CountingStep(v))));
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void AnEmptyChainReadsTheFirstShape()
    {
        Assert.Equal(RecordMigrations.FirstVersion, new RecordMigrations([]).CurrentVersion);
    }

    private sealed class CountingStep(int fromVersion) : IRecordMigration
    {
        public int Runs { get; private set; }

        public int FromVersion => fromVersion;

        public void Migrate(JsonObject record) => Runs++;
    }
}
