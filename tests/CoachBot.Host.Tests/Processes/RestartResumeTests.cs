using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Dialogs;
using CoachBot.TestSupport;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace CoachBot.Host.Tests.Processes;

/// <summary>
/// A dialog survives the process (issue 3): the real bot on a SQLite file is killed (SIGKILL, no graceful
/// shutdown) in the middle of the self-assessment, a new process starts on the same file, and the next answer
/// continues the waterfall at the step where the user was. Nothing of the first process survives but the file.
/// </summary>
public sealed class RestartResumeTests(ITestOutputHelper output) : IDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly TempFolder _folder = new();
    private readonly TextCatalog _texts = TextCatalog.Load(TextCatalog.DefaultDirectory);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private int _sequence;

    private string Ask(string part) => _texts.Get(AssessmentTexts.Ask(part));

    [Fact]
    public async Task SelfAssessmentKilledAtQuestionThreeResumesAtQuestionFourAfterRestart()
    {
        var database = Path.Combine(_folder.Path, "data", "coachbot.db");

        await using (var first = await StartAsync(database))
        {
            await SayAsync(first, "hi");
            Assert.Contains(Ask("strengths"), await SayAsync(first, "self-assessment"));
            Assert.Contains(Ask("growth"), await SayAsync(first, "teaching, writing"));
            // Question 3 is asked; the user has not answered it when the process dies.
            Assert.Contains(Ask("interests"), await SayAsync(first, "public speaking"));

            first.Bot.Kill();
            await first.Bot.WaitForExitAsync(TimeSpan.FromSeconds(10));
            Assert.True(first.Bot.Process.HasExited);
        }
        Assert.True(File.Exists(database), $"No SQLite file at {database}.");

        await using var second = await StartAsync(database);
        var afterRestart = await SayAsync(second, "data projects");

        // The answer to question 3 was taken as such: the waterfall goes on to question 4, not back to the start.
        Assert.Contains(Ask("values"), afterRestart);
        Assert.DoesNotContain(Ask("strengths"), afterRestart);
        Assert.DoesNotContain(_texts.Get(AssessmentTexts.Intro), afterRestart);

        // And the answers given before the kill are still there: the profile summary at the end shows them.
        foreach (var answer in new[] { "1", "skip", "skip", "skip", "skip", "skip", "skip" }) await SayAsync(second, answer);
        var summary = await SayAsync(second, "skip");
        Assert.Contains(_texts.Get(AssessmentTexts.Confirm), summary);
        Assert.Contains("teaching, writing", summary);
        Assert.Contains("public speaking", summary);
        Assert.Contains("data projects", summary);
    }

    private async Task<RunningBot> StartAsync(string database)
    {
        var bot = await BotProcess.StartServerAsync(_folder.Path, new Dictionary<string, string?>
        {
            ["Storage__Provider"] = "Sqlite",
            ["Storage__Sqlite__Path"] = database,
        });
        try
        {
            await bot.WaitUntilHealthyAsync(StartDeadline);
        }
        catch
        {
            await bot.DisposeAsync();
            throw;
        }
        return new RunningBot(bot, bot.MessagesEndpoint);
    }

    /// <summary>One user message with expectReplies; returns the texts of the replies in the response body.</summary>
    private async Task<string> SayAsync(RunningBot bot, string text)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            // Ids unique across both processes: a repeated id would be taken for a channel's retry.
            ["id"] = $"restart-{++_sequence}",
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:9",
            ["from"] = new JsonObject { ["id"] = "restart-user", ["name"] = "Restart User" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = "restart-conversation" },
            ["locale"] = "en-US",
            ["text"] = text,
            ["deliveryMode"] = "expectReplies",
        };
        using var response = await _http.PostAsync(bot.Messages,
            new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"'{text}' got {(int)response.StatusCode}: {body}\n{bot.Bot.Output}");
        var said = new StringBuilder();
        foreach (var reply in JsonNode.Parse(body)?["activities"]?.AsArray() ?? [])
        {
            if ((string?)reply?["text"] is { } replyText) said.AppendLine(replyText);
            foreach (var attachment in reply?["attachments"]?.AsArray() ?? [])
                if ((string?)attachment?["content"]?["fallbackText"] is { } fallback) said.AppendLine(fallback);
        }
        output.WriteLine($"user: {text}\nbot:  {said.ToString().TrimEnd().Replace("\n", "\n      ")}\n");
        return said.ToString();
    }

    public void Dispose()
    {
        _http.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private sealed record RunningBot(BotProcess Bot, Uri Messages) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Bot.DisposeAsync();
    }
}
