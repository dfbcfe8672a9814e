using System.Text.Json.Nodes;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching;
using CoachBot.Deployment.Tests.Support;

namespace CoachBot.Deployment.Tests.TeamsApp;

/// <summary>
/// Teams sends a command from the manifest's command list as the message text: each one must be something the bot
/// understands, or the menu Teams shows would lead to "I didn't quite catch that".
/// </summary>
public sealed class ManifestCommandsTests(ManifestCommandsTests.Bot bot) : IClassFixture<ManifestCommandsTests.Bot>
{
    /// <summary>One bot process for every command; each command gets its own new user.</summary>
    public sealed class Bot : IAsyncLifetime
    {
        public BotHost Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await BotHost.StartAsync();

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }

    // What the coach says when it did not understand: the start of "I read "...", but I'm not sure what you'd like to do".
    private static readonly string NotUnderstood = TextCatalog.Load(TextCatalog.DefaultDirectory).Get("menu.heard").Split('{')[0];

    public static TheoryData<string> Commands()
    {
        // A command listed in several scopes ("help") is one case: xunit skips a case whose arguments repeat.
        var bot = JsonNode.Parse(Repo.ReadText("appPackage", "manifest.json"))!["bots"]![0]!;
        var titles = bot["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray())
            .Select(command => command!["title"]!.GetValue<string>())
            .Distinct(StringComparer.Ordinal);
        return new TheoryData<string>(titles);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task EveryManifestCommandIsUnderstoodByTheBot(string command)
    {
        var url = bot.Host.BaseUrl;
        var user = "user-" + Guid.NewGuid().ToString("N");
        await BotClient.SendAsync(url, user, "hi"); // a new user's first message gets the welcome, whatever it says

        var control = await BotClient.SendAsync(url, user, "purple elephant tango");
        var replies = await BotClient.SendAsync(url, user, command);

        Assert.Contains(Texts(control), t => t is not null && t.StartsWith(NotUnderstood, StringComparison.Ordinal)); // the check below can tell "not understood" apart
        Assert.NotEmpty(replies);
        Assert.DoesNotContain(Texts(replies), t => t is not null && t.StartsWith(NotUnderstood, StringComparison.Ordinal));
    }

    private static IEnumerable<string?> Texts(JsonArray replies) => replies.Select(r => r?["text"]?.GetValue<string>());
}
