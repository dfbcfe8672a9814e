using CoachBot.BotFramework.Understanding;
using CoachBot.Coaching.Suggestions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CoachBot.Llm;

public static class LlmServiceCollectionExtensions
{
    /// <summary>The HttpClient the chat service uses; its timeout is a backstop behind the per-call budget.</summary>
    public const string HttpClientName = "CoachBot.Llm";

    /// <summary>
    /// Registers <see cref="ISuggester"/> from the <c>Llm</c> section: <see cref="NoSuggester"/> when Provider is None
    /// (the default; no HTTP client is ever created), otherwise <see cref="SemanticKernelSuggester"/>. The section is
    /// validated at start.
    /// </summary>
    public static IServiceCollection AddCoachBotLlm(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>().Bind(configuration.GetSection(LlmOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LlmOptions>, LlmOptionsValidator>();
        services.AddHttpClient(HttpClientName, (sp, client) =>
            client.Timeout = TimeSpan.FromSeconds(sp.GetRequiredService<IOptions<LlmOptions>>().Value.TimeoutSeconds + 2));
        services.AddSingleton<ISuggester>(CreateSuggester);
        // The pipeline ignores a resolver that is not configured, so without an LLM nothing changes and nothing is called.
        services.AddSingleton<IMeaningResolver>(CreateResolver);
        return services;
    }

    private static IMeaningResolver CreateResolver(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        var loggerFactory = services.GetService<ILoggerFactory>() ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance;
        var logger = loggerFactory.CreateLogger<LlmMeaningResolver>();
        if (options.ParsedProvider == LlmProvider.None) return new LlmMeaningResolver(options, logger);
        var httpClient = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var (kernel, prompts) = SuggesterKernel.Create(options, httpClient);
        return new LlmMeaningResolver(kernel, prompts, options, logger);
    }

    private static ISuggester CreateSuggester(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<LlmOptions>>().Value;
        if (options.ParsedProvider == LlmProvider.None)
            return new NoSuggester();

        var loggerFactory = services.GetService<ILoggerFactory>() ?? Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance;
        var httpClient = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var (kernel, prompts) = SuggesterKernel.Create(options, httpClient);
        var logger = loggerFactory.CreateLogger<SemanticKernelSuggester>();
        LlmLog.Enabled(logger, options.ParsedProvider.ToString(), options.Model!, options.TimeoutSeconds);
        return new SemanticKernelSuggester(kernel, prompts, options, logger);
    }
}
