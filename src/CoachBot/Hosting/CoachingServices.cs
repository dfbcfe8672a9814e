using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using CoachBot.BotFramework.Understanding;
using CoachBot.Coaching;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Commands;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Library;
using CoachBot.Coaching.Suggestions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CoachBot.Hosting;

internal static class CoachingServices
{
    /// <summary>
    /// The coach itself, and a start-up check that every sentence it uses exists in dialogs/. The suggester comes
    /// from the LLM library (a no-op one when no LLM is configured). Coaching's record migration steps, when it has
    /// some, are added here with <see cref="BotFrameworkServices.AddRecordMigration"/>.
    /// </summary>
    public static IServiceCollection AddCoaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CoachingOptions>().Bind(configuration.GetSection(CoachingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CoachingOptions>>(new ProblemsValidator<CoachingOptions>(o => o.FindProblems()));
        services.AddSingleton(sp => new CoachTexts(sp.GetRequiredService<TextCatalog>()));
        services.AddSingleton(sp => new SuggestionService(sp.GetRequiredService<ISuggester>(), sp.GetRequiredService<TimeProvider>()));
        // The career library answers questions asked at any prompt. It is registered before the prompt's own explanations
        // (in the pipeline), so a library topic wins over their generic help; it leaves questions about the prompt to them.
        services.AddSingleton(sp => new CoachAnswers(sp.GetRequiredService<CoachTexts>(), sp.GetRequiredService<IOptions<CoachingOptions>>().Value));
        services.AddSingleton<IQuestionAnswerer>(sp => new CareerLibraryAnswerer(sp.GetRequiredService<CoachAnswers>(), sp.GetRequiredService<SuggestionService>()));
        services.AddUnderstandingPipeline();
        services.TryAddSingleton<IBot>(CreateBot);
        foreach (var step in CoachBot.Coaching.Plans.CoachingRecordMigrations.Steps) services.AddRecordMigration(step);
        return services;
    }

    /// <summary>The coach's bot, after checking dialogs/ holds every key the code uses (a missing one fails start-up).</summary>
    public static IBot CreateBot(IServiceProvider services)
    {
        var texts = services.GetRequiredService<TextCatalog>();
        texts.Validate(TextKeyDiscovery.KeysIn(typeof(CloudAdapter).Assembly, typeof(CoachingBot).Assembly));
        texts.Choices.Validate(TextKeyDiscovery.ChoiceSetsIn(typeof(CloudAdapter).Assembly, typeof(CoachingBot).Assembly));
        // The word lists and times the recognizers read: a bad list or time fails start-up with its key named.
        RecognizerPhrases.UseWordsOf(texts);
        RecognizerPhrases.From(texts);
        ScheduleWords.From(texts);
        CommandWords.From(texts);
        PromptCommands.From(texts);
        CoachBot.Coaching.Smart.SmartVocabulary.Install(texts);
        CoachBot.Coaching.Smart.CoachingWords.Install(texts);
        CoachBot.Coaching.Smart.CareerVocabulary.UseArticleSoundsOf(texts);
        return new CoachingBot(services.GetRequiredService<CoachTexts>(), services.GetRequiredService<SuggestionService>(),
            services.GetRequiredService<ILogger<DialogManager>>(), services.GetRequiredService<IOptions<CheckInOptions>>().Value,
            services.GetRequiredService<Understander>(), services.GetRequiredService<IOptions<CoachingOptions>>().Value,
            services.GetRequiredService<ILogger<CoachingBot>>(), services.GetService<BotFramework.Connector.IPersonalChats>());
    }
}
