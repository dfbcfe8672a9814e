using CoachBot.TestSupport;
using System.Net;
using System.Text;
using CoachBot.Host.Tests.Processes;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.State;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// Issue 14.5: after "delete my data" nothing the user typed is left in any file SQLite keeps (the database, its WAL and
/// its shared-memory index), neither while the bot runs on nor after a clean stop. The test reads the raw bytes.
/// </summary>
public sealed class DeletionLeavesNoBytesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task WhatTheUserTypedIsInNoFileAfterTheDeletion()
    {
        var file = Path.Combine(_folder.Path, "coachbot.db");
        var marker = "Zorblax" + Guid.NewGuid().ToString("N")[..10];
        var bot = await BotWithSettings.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = file,
        });
        try
        {
            var user = BotWithSettings.NewUser();
            var other = BotWithSettings.NewUser();
            await SayAsync(bot, other, "hi");
            await SayAsync(bot, user, "hi");
            await SayAsync(bot, user, $"set a new goal: pass the {marker} certification exam by June 30 2027, 8/10 confident, 5 hours a week, because I value learning");
            await SayAsync(bot, user, "yes");
            await SayAsync(bot, user, "looks good");
            // Many versions of the record, so the WAL holds many old copies of the words.
            for (var i = 0; i < 5; i++)
            {
                await SayAsync(bot, user, "edit strengths");
                await SayAsync(bot, user, $"{marker} mentoring {i}");
                await SayAsync(bot, user, "yes");
            }
            Assert.True(FilesHolding(file, marker).Count > 0, "the words are on disk before the deletion (else this test could not fail)");

            await SayAsync(bot, user, "delete my data");
            await SayAsync(bot, user, "yes");
            Assert.Empty(FilesHolding(file, marker));

            // The bot runs on: another user's turns write pages again.
            await SayAsync(bot, other, "self-assessment");
            await SayAsync(bot, other, "teaching, writing");
            Assert.Empty(FilesHolding(file, marker));
        }
        finally
        {
            await bot.DisposeAsync();
        }

        // A clean stop: the host is gone and SQLite closes its last connection (which checkpoints the WAL).
        SqliteConnection.ClearAllPools();
        Assert.True(File.Exists(file));
        Assert.Empty(FilesHolding(file, marker));
    }

    [Fact]
    public async Task AChannelsRetryOfTheConfirmingYesDoesNotCreateTheUserAgain()
    {
        var file = Path.Combine(_folder.Path, "coachbot.db");
        var marker = "Quuxberry" + Guid.NewGuid().ToString("N")[..10];
        var bot = await BotWithSettings.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:Sqlite:Path"] = file,
        });
        try
        {
            var user = BotWithSettings.NewUser();
            await SayAsync(bot, user, "hi");
            await SayAsync(bot, user, $"set a new goal: pass the {marker} certification exam by June 30 2027, 8/10 confident, 5 hours a week, because I value learning");
            await SayAsync(bot, user, "delete my data");
            await SayAsync(bot, user, "yes", id: "yes-1");
            var sent = bot.MessagesTo(user).Count;

            // The channel did not see the 200 in time and sends the same activity again.
            await SayAsync(bot, user, "yes", id: "yes-1");

            Assert.Equal(sent, bot.MessagesTo(user).Count); // no welcome, no second "deleted": nothing ran
            var store = bot.Services.GetRequiredService<IUserStore>();
            var stored = await store.ReadAsync($"msteams|tenant-1|{user}", default);
            var tombstone = JsonNode.Parse(stored!.Json)!.AsObject();
            Assert.True((bool)tombstone["deleted"]!);
            Assert.False((bool)tombstone["welcomed"]!);
            Assert.Empty(tombstone["properties"]!.AsObject());
            Assert.Null(tombstone["personalReference"]);
            Assert.Null(tombstone["processed"]!["lastReplies"]);
            Assert.Contains(tombstone["processed"]!["ids"]!.AsArray(), i => (string?)i!["activity"] == "yes-1");
            Assert.Empty(FilesHolding(file, marker));
            Assert.Empty(FilesHolding(file, "Ada Lovelace")); // the user's name was in the reference and in the replies

            // The user comes back later: a fresh start, with the welcome.
            await SayAsync(bot, user, "hi");
            Assert.Contains(bot.MessagesTo(user).Skip(sent), m => ((string?)m["text"])?.Contains("private to you", StringComparison.Ordinal) == true);
        }
        finally
        {
            await bot.DisposeAsync();
        }
    }

    private static async Task SayAsync(BotWithSettings bot, string user, string text, string? id = null)
    {
        var response = await bot.PostAsync(bot.Message(user, text, id));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Which of the database's files hold the marker's bytes.</summary>
    private static List<string> FilesHolding(string database, string marker)
    {
        var needle = Encoding.UTF8.GetBytes(marker);
        var found = new List<string>();
        foreach (var path in new[] { database, database + "-wal", database + "-shm", database + "-journal" })
        {
            if (!File.Exists(path)) continue;
            byte[] bytes;
            using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
            {
                bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
            }
            if (bytes.AsSpan().IndexOf(needle) >= 0) found.Add(Path.GetFileName(path));
        }
        return found;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
