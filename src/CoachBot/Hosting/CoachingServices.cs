using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Recognizers;
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
        services.AddSingleton(sp => new Coach(sp.GetRequiredService<TextCatalog>(), sp.GetRequiredService<ISuggester>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IBot>(sp =>
        {
            var texts = sp.GetRequiredService<TextCatalog>();
            texts.Validate(TextKeyDiscovery.KeysIn(typeof(CloudAdapter).Assembly, typeof(CoachingBot).Assembly));
            // The word lists and times the recognizers read: a bad list or time fails start-up with its key named.
            RecognizerPhrases.From(texts);
            Coaching.CheckIns.ScheduleWords.From(texts);
            return new CoachingBot(sp.GetRequiredService<Coach>(), sp.GetRequiredService<ILogger<DialogManager>>(),
                sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Coaching.CheckIns.CheckInOptions>>().Value);
        });
        return services;
    }
}
