using System.Collections.Concurrent;

namespace CoachBot.Bench;

/// <summary>
/// Plays the channel's Connector service on 127.0.0.1: takes the bot's sends (POST .../activities) and counts them
/// per conversation, so the benchmark knows every turn's replies arrived.
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _replies;
    private long _typing;

    public ConcurrentDictionary<string, int> RepliesByConversation { get; } = new(StringComparer.Ordinal);

    private LoopbackConnector(WebApplication app) => _app = app;

    public long Replies => Interlocked.Read(ref _replies);
    public long Typing => Interlocked.Read(ref _typing);
    public string ServiceUrl { get; private set; } = "";

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{**rest}", async (HttpContext http, string conversationId) =>
        {
            using var doc = await System.Text.Json.JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            if (doc.RootElement.TryGetProperty("type", out var type) && type.GetString() == "typing")
                Interlocked.Increment(ref connector._typing);
            else
            {
                Interlocked.Increment(ref connector._replies);
                connector.RepliesByConversation.AddOrUpdate(conversationId, 1, (_, n) => n + 1);
            }
            return Results.Json(new { id = Guid.NewGuid().ToString("N") });
        });
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.First() + "/";
        return connector;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
