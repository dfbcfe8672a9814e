using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching;

namespace CoachBot.Hosting;

public static class CoachingServices
{
    /// <summary>The coach itself, and a start-up check that every sentence it uses exists in dialogs/.</summary>
    public static IServiceCollection AddCoaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IBot>(sp =>
        {
            var texts = sp.GetRequiredService<TextCatalog>();
            texts.Validate(TextKeyDiscovery.KeysIn(typeof(CloudAdapter).Assembly, typeof(CoachingBot).Assembly));
            return new CoachingBot(texts);
        });
        return services;
    }
}
