using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.State;
using CoachBot.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Host.Tests.Pipeline;

/// <summary>
/// The real ASP.NET Core pipeline in process (anonymous local mode, as with the Emulator and the Playground), a
/// counting in-memory store, and a local connector over real HTTP that records what the bot sends. The connector's
/// answer can be switched to a failure per test.
/// </summary>
public sealed class PipelineFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    public LocalServer Connector { get; private set; } = null!;
    public CountingUserStore Store { get; } = new(new MemoryUserStore());
    public HttpClient Bot { get; private set; } = null!;
    public IServiceProvider Services => _factory!.Services;

    /// <summary>The status the connector answers with (200 unless a test sets it).</summary>
    public int ConnectorStatus { get; set; } = 200;

    /// <summary>Set to make the bot's turn throw, to test the apology path.</summary>
    public Func<ITurnContext, bool> FailTurn { get; set; } = _ => false;

    public async Task InitializeAsync()
    {
        Connector = await LocalServer.StartAsync(async (_, response) =>
        {
            response.StatusCode = ConnectorStatus;
            response.ContentType = "application/json";
            await response.WriteAsync(ConnectorStatus == 200 ? """{"id":"sent"}""" : """{"error":{"code":"ServiceError","message":"down"}}""");
        });
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storage:Provider", "Memory");
            host.UseSetting("Connector:MaxRetries", "0");
            host.UseSetting("Adapter:TypingDelay", "00:00:00.400");
            host.UseSetting("Adapter:TypingPeriod", "00:00:00.200");
            host.ConfigureTestServices(services =>
            {
                services.AddSingleton<IUserStore>(Store);
                // The real bot, wrapped so a test can make a turn fail.
                var descriptor = services.Single(d => d.ServiceType == typeof(IBot));
                services.Remove(descriptor);
                services.AddSingleton<IBot>(sp => new FailingBot((IBot)descriptor.ImplementationFactory!(sp), this));
            });
        });
        Bot = _factory.CreateClient();
        await Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        Bot.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Connector.DisposeAsync();
    }

    public Task<HttpResponseMessage> PostAsync(JsonObject activity) => PostRawAsync(activity.ToJsonString());

    public Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return Bot.PostAsync("/api/messages", content);
    }

    /// <summary>A Teams-like message from <paramref name="userId"/>, with a fresh id.</summary>
    public JsonObject Message(string userId, string text, string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = new Uri(Connector.BaseUrl, "amer/").AbsoluteUri,
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Ada Lovelace" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "CoachBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:conv-" + userId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        ["text"] = text,
        ["locale"] = "en-US",
    };

    public IReadOnlyList<JsonObject> SentTo(string userId) =>
        Connector.Requests.Where(r => r.Method == "POST" && r.RawTarget.Contains("conv-" + Uri.EscapeDataString(userId), StringComparison.Ordinal))
            .Select(r => JsonNode.Parse(r.Body)!.AsObject()).ToList();

    private sealed class FailingBot(IBot inner, PipelineFixture fixture) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            fixture.FailTurn(turnContext) ? throw new InvalidOperationException("Turn failed on purpose.") : inner.OnTurnAsync(turnContext, cancellationToken);
    }
}
