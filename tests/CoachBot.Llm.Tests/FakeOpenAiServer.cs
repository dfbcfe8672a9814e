using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Llm.Tests;

/// <summary>One request as the server saw it.</summary>
public sealed record RecordedRequest(string Path, string Query, IReadOnlyDictionary<string, string> Headers, JsonObject Body)
{
    public IEnumerable<JsonObject> Messages => Body["messages"]!.AsArray().Select(m => m!.AsObject());

    public string MessageText(string role) =>
        string.Join("\n", Messages.Where(m => (string?)m["role"] == role).Select(m => ContentText(m["content"])));

    // Chat message content is a string, or an array of parts with "text".
    private static string ContentText(JsonNode? content) => content switch
    {
        JsonValue v => v.GetValue<string>(),
        JsonArray parts => string.Concat(parts.Select(p => (string?)p?["text"] ?? "")),
        _ => "",
    };
}

/// <summary>What the server answers next.</summary>
public sealed record FakeAnswer(int Status, string Body, TimeSpan Delay)
{
    /// <summary>An OpenAI chat completion whose message content is <paramref name="content"/>.</summary>
    public static FakeAnswer Completion(string? content, string finishReason = "stop", string? refusal = null) =>
        new(200, ChatCompletionJson(content, finishReason, refusal), TimeSpan.Zero);

    public static FakeAnswer Error(int status) =>
        new(status, """{"error":{"message":"try later","type":"server_error","param":null,"code":null}}""", TimeSpan.Zero);

    public static FakeAnswer Raw(string body) => new(200, body, TimeSpan.Zero);

    public FakeAnswer After(TimeSpan delay) => this with { Delay = delay };

    /// <summary>The shape api.openai.com returns for POST /v1/chat/completions.</summary>
    public static string ChatCompletionJson(string? content, string finishReason = "stop", string? refusal = null) =>
        new JsonObject
        {
            ["id"] = "chatcmpl-test",
            ["object"] = "chat.completion",
            ["created"] = 1_760_000_000,
            ["model"] = "test-model",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = refusal },
                ["logprobs"] = null,
                ["finish_reason"] = finishReason,
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = 120, ["completion_tokens"] = 40, ["total_tokens"] = 160 },
            ["system_fingerprint"] = "fp_test",
        }.ToJsonString();
}

/// <summary>
/// A local OpenAI-compatible server on a free loopback port: POST .../chat/completions (the OpenAI path and the Azure
/// OpenAI deployment path) records the request and answers what the test set. Shared by the tests of one class.
/// </summary>
public sealed class FakeOpenAiServer : IAsyncLifetime
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private WebApplication? _app;
    private volatile FakeAnswer _next = FakeAnswer.Completion("""{"steps":[]}""");

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The address a client configures as Llm:Endpoint for the OpenAI connector.</summary>
    public string OpenAiEndpoint => new Uri(BaseAddress, "v1").ToString();

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public int RequestCount => _requests.Count;

    public void Answer(FakeAnswer answer) => _next = answer;

    public void Reset()
    {
        _requests.Clear();
        _next = FakeAnswer.Completion("""{"steps":[]}""");
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/{**path}", HandleAsync);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        BaseAddress = new Uri(address.TrimEnd('/') + "/");
    }

    private async Task HandleAsync(HttpContext context)
    {
        if (!context.Request.Path.Value!.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            context.Response.StatusCode = 404;
            return;
        }
        var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        var headers = context.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        _requests.Enqueue(new RecordedRequest(context.Request.Path, context.Request.QueryString.Value ?? "", headers, body!.AsObject()));

        var answer = _next;
        if (answer.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(answer.Delay, context.RequestAborted); }
            catch (OperationCanceledException) { return; } // the client gave up, as it should
        }
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer.Body, context.RequestAborted);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
