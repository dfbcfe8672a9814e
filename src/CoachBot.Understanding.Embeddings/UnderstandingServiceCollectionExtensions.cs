using CoachBot.BotFramework.Understanding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CoachBot.Understanding.Embeddings;

public static class UnderstandingServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISemanticMatcher"/> from the <c>Understanding</c> section (validated at start):
    /// <see cref="EmbeddingSemanticMatcher"/> with the shipped model (<see cref="EmbeddingModels.Default"/>, or an
    /// <see cref="EmbeddingModel"/> registered before), or <see cref="NoSemanticMatcher"/> when Matcher is Off, in which
    /// case the model is never loaded. The candidate sets come from every registered <see cref="ICandidateSetSource"/>;
    /// with none, the matcher knows no set and matches nothing.
    /// </summary>
    public static IServiceCollection AddCoachBotUnderstanding(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<UnderstandingOptions>().Bind(configuration.GetSection(UnderstandingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<UnderstandingOptions>>(new ProblemsValidator<UnderstandingOptions>(o => o.FindProblems()));
        services.TryAddSingleton(EmbeddingModels.Default);
        services.AddSingleton<ISemanticMatcher>(CreateMatcher);
        services.AddHostedService<MatcherWarmUp>();
        return services;
    }

    private static ISemanticMatcher CreateMatcher(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<UnderstandingOptions>>().Value;
        if (options.ParsedMatcher == SemanticMatcherMode.Off) return new NoSemanticMatcher();
        var logger = services.GetService<ILogger<EmbeddingSemanticMatcher>>() ?? NullLogger<EmbeddingSemanticMatcher>.Instance;
        // The host answers by its rules while the model loads in the background (MatcherWarmUp), so a start costs the
        // first answers nothing; a test or tool that needs the matcher awaits WhenReadyAsync first.
        return new EmbeddingSemanticMatcher(services.GetRequiredService<EmbeddingModel>(), services.GetServices<ICandidateSetSource>(), logger,
            rulesUntilReady: true, recentTexts: options.RecentTexts);
    }

    private sealed class ProblemsValidator<T>(Func<T, IEnumerable<string>> findProblems) : IValidateOptions<T> where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options) =>
            findProblems(options).ToList() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
