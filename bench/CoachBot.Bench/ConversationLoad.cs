using System.Diagnostics;
using Activity = CoachBot.BotFramework.Schema.Activity;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using CoachBot.BotFramework.Schema;

namespace CoachBot.Bench;

/// <summary>N concurrent simulated users, each running the script again and again as a new user in a new conversation.</summary>
public sealed class ConversationLoad(BenchOptions options, string messagesUrl, string serviceUrl)
{
    public sealed record Result(long Turns, long Errors, TimeSpan Elapsed, double[] LatenciesMs, long Conversations);

    public async Task<Result> RunAsync(TimeSpan duration, long maxTurns, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Users * 2, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        var latencies = new List<double>[options.Users];
        long turns = 0, errors = 0, conversations = 0;
        var stopAt = Stopwatch.GetTimestamp() + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.StartNew();

        var workers = Enumerable.Range(0, options.Users).Select(worker => Task.Run(async () =>
        {
            var mine = latencies[worker] = new List<double>(4096);
            while (Stopwatch.GetTimestamp() < stopAt && Interlocked.Read(ref turns) < maxTurns && !cancellationToken.IsCancellationRequested)
            {
                var user = Guid.NewGuid().ToString("N");
                Interlocked.Increment(ref conversations);
                var sequence = 0;
                foreach (var text in ConversationScript.Messages)
                {
                    var body = Serialize(NewMessage(user, ++sequence, text));
                    var t0 = Stopwatch.GetTimestamp();
                    try
                    {
                        using var content = new ByteArrayContent(body);
                        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                        using var response = await http.PostAsync(messagesUrl, content, cancellationToken);
                        if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                    }
                    catch (HttpRequestException)
                    {
                        Interlocked.Increment(ref errors);
                    }
                    mine.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                    Interlocked.Increment(ref turns);
                }
            }
        }, cancellationToken)).ToArray();
        await Task.WhenAll(workers);
        started.Stop();
        return new Result(turns, errors, started.Elapsed, latencies.SelectMany(l => l ?? []).ToArray(), conversations);
    }

    private Activity NewMessage(string user, int sequence, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = $"{user}-{sequence}",
        Timestamp = DateTimeOffset.UtcNow.ToString("O"),
        LocalTimestamp = DateTimeOffset.UtcNow.ToString("O"),
        LocalTimezone = "America/New_York",
        ChannelId = Channels.Msteams,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "29:" + user, Name = "Bench User", AadObjectId = user },
        Recipient = new ChannelAccount { Id = "28:coachbot", Name = "CoachBot" },
        Conversation = new ConversationAccount { Id = "a:" + user, ConversationType = "personal", TenantId = "bench-tenant" },
        Locale = "en-US",
        Text = text,
        TextFormat = "plain",
    };

    private static byte[] Serialize(Activity activity) => JsonSerializer.SerializeToUtf8Bytes(activity, BotJsonContext.Default.Activity);
}
