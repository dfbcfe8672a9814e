using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.State;
using CoachBot.Llm;
using CoachBot.Storage;
using CoachBot.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// Issue 14.6, the defaults: with nothing configured, every dependency call of a turn is bounded well inside the
/// channel's 15 s (the fault tests show each bound holds; this shows the bounds a fresh install runs with).
/// </summary>
public sealed class DefaultBoundsTests
{
    [Fact]
    public async Task WithNothingConfiguredEveryDependencyCallIsBounded()
    {
        var file = Path.Combine(Path.GetTempPath(), "coachbot-defaults-" + Guid.NewGuid().ToString("N"), "coachbot.db");
        await using var bot = await BotWithSettings.StartAsync(new Dictionary<string, string?> { ["Storage:Sqlite:Path"] = file });
        var services = bot.Services;

        var connector = services.GetRequiredService<IOptions<ConnectorResilienceOptions>>().Value;
        Assert.True(connector.TotalTimeout < TimeSpan.FromSeconds(12), $"connector, all retries: {connector.TotalTimeout}");
        Assert.True(connector.MaxDelay < connector.TotalTimeout, $"connector Retry-After at most {connector.MaxDelay}");

        var sqlite = Assert.IsType<SqliteUserStore>(services.GetRequiredService<IUserStore>());
        Assert.True(sqlite.BusyTimeout <= TimeSpan.FromSeconds(8), $"SQLite lock wait: {sqlite.BusyTimeout}");

        var tables = services.GetRequiredService<IOptions<StorageOptions>>().Value.ResolveTableTimeouts();
        Assert.True(tables.WorstCase < TimeSpan.FromSeconds(7), $"Table Storage, one call with its retries: {tables.WorstCase}");
        Assert.True(tables.NetworkTimeout <= TimeSpan.FromSeconds(3), $"Table Storage, one attempt: {tables.NetworkTimeout}");

        var llm = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        Assert.True(llm.TimeoutSeconds <= 8, $"LLM call: {llm.TimeoutSeconds} s");
    }
}
