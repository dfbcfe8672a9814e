using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.Model;
using CoachBot.Hosting;
using CoachBot.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Pipeline;

/// <summary>
/// The real ASP.NET Core pipeline in process (anonymous local mode, as with the Emulator and the Playground), a
/// counting in-memory store, and a loopback connector over real HTTP that records what the bot sends. The connector's
/// answer can be switched to a failure per test (<see cref="LoopbackConnector.Status"/>).
/// </summary>
public sealed class PipelineFixture : IAsyncLifetime
{
    private WebApplicationFactory<Program>? _factory;

    public LoopbackConnector Connector { get; private set; } = null!;
    public CountingUserStore Store { get; } = new(new MemoryUserStore());

    /// <summary>The bot's clock: it stands still unless a test moves it (forward only; the tests share it).</summary>
    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.Parse("2027-01-04T12:00:00Z"));
    public HttpClient Bot { get; private set; } = null!;
    public IServiceProvider Services => _factory!.Services;

    /// <summary>Set to make the bot's turn throw, to test the apology path.</summary>
    public Func<ITurnContext, bool> FailTurn { get; set; } = _ => false;

    public async Task InitializeAsync()
    {
        Connector = await LoopbackConnector.StartAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storage:Provider", "Memory");
            host.UseSetting("Connector:MaxRetries", "0");
            host.ConfigureTestServices(services =>
            {
                services.AddSingleton<IUserStore>(Store);
                services.AddSingleton<TimeProvider>(Clock);
                // The real bot, wrapped so a test can make a turn fail.
                services.AddSingleton<IBot>(sp => new FailingBot(CoachingServices.CreateBot(sp), this));
            });
        });
        Bot = _factory.CreateClient();
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

    /// <summary>Posts a message and returns the texts the bot sent to the connector for it (they are sent before the response).</summary>
    public async Task<IReadOnlyList<string>> SayAsync(string userId, string text, string? id = null)
    {
        var before = SentTo(userId).Count;
        using var response = await PostAsync(Message(userId, text, id));
        response.EnsureSuccessStatusCode();
        return [.. SentTo(userId).Skip(before).Where(a => (string?)a["type"] == "message").Select(a => (string?)a["text"] ?? "")];
    }

    /// <summary>A Teams-like message from <paramref name="userId"/>, with a fresh id.</summary>
    public JsonObject Message(string userId, string text, string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = new Uri(Connector.ServiceUrl, "amer/").AbsoluteUri,
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Ada Lovelace" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "CoachBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:conv-" + userId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-1" } },
        ["text"] = text,
        ["locale"] = "en-US",
    };

    /// <summary>Everything the connector accepted for the user's conversation, typing included.</summary>
    public IReadOnlyList<JsonObject> SentTo(string userId) => [.. Connector.SentTo("a:conv-" + userId).Select(r => r.Body)];

    public static string KeyOf(string userId) => $"msteams|tenant-1|{userId}";

    /// <summary>The user's coaching state as stored.</summary>
    public async Task<CoachingState> CoachingStateOfAsync(string userId)
    {
        var stored = await Store.Inner.ReadAsync(KeyOf(userId), default) ?? throw new InvalidOperationException("No record.");
        var record = Services.GetRequiredService<UserRecordSerializer>().Deserialize(stored.Json);
        return record.Properties[CoachingState.PropertyName].Deserialize(CoachingJsonContext.Default.CoachingState)!;
    }

    private sealed class FailingBot(IBot inner, PipelineFixture fixture) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
            fixture.FailTurn(turnContext) ? throw new InvalidOperationException("Turn failed on purpose.") : inner.OnTurnAsync(turnContext, cancellationToken);
    }
}
