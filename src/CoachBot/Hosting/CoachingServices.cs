using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Suggestions;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CoachBot.Hosting;

public static class CoachingServices
{
    /// <summary>The coach itself, and a start-up check that every sentence it uses exists in dialogs/.</summary>
    public static IServiceCollection AddCoaching(this IServiceCollection services, IConfiguration configuration)
    {
        // No LLM unless one is configured (AddCoachBotLlm registers it first).
        services.TryAddSingleton<ISuggester, NoSuggester>();
        services.AddSingleton(sp => new CoachTexts(sp.GetRequiredService<TextCatalog>()));
        services.AddSingleton(sp => new SuggestionService(sp.GetRequiredService<ISuggester>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IBot>(sp =>
        {
            var texts = sp.GetRequiredService<TextCatalog>();
            texts.Validate(TextKeyDiscovery.KeysIn(typeof(CloudAdapter).Assembly, typeof(CoachingBot).Assembly));
            texts.Choices.Validate(TextKeyDiscovery.ChoiceSetsIn(typeof(CloudAdapter).Assembly, typeof(CoachingBot).Assembly));
            return new CoachingBot(sp.GetRequiredService<CoachTexts>(), sp.GetRequiredService<SuggestionService>(), sp.GetRequiredService<ILogger<DialogManager>>(),
                sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Coaching.CheckIns.CheckInOptions>>().Value);
        });
        return services;
    }
}
