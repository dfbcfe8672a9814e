using CoachBot.BotFramework.State;
using CoachBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.State;

/// <summary>The record schema as the app composes it (every layer's migration steps), for tests that read or seed a store directly.</summary>
internal static class AppRecords
{
    private static readonly Lazy<UserRecordSerializer> Lazy = new(() =>
    {
        using var services = new ServiceCollection().AddLogging().AddCoachBot(new ConfigurationBuilder().Build()).BuildServiceProvider();
        return services.GetRequiredService<UserRecordSerializer>();
    });

    public static UserRecordSerializer Serializer => Lazy.Value;
}
