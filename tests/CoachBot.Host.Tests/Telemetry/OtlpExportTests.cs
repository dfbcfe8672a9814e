using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Diagnostics;
using CoachBot.TestSupport;
using Xunit.Abstractions;

namespace CoachBot.Host.Tests.Telemetry;

/// <summary>
/// The real bot (its published entry point, as a child process) exports over OTLP/HTTP to a collector on a loopback
/// port when the standard OTEL_EXPORTER_OTLP_* variables say so: a span per turn with the channel, the activity type
/// and the outcome, the turn metrics, and none of what the user wrote nor their id anywhere in what was exported.
/// </summary>
public sealed class OtlpExportTests(ITestOutputHelper output)
{
    private const string UserId = "otel-user-58213";
    private const string Said = "please remember zebra marmalade 7731";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task AMessageTurnIsExportedAsASpanWithChannelTypeAndOutcomeAndAsTurnMetricsWithoutTextOrUserId()
    {
        await using var collector = await OtlpReceiver.StartAsync();
        await using var bot = await BotProcess.StartServerAsync(null, new Dictionary<string, string?>
        {
            ["Storage__Provider"] = "Memory",
            ["CheckIns__Enabled"] = "false",
            ["Understanding__Matcher"] = "Off",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.Endpoint.ToString().TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            // Short export intervals (milliseconds), so the test waits well under a second for each batch.
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_BLRP_SCHEDULE_DELAY"] = "100",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "200",
        });

        await SayAsync(bot, Said);

        var span = await WaitForAsync(() => collector.Spans().FirstOrDefault(s => s.Scope == CoachBotTelemetry.Name), bot);
        Assert.Equal("emulator", span.Attributes[TelemetryTags.Channel]);
        Assert.Equal("message", span.Attributes[TelemetryTags.ActivityType]);
        Assert.Equal("committed", span.Attributes[TelemetryTags.TurnOutcome]);

        var turns = await WaitForAsync(() => collector.MetricPoints().FirstOrDefault(p => p.Metric == "coachbot.turns"), bot);
        Assert.Equal("emulator", turns.Attributes[TelemetryTags.Channel]);
        Assert.Equal("committed", turns.Attributes[TelemetryTags.TurnOutcome]);
        await WaitForAsync(() => collector.MetricPoints().FirstOrDefault(p => p.Metric == "coachbot.turn.duration"), bot);
        // ASP.NET Core's own span for the request is there too, beside the turn's (it may come in a later batch).
        await WaitForAsync(() => collector.Spans().FirstOrDefault(s => s.Scope == "Microsoft.AspNetCore"), bot);

        foreach (var exported in collector.Spans())
        foreach (var (key, value) in exported.Attributes)
        {
            Assert.DoesNotContain(UserId, value, StringComparison.Ordinal);
            Assert.DoesNotContain("zebra", value, StringComparison.Ordinal);
        }
        // Not in any attribute, and not anywhere else in any export either (logs included): the raw bytes are searched.
        foreach (var (signal, body) in collector.Exports)
        {
            Assert.False(Contains(body, UserId), $"The user id is in a {signal} export.");
            Assert.False(Contains(body, "zebra marmalade"), $"The message text is in a {signal} export.");
        }
        output.WriteLine($"{collector.Exports.Count} exports; spans: {string.Join(", ", collector.Spans().Select(s => s.Name).Distinct())}");
    }

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;

    private static async Task<T> WaitForAsync<T>(Func<T?> find, BotProcess bot) where T : class
    {
        using var deadline = new CancellationTokenSource(Deadline);
        while (!deadline.IsCancellationRequested)
        {
            if (find() is { } found) return found;
            await Task.Delay(50, CancellationToken.None);
        }
        throw new TimeoutException($"Nothing arrived at the collector within {Deadline}.\n{bot.Output}");
    }

    private static async Task SayAsync(BotProcess bot, string text)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "otel-1",
            ["channelId"] = "emulator",
            ["serviceUrl"] = "http://127.0.0.1:9",
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Otel User" },
            ["recipient"] = new JsonObject { ["id"] = "bot" },
            ["conversation"] = new JsonObject { ["id"] = "otel-conversation" },
            ["locale"] = "en-US",
            ["text"] = text,
            ["deliveryMode"] = "expectReplies",
        };
        using var response = await http.PostAsync(bot.MessagesEndpoint, new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}\n{bot.Output}");
    }
}
