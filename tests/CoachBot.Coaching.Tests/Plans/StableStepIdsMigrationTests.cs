using System.Text.Json.Nodes;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Tests.Plans;

public sealed class StableStepIdsMigrationTests
{
    private static JsonObject Record(string steps, string? checkIns = null)
    {
        var properties = "{\"coach\":{\"goals\":[{\"id\":\"g1\",\"steps\":" + steps + "}]}" + (checkIns is null ? "" : ",\"checkIns\":" + checkIns) + "}";
        return JsonNode.Parse("{\"schemaVersion\":3,\"properties\":" + properties + "}")!.AsObject();
    }

    private static JsonArray Steps(JsonObject record) => record["properties"]!["coach"]!["goals"]![0]!["steps"]!.AsArray();

    [Fact]
    public void APlanOfTheOldShapeKeepsItsIdsAndLearnsItsNextNumber()
    {
        var record = Record("""[{"id":"s1","due":"2027-01-10"},{"id":"s2","due":"2027-02-10"},{"id":"s3","due":"2027-03-10"}]""",
            """{"nudgeStep":"g1/s2","nudgedSteps":["g1/s1"]}""");
        new StableStepIdsMigration().Migrate(record);
        Assert.Equal(["s1", "s2", "s3"], Steps(record).Select(s => (string)s!["id"]!));
        Assert.Equal(4, (int)record["properties"]!["coach"]!["goals"]![0]!["nextStepNumber"]!);
        Assert.Equal("g1/s2", (string)record["properties"]!["checkIns"]!["nudgeStep"]!);
    }

    [Fact]
    public void MissingAndDuplicateIdsGetTheNextFreeNumbersAndTheListIsInDateOrder()
    {
        var record = Record("""[{"id":"s2","due":"2027-03-01","title":"b"},{"id":"s2","due":"2027-01-01","title":"a"},{"due":"2027-02-01","title":"c"},{"id":"x","due":"2027-04-01","title":"d"}]""");
        new StableStepIdsMigration().Migrate(record);
        var steps = Steps(record);
        Assert.Equal(["a", "c", "b", "d"], steps.Select(s => (string)s!["title"]!));
        // The first "s2" in the stored order keeps its id; the others get 3, 4, 5 in that order.
        Assert.Equal(["s3", "s4", "s2", "s5"], steps.Select(s => (string)s!["id"]!));
        Assert.Equal(6, (int)record["properties"]!["coach"]!["goals"]![0]!["nextStepNumber"]!);
    }

    [Fact]
    public void ARecordWithoutGoalsIsLeftAsItIs()
    {
        var record = JsonNode.Parse("""{"schemaVersion":3,"properties":{}}""")!.AsObject();
        var before = record.ToJsonString();
        new StableStepIdsMigration().Migrate(record);
        Assert.Equal(before, record.ToJsonString());
    }

    [Fact]
    public void TheStepComesRightAfterTheCoresInTheOneChain()
    {
        var chain = new BotFramework.State.RecordMigrations([.. BotFramework.State.CoreRecordMigrations.Steps, .. CoachingRecordMigrations.Steps]);
        Assert.Equal(4, chain.CurrentVersion);
        Assert.IsType<StableStepIdsMigration>(chain.Steps[^1]);
    }
}
