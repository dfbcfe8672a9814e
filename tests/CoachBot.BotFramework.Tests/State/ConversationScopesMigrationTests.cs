using System.Text.Json.Nodes;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.TestSupport;

namespace CoachBot.BotFramework.Tests.State;

/// <summary>
/// Version 2 -> 3 on records the version-2 bot stored (tests/Data/records/v2-scopes-*.json): the one reference moves to
/// the personal or the shared side by its conversation, processed ids are kept (matching in any conversation), and the
/// user's state is untouched.
/// </summary>
public sealed class ConversationScopesMigrationTests
{
    private static readonly UserRecordSerializer Records = TestRecords.Serializer;

    private static string Stored(string file) => File.ReadAllText(Path.Combine(RepoPaths.TestData, "records", file));

    [Fact]
    public void AReferenceToATeamsChannelIsNoPersonalReference()
    {
        var v2 = JsonNode.Parse(Stored("v2-scopes-teams-channel-last.json"))!.AsObject();
        Assert.Equal(2, (int)v2["schemaVersion"]!);
        Assert.Equal("channel", (string?)v2["reference"]!["conversation"]!["conversationType"]);

        var record = Records.Deserialize(v2.ToJsonString());

        Assert.Null(record.PersonalReference);
        Assert.False(record.PersonalReferenceAuthenticated);
        var shared = Assert.Single(record.SharedReferences!);
        Assert.Equal((string?)v2["reference"]!["conversation"]!["id"], shared.Conversation!.Id);
        Assert.Equal(ConversationScope.Shared, ConversationScopes.Of(shared));
    }

    [Fact]
    public void AReferenceToASlackDmIsThePersonalReference()
    {
        var v2 = JsonNode.Parse(Stored("v2-scopes-slack-dm-last.json"))!.AsObject();

        var record = Records.Deserialize(v2.ToJsonString());

        Assert.Equal("B0BOT:T0TEAM:D0GRACE", record.PersonalReference!.Conversation!.Id);
        Assert.Equal((bool)v2["referenceAuthenticated"]!, record.PersonalReferenceAuthenticated);
        Assert.Null(record.SharedReferences);
    }

    [Fact]
    public void AReferenceToASlackChannelIsNoPersonalReference()
    {
        var record = Records.Deserialize(Stored("v2-scopes-slack-channel-last.json"));

        Assert.Null(record.PersonalReference);
        Assert.Equal("B0BOT:T0TEAM:C0GENERAL", Assert.Single(record.SharedReferences!).Conversation!.Id);
    }

    public static TheoryData<string> VersionTwoRecords => new()
    {
        "v2-scopes-teams-channel-last.json", "v2-scopes-slack-dm-last.json", "v2-scopes-slack-channel-last.json",
    };

    [Theory]
    [MemberData(nameof(VersionTwoRecords))]
    public void ProcessedIdsAreKeptAndStillRecogniseARetry(string file)
    {
        var v2 = JsonNode.Parse(Stored(file))!.AsObject();
        var ids = v2["processed"]!["ids"]!.AsArray().Select(n => (string)n!).ToList();
        var last = (string)v2["processed"]!["lastRepliesTo"]!;

        var processed = Records.Deserialize(v2.ToJsonString()).Processed!;

        Assert.Equal(ids, processed.Ids.Select(i => i.Activity));
        // Version 2 did not say which conversation an id came from: a retry is recognised wherever it comes from.
        Assert.All(ids, id => Assert.True(processed.Contains(v2["reference"]!["conversation"]!["id"]!.ToString(), id)));
        Assert.All(ids, id => Assert.True(processed.Contains("a:another", id)));
        Assert.NotEmpty(processed.RepliesTo("a:another", last));
    }

    [Theory]
    [MemberData(nameof(VersionTwoRecords))]
    public void TheUsersStateIsAsStoredAndTheNewShapeReadsBackTheSame(string file)
    {
        var v2 = JsonNode.Parse(Stored(file))!.AsObject();

        var record = Records.Deserialize(v2.ToJsonString());
        var json = Records.Serialize(record);

        var written = JsonNode.Parse(json)!.AsObject();
        Assert.Equal(Records.CurrentVersion, (int)written["schemaVersion"]!);
        Assert.Equal("processed", written.Last().Key);
        Assert.DoesNotContain("reference", written.Select(p => p.Key));
        foreach (var kept in new[] { "welcomed", "dialogState", "properties" })
            Assert.True(JsonNode.DeepEquals(v2[kept], written[kept]), kept);
        Assert.Equal(json, Records.Serialize(Records.Deserialize(json)));
    }

    [Fact]
    public void NewIdsAreKeptPerConversation()
    {
        var processed = new ProcessedActivities();
        processed.Remember("a:personal", "1", [new Activity { Type = "message", Text = "hi" }]);

        Assert.True(processed.Contains("a:personal", "1"));
        Assert.False(processed.Contains("19:channel@thread.tacv2", "1"));
        Assert.Empty(processed.RepliesTo("19:channel@thread.tacv2", "1"));
    }
}
