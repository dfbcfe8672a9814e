using CoachBot.Coaching.Suggestions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Llm.Tests;

public sealed class ConfigurationTests : IClassFixture<FakeOpenAiServer>
{
    private readonly FakeOpenAiServer _server;

    public ConfigurationTests(FakeOpenAiServer server)
    {
        _server = server;
        _server.Reset();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("None")]
    [InlineData("none")]
    public async Task WithoutProviderThereIsNoLlmAndNoHttpCall(string? provider)
    {
        var settings = new Dictionary<string, string?>
        {
            // Everything else points at the server: only Provider decides.
            ["Llm:Endpoint"] = _server.OpenAiEndpoint,
            ["Llm:Model"] = "llama-test",
        };
        if (provider is not null) settings["Llm:Provider"] = provider;
        _server.Answer(FakeAnswer.Completion("""{"steps":[{"title":"Book the exam","due":"2026-03-09"}]}"""));
        using var harness = new SuggesterHarness(settings);

        Assert.IsType<NoSuggester>(harness.Suggester);
        Assert.False(harness.Suggester.IsEnabled);
        Assert.Null(await harness.Suggester.SuggestStepsAsync(SuggesterHarness.Goal(), CancellationToken.None));
        Assert.Null(await harness.Suggester.RewriteGoalAsync("get aws cert", SuggesterHarness.Goal(), CancellationToken.None));
        Assert.Null(await harness.Suggester.SuggestWaysThroughAsync(SuggesterHarness.Goal(), "Mock exam", CancellationToken.None));
        Assert.Equal(0, _server.RequestCount);
    }

    [Fact]
    public void ConfiguredProviderGivesTheSemanticKernelSuggester()
    {
        using var harness = SuggesterHarness.OpenAi(_server);

        Assert.IsType<SemanticKernelSuggester>(harness.Suggester);
        Assert.True(harness.Suggester.IsEnabled);
        Assert.Equal(0, _server.RequestCount); // building it asks nothing
    }

    public static TheoryData<Dictionary<string, string?>, string> BadSettings => new()
    {
        { new() { ["Llm:Provider"] = "Gemini" }, "Llm:Provider" },
        { new() { ["Llm:Provider"] = "1" }, "Llm:Provider" },
        { new() { ["Llm:Provider"] = "OpenAI", ["Llm:Endpoint"] = "http://127.0.0.1:11434/v1" }, "Llm:Model" },
        { new() { ["Llm:Provider"] = "OpenAI", ["Llm:Model"] = "gpt-4o-mini" }, "Llm:ApiKey" },
        { new() { ["Llm:Provider"] = "OpenAI", ["Llm:Model"] = "m", ["Llm:Endpoint"] = "localhost:11434" }, "Llm:Endpoint" },
        { new() { ["Llm:Provider"] = "AzureOpenAI", ["Llm:Model"] = "coach" }, "Llm:Endpoint" },
        { new() { ["Llm:Provider"] = "OpenAI", ["Llm:Model"] = "m", ["Llm:Endpoint"] = "http://127.0.0.1:1/v1", ["Llm:TimeoutSeconds"] = "30" }, "Llm:TimeoutSeconds" },
        { new() { ["Llm:Provider"] = "OpenAI", ["Llm:Model"] = "m", ["Llm:Endpoint"] = "http://127.0.0.1:1/v1", ["Llm:MaxTokens"] = "0" }, "Llm:MaxTokens" },
        { new() { ["Llm:Provider"] = "OpenAI", ["Llm:Model"] = "m", ["Llm:Endpoint"] = "http://127.0.0.1:1/v1", ["Llm:PromptsPath"] = "/no/such/folder" }, "Llm:PromptsPath" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task WrongSettingFailsStartUpNamingTheKey(Dictionary<string, string?> settings, string key)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.Services.AddCoachBotLlm(builder.Configuration);
        using var host = builder.Build();

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, failure.Message);
    }

    [Fact]
    public async Task GoodSettingsStart()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "AzureOpenAI",
            ["Llm:Endpoint"] = "https://example-resource.openai.azure.com/",
            ["Llm:Model"] = "coach",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddCoachBotLlm(builder.Configuration);
        using var host = builder.Build();

        await host.StartAsync();
        // Managed identity (no key): the client is built without asking Azure for a token until the first call.
        Assert.IsType<SemanticKernelSuggester>(host.Services.GetRequiredService<ISuggester>());
        await host.StopAsync();
    }
}
