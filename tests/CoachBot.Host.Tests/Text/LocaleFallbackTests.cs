using System.Text.Json.Nodes;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching;
using CoachBot.Hosting;
using CoachBot.TestSupport;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Host.Tests.Text;

/// <summary>
/// Sentences fall back from the user's locale to its language, then to en-US. The second locale is a small one kept
/// under tests/Data/locales (not shipped); the bot finds it through the <c>Dialogs:Path</c> setting, beside a copy of
/// the shipped en-US.
/// </summary>
public sealed class LocaleFallbackTests : IDisposable
{
    private const string German = "Ich bin CoachBot, dein Karriere-Coach.";

    private static readonly TextCatalog English = TextCatalog.Load(RepoPaths.Dialogs);

    private readonly TempFolder _dialogs = new("coachbot-dialogs-");
    private readonly ServiceProvider _services;
    private int _sequence;

    public LocaleFallbackTests()
    {
        Copy(RepoPaths.Dialogs, "en-US");
        Copy(Path.Combine(RepoPaths.TestData, "locales"), "de-DE");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Dialogs:Path"] = _dialogs.Path,
        }).Build();
        _services = new ServiceCollection().AddLogging().AddCoachBot(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task AGermanUserGetsTheGermanSentenceAndEnglishForWhatGermanLacks()
    {
        var replies = await SayAsync("de-DE", "hallo");

        Assert.Contains(German, replies);
        Assert.DoesNotContain("I'm CoachBot, your career coach", replies);
        Assert.Contains(English.Get(CoachingTexts.WelcomeAiNotConfigured), replies); // de-DE has no such sentence
    }

    [Fact]
    public async Task ARegionalVariantFallsBackToItsLanguage()
    {
        Assert.Contains(German, await SayAsync("de-AT", "hallo"));
    }

    [Fact]
    public async Task ALocaleWithNoSentencesGetsEnUs()
    {
        var replies = await SayAsync("fr-FR", "bonjour");

        Assert.Contains("I'm CoachBot, your career coach", replies);
        Assert.DoesNotContain(German, replies);
    }

    private async Task<string> SayAsync(string locale, string text)
    {
        var user = "29:" + locale;
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Id = $"{locale}-{Interlocked.Increment(ref _sequence)}",
            ChannelId = Channels.Msteams,
            ServiceUrl = "https://test.invalid/",
            From = new ChannelAccount { Id = user, Name = "Alex" },
            Recipient = new ChannelAccount { Id = "28:bot", Name = "CoachBot" },
            Conversation = new ConversationAccount { Id = "a:" + locale, ConversationType = "personal", TenantId = "tenant-1" },
            Locale = locale,
            Text = text,
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        var response = await _services.GetRequiredService<CloudAdapter>().ProcessActivityAsync(activity, BotClaims.Anonymous, default);
        var texts = (response.Body?["activities"] as JsonArray ?? []).Select(a => (string?)a?["text"]);
        return string.Join("\n", texts);
    }

    private void Copy(string root, string locale)
    {
        var target = Directory.CreateDirectory(Path.Combine(_dialogs.Path, locale));
        foreach (var file in Directory.GetFiles(Path.Combine(root, locale), "*.yaml"))
            File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
    }

    public void Dispose()
    {
        _services.Dispose();
        _dialogs.Dispose();
    }
}
