using CoachBot.TestSupport;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Views;
using CoachBot.Storage.Sqlite;
using CoachBot.Storage.Tables;
using CoachBot.Storage.Tests;
using Microsoft.Data.Sqlite;
using static CoachBot.Coaching.Tests.Conversations.CoachChat;

namespace CoachBot.Coaching.Tests.Conversations;

[Collection(AzuriteCollection.Name)]
public sealed class YourDataTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task ExportContainsEverythingEnteredAsTextAndJson()
    {
        var chat = await GoalConversationTests.WithGoal();
        await chat.SayAsync("edit strengths");
        await chat.SayAsync("Kubernetes, mentoring");
        await chat.SayAsync("yes");
        var export = await chat.SayAsync("export my data");
        export.AssertContains(Says(DataTexts.ExportIntro), "Kubernetes, mentoring", "I will pass the CKA exam", "Fri, 30 July 2027");
        var json = string.Join("", export.Activities.Where(a => a.Text?.Contains("```") == true)
            .Select(a => a.Text!).Select(t => t[(t.IndexOf("```\n", StringComparison.Ordinal) + 4)..t.LastIndexOf("\n```", StringComparison.Ordinal)]));
        var root = JsonNode.Parse(json)!;
        var coach = root["record"]!["properties"]!["coach"]!;
        Assert.Equal("Kubernetes", coach["profile"]!["strengths"]![0]!.ToString());
        Assert.Equal("pass the CKA exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning", coach["goals"]![0]!["text"]!.ToString());
        Assert.Equal(chat.UserKey, root["userKey"]!.ToString());
    }

    [Fact]
    public async Task TheExportHoldsTheStoredRepliesOfTheLastTurn()
    {
        // The last turn's replies are stored (to answer a channel's retry) and may repeat the user's words: they are
        // data kept about the user, so the export shows them.
        var chat = await GoalConversationTests.WithGoal();
        await chat.SayAsync("my plan");
        var stored = CoachChat.Records.Deserialize((await chat.Store.ReadAsync(chat.UserKey, default))!.Json).Processed;
        Assert.NotNull(stored.LastReplies);

        var export = await chat.SayAsync("export my data");
        var json = string.Join("", export.Activities.Where(a => a.Text?.Contains("```") == true)
            .Select(a => a.Text!).Select(t => t[(t.IndexOf("```\n", StringComparison.Ordinal) + 4)..t.LastIndexOf("\n```", StringComparison.Ordinal)]));
        var replies = Assert.IsType<JsonArray>(JsonNode.Parse(json)!["record"]!["processed"]!["lastReplies"]);
        Assert.Equal(stored.LastReplies!.Count, replies.Count);
        Assert.Equal(stored.LastReplies[0].Text, replies[0]!["text"]?.ToString());
    }

    [Fact]
    public async Task ALargeExportIsSplitIntoMessagesUnder25KilobytesOnTeamsAndSlack()
    {
        foreach (var channel in new[] { Channels.Msteams, Channels.Slack })
        {
            var chat = await GoalConversationTests.WithGoal(channel);
            for (var i = 0; i < 6; i++)
            {
                await chat.SayAsync("edit plan");
                for (var j = 0; j < 8; j++) await chat.SayAsync($"add {new string('x', 150)} {i}-{j} by June 1 2027");
                await chat.SayAsync("finished");
            }
            var parts = (await chat.SayAsync("export my data")).Activities.Where(a => a.Text?.Contains("```") == true).ToList();
            Assert.True(parts.Count >= 2, $"expected the JSON in several parts on {channel}");
            Assert.All(parts, p => Assert.True(System.Text.Encoding.UTF8.GetByteCount(p.Text!) < 25_000));
        }
    }

    [Fact]
    public async Task TheTerminalGetsTheJsonAsOneAttachment()
    {
        var chat = await GoalConversationTests.WithGoal(Channels.Terminal);
        var export = await chat.SayAsync("export my data");
        var file = export.Activities.SelectMany(a => a.Attachments ?? []).Single(a => a.ContentType == "application/json");
        Assert.Equal(DataExport.AttachmentName, file.Name);
        Assert.NotNull(file.Content!["record"]);
    }

    [Fact]
    public async Task DeleteAsksFirstAndNoKeepsEverything()
    {
        var chat = await GoalConversationTests.WithGoal();
        (await chat.SayAsync("delete my data")).AssertContains(Says(DataTexts.ConfirmDelete));
        (await chat.SayAsync("no")).AssertContains(Says(DataTexts.NotDeleted));
        Assert.Single((await StateAsync(chat)).Goals);
    }

    [Fact]
    public async Task DeleteLeavesOnlyATombstoneInSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "coachbot-delete-" + Guid.NewGuid().ToString("N"));
        var file = Path.Combine(folder, "coachbot.db");
        try
        {
            var store = new SqliteUserStore(file);
            var chat = await ConversationWithHistoryAndDueRows(store);
            (await chat.SayAsync("yes")).AssertContains(Says(DataTexts.Deleted));

            await using var connection = new SqliteConnection($"Data Source={file}");
            await connection.OpenAsync();
            foreach (var table in new[] { "history", "due" })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT COUNT(*) FROM {table}";
                Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
            }
            await using var users = connection.CreateCommand();
            users.CommandText = "SELECT json FROM users";
            AssertTombstone(Assert.Single(await ReadAllAsync(users)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task DeleteLeavesOnlyATombstoneInAzureTableStorage()
    {
        var prefix = "d" + Guid.NewGuid().ToString("N")[..12];
        var store = TableUserStore.FromConnectionString(azurite.ConnectionString, prefix);
        var chat = await ConversationWithHistoryAndDueRows(store);
        (await chat.SayAsync("yes")).AssertContains(Says(DataTexts.Deleted));

        var service = new TableServiceClient(azurite.ConnectionString);
        var due = 0;
        await foreach (var _ in service.GetTableClient(prefix + "due").QueryAsync<TableEntity>()) due++;
        Assert.Equal(0, due);
        var rows = new List<TableEntity>();
        await foreach (var row in service.GetTableClient(prefix + "users").QueryAsync<TableEntity>()) rows.Add(row);
        Assert.Single(rows); // the record's row, no history row
        Assert.Empty(await store.ReadHistoryAsync(chat.UserKey, default));
        AssertTombstone((await store.ReadAsync(chat.UserKey, default))!.Json);
    }

    /// <summary>What a deletion leaves in the record's place: processed ids and a marker, nothing of the user's.</summary>
    private static void AssertTombstone(string json)
    {
        var record = JsonNode.Parse(json)!.AsObject();
        Assert.True((bool)record["deleted"]!);
        Assert.Empty(record["properties"]!.AsObject());
        Assert.Null(record["personalReference"]);
        Assert.Null(record["sharedReferences"]);
        Assert.Null(record["processed"]!["lastReplies"]);
        Assert.DoesNotContain("CKA", json, StringComparison.Ordinal);
    }

    private static async Task<List<string>> ReadAllAsync(SqliteCommand command)
    {
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) rows.Add(reader.GetString(0));
        return rows;
    }

    /// <summary>A user with a record, history rows and a due-index row, asked to confirm the delete.</summary>
    private static async Task<TestSupport.ConversationTest> ConversationWithHistoryAndDueRows(IUserStore store)
    {
        var chat = Start(store);
        await chat.JoinAsync();
        await chat.SayAsync("set a new goal: pass the CKA exam by July 30 2027, 8/10 confident, 5 hours a week, I value learning");
        var stored = await store.ReadAsync(chat.UserKey, default);
        await store.WriteAsync(chat.UserKey, stored!.Json, stored.ETag, [new HistoryRow("checkin|2027-01-11T09:00:00Z", """{"answers":[]}""")], default);
        await store.UpsertDueAsync(new DueEntry(Now.AddDays(7), chat.UserKey), default);
        Assert.Single(await store.ReadHistoryAsync(chat.UserKey, default));
        (await chat.SayAsync("delete my data")).AssertContains(Says(DataTexts.ConfirmDelete));
        return chat;
    }
}
