using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using CoachBot.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// The real app in process (the real ASP.NET Core pipeline) with the settings a test names, and a local connector over
/// real HTTP whose answers the test chooses (200 by default). Anonymous mode unless the settings give an app id.
/// </summary>
public sealed class BotWithSettings : IAsyncDisposable
{
    private WebApplicationFactory<Program>? _factory;

    private BotWithSettings(LocalServer connector) => Connector = connector;

    public LocalServer Connector { get; }

    /// <summary>What the app logged (Information and above).</summary>
    public CapturedLogs Logs { get; } = new();
    public HttpClient Bot { get; private set; } = null!;
    public IServiceProvider Services => _factory!.Services;

    /// <summary>Where activities say replies go: the local connector, with a Teams-like path.</summary>
    public string ServiceUrl => new Uri(Connector.BaseUrl, "amer/").AbsoluteUri;

    public static Task<BotWithSettings> StartAsync(IDictionary<string, string?> settings,
        Func<RecordedRequest, HttpResponse, Task>? connector = null, Action<IServiceCollection>? services = null,
        IPAddress? connectorAddress = null) =>
        StartAsync(_ => settings, connector, services, connectorAddress);

    /// <param name="settings">Made once the connector listens, so a setting can name its address.</param>
    public static async Task<BotWithSettings> StartAsync(Func<BotWithSettings, IDictionary<string, string?>> settings,
        Func<RecordedRequest, HttpResponse, Task>? connector = null, Action<IServiceCollection>? services = null,
        IPAddress? connectorAddress = null)
    {
        var server = await LocalServer.StartAsync(connector ?? AnswerSent, address: connectorAddress);
        var bot = new BotWithSettings(server);
        var values = settings(bot);
        bot._factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("CheckIns:Enabled", "false");
            host.UseSetting("Connector:BaseDelay", "00:00:00.010");
            foreach (var (key, value) in values) host.UseSetting(key, value);
            host.ConfigureTestServices(s => s.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(bot.Logs));
            if (services is not null) host.ConfigureTestServices(services);
        });
        bot.Bot = bot._factory.CreateClient();
        // A turn that outlives this is a bound that does not hold (the channel itself gives up after 15 s).
        bot.Bot.Timeout = TimeSpan.FromSeconds(40);
        return bot;
    }

    public static Task AnswerSent(RecordedRequest request, HttpResponse response)
    {
        response.ContentType = "application/json";
        return response.WriteAsync("""{"id":"sent"}""");
    }

    public async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? authorization = null,
        CancellationToken cancellationToken = default) =>
        await PostRawAsync(activity.ToJsonString(), authorization, cancellationToken);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? authorization = null, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null) request.Headers.TryAddWithoutValidation("Authorization", authorization);
        return await Bot.SendAsync(request, cancellationToken);
    }

    /// <summary>A Teams-like personal-chat message from <paramref name="userId"/>, with a fresh id.</summary>
    public JsonObject Message(string userId, string text, string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["channelId"] = "msteams",
        ["serviceUrl"] = ServiceUrl,
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Ada Lovelace" },
        ["recipient"] = new JsonObject { ["id"] = "28:bot", ["name"] = "CoachBot" },
        ["conversation"] = new JsonObject { ["id"] = "a:conv-" + userId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["text"] = text,
        ["locale"] = "en-US",
    };

    /// <summary>Messages (not typing) the connector received for <paramref name="userId"/>'s conversation.</summary>
    public IReadOnlyList<JsonObject> MessagesTo(string userId) =>
        Connector.Requests.Where(r => r.Method == "POST" && r.RawTarget.Contains(Uri.EscapeDataString("a:conv-" + userId), StringComparison.Ordinal))
            .Select(r => JsonNode.Parse(r.Body)!.AsObject()).Where(a => (string?)a["type"] == "message").ToList();

    public static string NewUser() => "29:" + Guid.NewGuid().ToString("N")[..12];

    public async ValueTask DisposeAsync()
    {
        Bot?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
