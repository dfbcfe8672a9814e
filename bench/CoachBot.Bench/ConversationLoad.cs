using System.Diagnostics;
using Activity = CoachBot.BotFramework.Schema.Activity;
using System.Net.Http.Headers;
using System.Text.Json;
using CoachBot.BotFramework.Schema;
using CoachBot.TestSupport;

namespace CoachBot.Bench;

/// <summary>
/// N concurrent simulated users, each running a script again and again as a new user in a new conversation (fresh ids).
/// A turn's latency runs from sending the POST to receiving its response; the bot sends its replies to the loopback
/// connector before it answers, so the sends are inside it. Every turn's replies are checked against the script.
/// </summary>
public sealed class ConversationLoad(BenchOptions options, string messagesUrl, LoopbackConnector connector)
{
    public sealed record Result(long Turns, long Errors, long WrongReplies, TimeSpan Elapsed, double[] LatenciesMs, long Conversations,
        string? FirstProblem, TimeSpan CpuTime, long AllocatedBytes, IReadOnlyDictionary<string, double[]> GroupLatenciesMs);

    public async Task<Result> RunAsync(TimeSpan duration, long maxTurns, long maxConversations, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Users * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        // The latency lists are allocated before the counters start: their 16 MB are the load generator's, not the turns'.
        var latencies = Enumerable.Range(0, options.Users).Select(_ => new List<double>(1 << 16)).ToArray();
        var grouped = new List<(string Group, double Ms)>[options.Users];
        var scripts = ConversationScript.For(options.Scenario);
        long turns = 0, errors = 0, wrong = 0, conversations = 0;
        string? firstProblem = null;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var started = Stopwatch.StartNew();

        var workers = Enumerable.Range(0, options.Users).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker];
            var mineGrouped = grouped[worker] = [];
            while (Stopwatch.GetTimestamp() < stopAt && Interlocked.Read(ref turns) < maxTurns && !cancellationToken.IsCancellationRequested)
            {
                var number = Interlocked.Increment(ref conversations);
                if (number > maxConversations)
                {
                    Interlocked.Decrement(ref conversations);
                    break;
                }
                var user = Guid.NewGuid().ToString("N");
                var script = scripts[number % scripts.Length];
                var sequence = 0;
                foreach (var step in script)
                {
                    var body = Serialize(NewMessage(user, ++sequence, step.Text));
                    var t0 = Stopwatch.GetTimestamp();
                    var ok = false;
                    try
                    {
                        using var content = new ByteArrayContent(body);
                        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                        using var response = await http.PostAsync(messagesUrl, content, cancellationToken);
                        ok = response.IsSuccessStatusCode;
                        if (!ok) Note(ref firstProblem, $"HTTP {(int)response.StatusCode} for '{step.Text}'");
                    }
                    catch (HttpRequestException ex)
                    {
                        Note(ref firstProblem, ex.Message);
                    }
                    var ms = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    mine.Add(ms);
                    if (step.Group is { } group) mineGrouped.Add((group, ms));
                    Interlocked.Increment(ref turns);
                    var (count, text) = connector.Take("a:" + user);
                    if (!ok) Interlocked.Increment(ref errors);
                    else if (count == 0 || !text.Contains(step.Expect, StringComparison.Ordinal))
                    {
                        Interlocked.Increment(ref wrong);
                        Note(ref firstProblem, $"'{step.Text}' got {count} replies without '{step.Expect}': {Shorten(text)}");
                    }
                    if (!ok) break; // the rest of this conversation would only compound the failure
                }
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(workers);
        started.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
        var byGroup = grouped.SelectMany(g => g ?? []).GroupBy(g => g.Group).ToDictionary(g => g.Key, g => g.Select(x => x.Ms).ToArray());
        return new Result(turns, errors, wrong, started.Elapsed, latencies.SelectMany(l => l).ToArray(), conversations, firstProblem,
            cpu, allocated, byGroup);
    }

    private static void Note(ref string? first, string problem) => Interlocked.CompareExchange(ref first, problem, null);

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "...";

    private Activity NewMessage(string user, int sequence, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"{user}-{sequence}",
        Timestamp = DateTimeOffset.UtcNow.ToString("O"),
        LocalTimestamp = DateTimeOffset.UtcNow.ToString("O"),
        LocalTimezone = "America/New_York",
        ChannelId = Channels.Msteams,
        ServiceUrl = connector.ServiceUrl.ToString(),
        From = new ChannelAccount { Id = "29:" + user, Name = "Bench User", AadObjectId = user },
        Recipient = new ChannelAccount { Id = "28:coachbot", Name = "CoachBot" },
        Conversation = new ConversationAccount { Id = "a:" + user, ConversationType = "personal", TenantId = "bench-tenant" },
        Locale = "en-US",
        Text = text,
        TextFormat = "plain",
    };

    private static byte[] Serialize(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity);
}
