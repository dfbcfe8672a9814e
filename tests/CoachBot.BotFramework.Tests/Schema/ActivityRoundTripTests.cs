using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Tests.Schema;

/// <summary>
/// What channels send survives CoachBot's schema unchanged: read with <see cref="BotJsonContext"/>, written again,
/// deep-equal to the original. The fixtures are real Playground activities (msteams, emulator, webchat, directline)
/// and Slack-shaped ones built from research/channels-storage.md section 2 (Schema/Fixtures/README.md).
/// </summary>
public sealed class ActivityRoundTripTests
{
    private static readonly string FixturesFolder = Path.Combine(AppContext.BaseDirectory, "Schema", "Fixtures");

    public static TheoryData<string> Fixtures() => new(FixtureNames());

    private static IEnumerable<string> FixtureNames() =>
        Directory.GetFiles(FixturesFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ChannelActivityRoundTripsWithNothingLost(string fixture)
    {
        var original = File.ReadAllText(Path.Combine(FixturesFolder, fixture));

        var activity = JsonSerializer.Deserialize(original, BotJsonContext.Default.Activity);
        var written = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        JsonEquivalence.AssertEquivalent(original, written);
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void NamedFieldsAreReadIntoTheSchemaNotKeptAsUnknown(string fixture)
    {
        var original = File.ReadAllText(Path.Combine(FixturesFolder, fixture));
        using var json = JsonDocument.Parse(original);
        var root = json.RootElement;

        var activity = JsonSerializer.Deserialize(original, BotJsonContext.Default.Activity)!;

        // A schema that named nothing would still round-trip through its extension data; this proves it reads.
        Assert.Equal(root.GetProperty("type").GetString(), activity.Type);
        Assert.Equal(root.GetProperty("channelId").GetString(), activity.ChannelId);
        Assert.Equal(root.GetProperty("serviceUrl").GetString(), activity.ServiceUrl);
        Assert.Equal(root.GetProperty("from").GetProperty("id").GetString(), activity.From?.Id);
        Assert.Equal(root.GetProperty("recipient").GetProperty("id").GetString(), activity.Recipient?.Id);
        Assert.Equal(root.GetProperty("conversation").GetProperty("id").GetString(), activity.Conversation?.Id);
        AssertNoNamedFieldInExtensionData(activity.Properties, typeof(Activity));
        AssertNoNamedFieldInExtensionData(activity.From?.Properties, typeof(ChannelAccount));
        AssertNoNamedFieldInExtensionData(activity.Recipient?.Properties, typeof(ChannelAccount));
        AssertNoNamedFieldInExtensionData(activity.Conversation?.Properties, typeof(ConversationAccount));
    }

    [Fact]
    public void FixturesCoverThePlaygroundChannelsAndSlack()
    {
        var names = FixtureNames().ToList();
        foreach (var prefix in new[] { "playground-msteams-", "playground-emulator-", "playground-webchat-", "slack-built-from-research-" })
            Assert.Contains(names, name => name.StartsWith(prefix, StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownFieldsAtEveryLevelAreKept()
    {
        const string original = """
            {
              "type": "message",
              "futureField": { "nested": [1, 2.50, "three", null, true] },
              "from": { "id": "u1", "tenantRole": "guest" },
              "recipient": { "id": "b1", "x-extra": 7 },
              "conversation": { "id": "c1", "threadKind": "topic" },
              "membersAdded": [ { "id": "u2", "joinedVia": "link" } ],
              "attachments": [ { "contentType": "application/vnd.microsoft.card.adaptive", "content": { "type": "AdaptiveCard", "version": "1.5" }, "renderHint": "compact" } ],
              "suggestedActions": { "actions": [ { "type": "imBack", "title": "Help", "value": "help", "iconHint": "question" } ], "layout": "wrap" },
              "entities": [ { "type": "clientInfo", "timezone": "Europe/Berlin", "platform": "Web" } ],
              "relatesTo": { "activityId": "a0", "serviceUrl": "http://localhost/", "trace": "t-1" },
              "reactionsAdded": [ { "type": "like", "by": "u2" } ],
              "value": { "choice": "help", "count": 3 }
            }
            """;

        var activity = JsonSerializer.Deserialize(original, BotJsonContext.Default.Activity);
        var written = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        JsonEquivalence.AssertEquivalent(original, written);
    }

    [Fact]
    public void AnyCaseIsReadAndCamelCaseIsWritten()
    {
        const string pascal = """{"Type":"message","ChannelId":"slack","Text":"hi","From":{"Id":"U1:T1","Name":"alex"},"Conversation":{"Id":"B1:T1:D1","IsGroup":false}}""";

        var activity = JsonSerializer.Deserialize(pascal, BotJsonContext.Default.Activity)!;
        var written = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        Assert.Equal("hi", activity.Text);
        Assert.Null(activity.Properties);
        JsonEquivalence.AssertEquivalent(
            """{"type":"message","channelId":"slack","text":"hi","from":{"id":"U1:T1","name":"alex"},"conversation":{"id":"B1:T1:D1","isGroup":false}}""",
            written);
    }

    [Fact]
    public void NullNamedFieldsAreOmittedButNullsInsideChannelDataAreKept()
    {
        const string original = """{"type":"message","text":null,"locale":null,"from":{"id":"u1","name":null},"channelData":{"SlackMessage":{"enterprise_id":null}}}""";

        var activity = JsonSerializer.Deserialize(original, BotJsonContext.Default.Activity);
        var written = JsonSerializer.Serialize(activity, BotJsonContext.Default.Activity);

        JsonEquivalence.AssertEquivalent(
            """{"type":"message","from":{"id":"u1"},"channelData":{"SlackMessage":{"enterprise_id":null}}}""", written);
    }

    [Fact]
    public void ANewActivityWritesOnlyWhatIsSet()
    {
        var written = JsonSerializer.Serialize(new Activity { Type = ActivityTypes.Message, Text = "hi" }, BotJsonContext.Default.Activity);

        JsonEquivalence.AssertEquivalent("""{"type":"message","text":"hi"}""", written);
    }

    private static void AssertNoNamedFieldInExtensionData(Dictionary<string, JsonElement>? extensionData, Type schemaType)
    {
        if (extensionData is null) return;
        var named = schemaType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<JsonExtensionDataAttribute>() is null && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        var misplaced = extensionData.Keys.Where(named.Contains).ToList();
        Assert.True(misplaced.Count == 0, $"{schemaType.Name} kept named fields as unknown: {string.Join(", ", misplaced)}");
    }
}
