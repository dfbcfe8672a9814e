using CoachBot.BotFramework.Text;
using CoachBot.BotFramework.Understanding;

namespace CoachBot.Hosting;

internal static class UnderstandingPipelineServices
{
    /// <summary>
    /// The understanding pipeline of the prompts and the menu: the dialogs' choice sets and intents as the matcher's
    /// candidate sets, the prompts' own question answers first among the answerers (others, such as the career
    /// library, are registered after it), and the matcher and LLM resolver the host has (none: the rules only).
    /// </summary>
    public static IServiceCollection AddUnderstandingPipeline(this IServiceCollection services)
    {
        services.AddSingleton<ICandidateSetSource>(sp => new CatalogCandidateSets(sp.GetRequiredService<TextCatalog>()));
        services.AddSingleton<IQuestionAnswerer>(sp => new PromptQuestionAnswerer(sp.GetRequiredService<TextCatalog>()));
        services.AddSingleton(sp => new Understander(sp.GetRequiredService<TextCatalog>(),
            sp.GetService<ISemanticMatcher>(), sp.GetServices<IQuestionAnswerer>(), sp.GetService<IMeaningResolver>()));
        return services;
    }
}
