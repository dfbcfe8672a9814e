using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace CoachBot.Bench;

/// <summary>
/// Plays the channel's Connector service on 127.0.0.1: takes the bot's sends (POST .../activities), counts them and
/// keeps each conversation's replies until the load generator takes them, so every turn's answer is checked.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Inbox> _inboxes = new(StringComparer.Ordinal);
    private long _replies;
    private long _typing;

    /// <summary>The replies of one conversation since they were last taken.</summary>
    private sealed class Inbox
    {
        public readonly StringBuilder Text = new();
        public int Count;
    }

    private LoopbackConnector(WebApplication app) => _app = app;

    public long Replies => Interlocked.Read(ref _replies);
    public long Typing => Interlocked.Read(ref _typing);
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Optional observer of every non-typing activity (the dispatch scenario counts check-ins per user with it).</summary>
    public Action<string, JsonElement>? OnActivity { get; set; }

    /// <summary>When false, reply bodies are counted but not kept (the dispatch scenario sends 100,000 and checks ids only).</summary>
    public bool KeepText { get; set; } = true;

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", connector.ReceiveAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.First() + "/";
        return connector;
    }

    private async Task<IResult> ReceiveAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        using var doc = JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length));
        var root = doc.RootElement;
        if (root.TryGetProperty("type", out var type) && type.ValueEquals("typing"))
        {
            Interlocked.Increment(ref _typing);
            return Results.Ok();
        }
        Interlocked.Increment(ref _replies);
        var conversationId = root.TryGetProperty("conversation", out var c) && c.TryGetProperty("id", out var id) ? id.GetString() ?? "" : "";
        OnActivity?.Invoke(conversationId, root);
        if (KeepText)
        {
            var inbox = _inboxes.GetOrAdd(conversationId, _ => new Inbox());
            var text = Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
            lock (inbox)
            {
                inbox.Count++;
                inbox.Text.Append(text).Append('\n');
            }
        }
        return Results.Json(new { id = Guid.NewGuid().ToString("N") });
    }

    /// <summary>Takes (and forgets) what a conversation received since the last call: reply count and raw JSON bodies.</summary>
    public (int Count, string Text) Take(string conversationId)
    {
        if (!_inboxes.TryRemove(conversationId, out var inbox)) return (0, "");
        lock (inbox) return (inbox.Count, inbox.Text.ToString());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
