using CoachBot.Coaching.Model;
using CoachBot.Coaching.Suggestions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CoachBot.Llm.Tests;

/// <summary>The suggester exactly as the host builds it: configuration, AddCoachBotLlm, DI.</summary>
public sealed class SuggesterHarness : IDisposable
{
    private readonly ServiceProvider _services;

    public SuggesterHarness(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging(l => l.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddCoachBotLlm(configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        Suggester = _services.GetRequiredService<ISuggester>();
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public ISuggester Suggester { get; }

    /// <summary>The meaning resolver the host hands the understanding pipeline.</summary>
    public CoachBot.BotFramework.Understanding.IMeaningResolver Resolver => _services.GetRequiredService<CoachBot.BotFramework.Understanding.IMeaningResolver>();

    public static SuggesterHarness OpenAi(FakeOpenAiServer server, int timeoutSeconds = 5, int? maxTokens = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAI",
            ["Llm:Endpoint"] = server.OpenAiEndpoint,
            ["Llm:Model"] = "llama-test",
            ["Llm:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (maxTokens is { } max) settings["Llm:MaxTokens"] = max.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new SuggesterHarness(settings);
    }

    public static readonly DateOnly Today = new(2026, 3, 2);

    public static GoalBrief Goal(string statement = "Pass the AWS Solutions Architect Associate exam", int months = 4) => new(
        statement,
        Today,
        Today.AddMonths(months),
        GoalType.Certification,
        ["growth", "autonomy"],
        ["Linux", "Python"],
        ["public speaking"],
        "Support engineer");

    public void Dispose() => _services.Dispose();
}
