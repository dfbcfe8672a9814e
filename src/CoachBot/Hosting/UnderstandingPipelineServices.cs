using CoachBot.BotFramework.Text;
using CoachBot.BotFramework.Understanding;

namespace CoachBot.Hosting;

internal static class UnderstandingPipelineServices
{
    /// <summary>
    /// The understanding pipeline of the prompts and the menu: the dialogs' choice sets and intents as the matcher's
    /// candidate sets, the prompts' own question answers among the answerers (after those registered before this call:
    /// the career library, which leaves questions about the prompt to them), and the matcher and LLM resolver the host
    /// has (none: the rules only).
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
