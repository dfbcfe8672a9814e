using CoachBot.BotFramework.State;
using CoachBot.Hosting;
using CoachBot.Storage;
using CoachBot.TestSupport;
using Microsoft.Extensions.Options;

namespace CoachBot.Bench;

/// <summary>The real bot, composed as the host composes it, on a Kestrel port of 127.0.0.1, with its store's reads and writes counted.</summary>
public sealed class BotUnderTest : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotUnderTest(WebApplication app, CountingUserStore store)
    {
        _app = app;
        Store = store;
    }

    public CountingUserStore Store { get; }
    public DueCountingStore Due => _app.Services.GetRequiredService<DueCountingStore>();
    public string MessagesUrl => _app.Urls.First() + "/api/messages";
    public IServiceProvider Services => _app.Services;

    public static async Task<BotUnderTest> StartAsync(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration.AddCoachBotDefaults();
        // Logging stays as the app configures it (providers and levels): what it costs on the hot path is part of a turn.
        builder.Services.AddCoachBot(builder.Configuration);

        // Count the store's traffic (the budget is one read and at most one write per turn): the store the settings
        // select, wrapped, registered in place of the plain one.
        builder.Services.AddSingleton(sp => new DueCountingStore(sp.GetRequiredService<IOptions<StorageOptions>>().Value.CreateStore()));
        builder.Services.AddSingleton(sp => new CountingUserStore(sp.GetRequiredService<DueCountingStore>()));
        builder.Services.AddSingleton<IUserStore>(sp => sp.GetRequiredService<CountingUserStore>());

        var app = builder.Build();
        app.MapCoachBot();
        await app.StartAsync();
        return new BotUnderTest(app, app.Services.GetRequiredService<CountingUserStore>());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
