using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.TestSupport;

/// <summary>One activity the bot posted to the connector and the connector accepted.</summary>
/// <param name="RawTarget">The request target as sent, escaping kept (e.g. <c>/amer/v3/conversations/a%3Ax/activities/1</c>).</param>
/// <param name="ReceivedAt">When it arrived, by the connector's clock (the tests can inject one).</param>
public sealed record ReceivedActivity(string ConversationId, string Type, string Json, string RawTarget, string? Authorization,
    DateTimeOffset ReceivedAt)
{
    /// <summary>The request's headers, names in lower case.</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>POST for a new activity, PUT for an update of the activity the target names.</summary>
    public string Method { get; init; } = "POST";

    public Activity Activity => JsonSerializer.Deserialize(Json, BotJsonContext.Default.Activity)!;

    public JsonObject Body => JsonNode.Parse(Json)!.AsObject();

    public bool IsTyping => Type == ActivityTypes.Typing;
}

/// <summary>One Create Conversation request the bot made, and the conversation id it got (null when it was refused or timed out).</summary>
public sealed record CreatedConversation(string Json, string RawTarget, string? Authorization, string? ConversationId)
{
    public JsonObject Body => JsonNode.Parse(Json)!.AsObject();
}

/// <summary>
/// Plays a channel's Bot Connector service on 127.0.0.1 (a port the OS picks): takes the bot's
/// <c>POST [prefix/]v3/conversations/{id}/activities[/{replyToId}]</c> (and <c>PUT .../activities/{id}</c>, an update; and <c>POST [prefix/]v3/conversations</c>, Create Conversation), answers with <see cref="Status"/>, and keeps
/// what arrived, for the tests (<see cref="Received"/>) and for the load benchmark (per-conversation
/// <see cref="Take"/>, counters). One connector for every test and benchmark that needs one.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TimeProvider _clock;
    private readonly ConcurrentQueue<ReceivedActivity> _received = new();
    private readonly ConcurrentDictionary<string, Inbox> _inboxes = new(StringComparer.Ordinal);
    private long _replies;
    private long _typing;
    private Action? _discardNext;

    private sealed class Inbox
    {
        public readonly StringBuilder Text = new();
        public int Count;
    }

    private LoopbackConnector(WebApplication app, TimeProvider clock)
    {
        _app = app;
        _clock = clock;
    }

    /// <summary>The connector's root, e.g. <c>http://127.0.0.1:41234/</c>: the serviceUrl the bot is given.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>The status POSTs are answered with: 200 (with a resource id) unless a test makes the channel fail.</summary>
    public int Status { get; set; } = 200;

    /// <summary>The status a Create Conversation (<c>POST [prefix/]v3/conversations</c>) is answered with: 200 with a new id unless a test makes it fail.</summary>
    public int CreateConversationStatus { get; set; } = 200;

    /// <summary>How long a Create Conversation waits before it answers (a channel that is slow or never answers in time).</summary>
    public TimeSpan CreateConversationDelay { get; set; }

    /// <summary>Every Create Conversation request as it arrived, and the conversation id it was answered with (null on a failure).</summary>
    public IReadOnlyList<CreatedConversation> CreatedConversations => [.. _created];

    private readonly ConcurrentQueue<CreatedConversation> _created = new();

    /// <summary>False: nothing is kept in <see cref="Received"/> (a long benchmark run would hold every body).</summary>
    public bool KeepReceived { get; set; } = true;

    /// <summary>True: each conversation's message bodies are kept until <see cref="Take"/> takes them.</summary>
    public bool KeepInboxes { get; set; }

    /// <summary>Called for every accepted activity that is not a typing indicator, with its conversation id.</summary>
    public Action<string, JsonElement>? OnActivity { get; set; }

    /// <summary>Every accepted activity, typing indicators included, in arrival order.</summary>
    public IReadOnlyList<ReceivedActivity> Received => [.. _received];

    /// <summary>The accepted activities that are not typing indicators.</summary>
    public IReadOnlyList<ReceivedActivity> Messages => [.. _received.Where(r => !r.IsTyping)];

    /// <summary>Accepted activities that are not typing indicators, counted even when nothing is kept.</summary>
    public long Replies => Interlocked.Read(ref _replies);

    public long Typing => Interlocked.Read(ref _typing);

    public int CountFor(string conversationId) => _received.Count(r => r.ConversationId == conversationId && !r.IsTyping);

    /// <summary>Everything that arrived for one conversation, typing indicators included.</summary>
    public IReadOnlyList<ReceivedActivity> SentTo(string conversationId) => [.. _received.Where(r => r.ConversationId == conversationId)];

    /// <summary>
    /// The next POST is not accepted: <paramref name="whenItArrives"/> runs (a test kills the bot here) and the request
    /// is aborted without its body being read, so nothing of it is kept or counted.
    /// </summary>
    public void DiscardNextPost(Action whenItArrives) => Volatile.Write(ref _discardNext, whenItArrives);

    /// <summary>Takes (and forgets) what a conversation received since the last call: message count and raw JSON bodies.</summary>
    public (int Count, string Text) Take(string conversationId)
    {
        if (!_inboxes.TryRemove(conversationId, out var inbox)) return (0, "");
        lock (inbox) return (inbox.Count, inbox.Text.ToString());
    }

    public void Clear() => _received.Clear();

    public static async Task<LoopbackConnector> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new LoopbackConnector(app, clock ?? TimeProvider.System);
        app.Run(connector.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return connector;
    }

    private async Task HandleAsync(HttpContext http)
    {
        var rawTarget = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? http.Request.Path.ToString();
        if (http.Request.Method == HttpMethods.Post && IsCreateConversation(rawTarget))
        {
            await CreateConversationAsync(http, rawTarget);
            return;
        }
        if (http.Request.Method != HttpMethods.Post && http.Request.Method != HttpMethods.Put || ConversationIn(rawTarget) is not { } conversationId)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        if (Interlocked.Exchange(ref _discardNext, null) is { } discard)
        {
            discard();
            http.Abort();
            return;
        }

        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        var json = Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length);
        using var document = JsonDocument.Parse(body.GetBuffer().AsMemory(0, (int)body.Length));
        var type = document.RootElement.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
        if (Status is >= 200 and < 300) Accept(conversationId, type, json, rawTarget, http.Request.Headers, document.RootElement, http.Request.Method);

        http.Response.StatusCode = Status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(Status is >= 200 and < 300
            ? $$"""{"id":"{{Guid.NewGuid():N}}"}"""
            : """{"error":{"code":"ServiceError","message":"The loopback connector was told to fail."}}""");
    }

    private void Accept(string conversationId, string type, string json, string rawTarget, IHeaderDictionary headers, JsonElement root,
        string method)
    {
        var isTyping = type == ActivityTypes.Typing;
        if (isTyping) Interlocked.Increment(ref _typing);
        else
        {
            Interlocked.Increment(ref _replies);
            OnActivity?.Invoke(conversationId, root);
        }
        if (KeepReceived)
        {
            var authorization = headers.Authorization.ToString();
            _received.Enqueue(new ReceivedActivity(conversationId, type, json, rawTarget, authorization.Length > 0 ? authorization : null,
                _clock.GetUtcNow())
            {
                Headers = headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString()),
                Method = method,
            });
        }
        if (KeepInboxes && !isTyping)
        {
            var inbox = _inboxes.GetOrAdd(conversationId, _ => new Inbox());
            lock (inbox)
            {
                inbox.Count++;
                inbox.Text.Append(json).Append('\n');
            }
        }
    }

    /// <summary>
    /// Create Conversation as Teams answers it: 200 <c>{"id": "a:…"}</c> for a 1:1 chat (research/botframework-protocol.md
    /// 4.3), or the error body a refusing channel sends (<c>{"error":{"code","message"}}</c>).
    /// </summary>
    private async Task CreateConversationAsync(HttpContext http, string rawTarget)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(http.RequestAborted);
        var authorization = http.Request.Headers.Authorization.ToString();
        if (CreateConversationDelay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(CreateConversationDelay, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                _created.Enqueue(new CreatedConversation(json, rawTarget, authorization, null));
                return;
            }
        }
        var status = CreateConversationStatus;
        var id = status is >= 200 and < 300 ? "a:created-" + Guid.NewGuid().ToString("N") : null;
        _created.Enqueue(new CreatedConversation(json, rawTarget, authorization, id));
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(id is not null
            ? $$"""{"id":"{{id}}"}"""
            : """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""");
    }

    private static bool IsCreateConversation(string rawTarget)
    {
        var parts = rawTarget.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length >= 2 && parts[^2] == "v3" && parts[^1] == "conversations";
    }

    /// <summary>The conversation id of a Connector activities route, whatever path prefix the serviceUrl has.</summary>
    private static string? ConversationIn(string rawTarget)
    {
        var parts = rawTarget.Split('?')[0].Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 3 < parts.Length; i++)
            if (parts[i] == "v3" && parts[i + 1] == "conversations" && parts[i + 3] == "activities")
                return Uri.UnescapeDataString(parts[i + 2]);
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
