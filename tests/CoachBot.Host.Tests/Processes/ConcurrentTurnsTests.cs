using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching;
using CoachBot.TestSupport;
using Microsoft.Data.Sqlite;

namespace CoachBot.Host.Tests.Processes;

/// <summary>
/// Issue 14.12: 20 messages at once from one user, over real HTTP to the real bot process on a SQLite file. A user's
/// turns on one instance run one after another, so none of them loses an ETag race: each is processed once (no
/// re-run, which the bot logs as an ETag conflict, and no failed turn) and each gets its own reply.
/// </summary>
public sealed class ConcurrentTurnsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task TwentyMessagesAtOnceFromOneUserAreEachProcessedOnceWithTheirReply()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var bot = await BotProcess.StartServerAsync(_folder.Path, new Dictionary<string, string?>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__Sqlite__Path"] = Path.Combine(_folder.Path, "coachbot.db"),
            ["CheckIns__Enabled"] = "false",
            ["Understanding__Matcher"] = "Off",
        });
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        const string conversation = "a:conv-many";
        async Task<HttpStatusCode> SayAsync(string id, string text)
        {
            var activity = new JsonObject
            {
                ["type"] = "message", ["id"] = id, ["channelId"] = "msteams",
                ["serviceUrl"] = new Uri(connector.ServiceUrl, "amer/").AbsoluteUri,
                ["from"] = new JsonObject { ["id"] = "29:many", ["name"] = "Ada Lovelace" },
                ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "CoachBot" },
                ["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
                ["text"] = text, ["locale"] = "en-US",
            };
            using var response = await http.PostAsync(bot.MessagesEndpoint,
                new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
            return response.StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, await SayAsync("first", "hi"));
        var before = connector.CountFor(conversation);

        var statuses = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => SayAsync($"burst-{i}", "help")));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
        var help = TextCatalog.Load(TextCatalog.DefaultDirectory).Get(CoachingTexts.Help, "en-US").Split('\n')[0].Trim();
        var replies = connector.SentTo(conversation).Where(r => !r.IsTyping).Skip(before).ToList();
        Assert.Equal(20, replies.Count);
        Assert.All(replies, r => Assert.Contains(help, r.Activity.Text));
        // Each reply answers its own message: 20 distinct replyToIds, one per message.
        Assert.Equal(Enumerable.Range(1, 20).Select(i => $"burst-{i}").Order(), replies.Select(r => r.Activity.ReplyToId!).Order());
        Assert.DoesNotContain("ETag conflict", bot.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Turn failed", bot.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
