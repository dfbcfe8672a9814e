using System.Text.RegularExpressions;
using CoachBot.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Deployment.Tests.Slack;

/// <summary>docs/slack-app-manifest.yaml has the shape Slack's app manifest takes and what the Azure Bot Service Slack channel needs.</summary>
public sealed class SlackManifestTests
{
    private static readonly YamlMappingNode Manifest = Load();

    /// <summary>The six bot events the Azure Bot Service Slack channel subscribes to, each with the scopes Slack accepts for it.</summary>
    public static TheoryData<string, string[]> Events => new()
    {
        { "message.im", ["im:history"] },
        { "message.channels", ["channels:history"] },
        { "message.groups", ["groups:history"] },
        { "message.mpim", ["mpim:history"] },
        { "member_joined_channel", ["channels:read", "groups:read", "mpim:read"] },
        { "member_left_channel", ["channels:read", "groups:read"] },
    };

    [Theory]
    [MemberData(nameof(Events))]
    public void EveryBotEventIsSubscribedWithAScopeThatAllowsIt(string botEvent, string[] scopes)
    {
        Assert.Contains(botEvent, Strings("settings", "event_subscriptions", "bot_events"));
        Assert.Contains(Strings("oauth_config", "scopes", "bot"), scopes.Contains);
    }

    [Fact]
    public void TheBotCanWriteAndOpenItsDirectMessages()
    {
        Assert.Contains("chat:write", Strings("oauth_config", "scopes", "bot"));
        Assert.Contains("im:write", Strings("oauth_config", "scopes", "bot"));
        Assert.Equal("true", Scalar("features", "app_home", "messages_tab_enabled"));
        Assert.Equal("false", Scalar("features", "app_home", "messages_tab_read_only_enabled"));
    }

    [Fact]
    public void EventsInteractivityAndRedirectGoToSlackBotframeworkCom()
    {
        var host = @"https://((europe|india)\.)?slack\.botframework\.com";
        Assert.Matches(new Regex($"^{host}/api/Events/[A-Za-z0-9_-]+$"), Scalar("settings", "event_subscriptions", "request_url"));
        Assert.Equal("true", Scalar("settings", "interactivity", "is_enabled"));
        Assert.Matches(new Regex($"^{host}/api/Actions$"), Scalar("settings", "interactivity", "request_url"));
        Assert.Contains(Strings("oauth_config", "redirect_urls"), url => Regex.IsMatch(url, $"^{host}/?$"));
        // Azure Bot Service receives events over HTTP: Socket Mode would send them nowhere it listens.
        Assert.Equal("false", Scalar("settings", "socket_mode_enabled"));
    }

    [Fact]
    public void NamesFitSlacksLimits()
    {
        Assert.InRange(Scalar("display_information", "name").Length, 1, 35);
        Assert.InRange(Scalar("display_information", "description").Length, 1, 140);
        Assert.Matches(new Regex("^[a-z0-9._-]{1,80}$"), Scalar("features", "bot_user", "display_name"));
        Assert.Equal("1", Scalar("_metadata", "major_version"));
    }

    [Fact]
    public void TheGuideLinksTheManifestAndListsWhatItSets()
    {
        var guide = Repo.ReadText("docs", "slack.md");

        Assert.Contains("(slack-app-manifest.yaml)", guide);
        Assert.All(Strings("oauth_config", "scopes", "bot"), scope => Assert.Contains($"`{scope}`", guide));
        Assert.All(Strings("settings", "event_subscriptions", "bot_events"), botEvent => Assert.Contains($"`{botEvent}`", guide));
        Assert.Contains("`https://slack.botframework.com/api/Actions`", guide);
        Assert.Contains("`https://slack.botframework.com/api/Events/<bot name>`", guide);
        Assert.Contains("YOUR-AZURE-BOT-NAME", Scalar("settings", "event_subscriptions", "request_url"));
        Assert.Contains("YOUR-AZURE-BOT-NAME", guide);
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(Repo.ReadText("docs", "slack-app-manifest.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlNode Node(params string[] path)
    {
        YamlNode node = Manifest;
        foreach (var key in path)
            node = ((YamlMappingNode)node).Children.TryGetValue(new YamlScalarNode(key), out var child)
                ? child
                : throw new Xunit.Sdk.XunitException($"The manifest has no {string.Join('.', path)}");
        return node;
    }

    private static string Scalar(params string[] path) => ((YamlScalarNode)Node(path)).Value ?? "";

    private static IReadOnlyList<string> Strings(params string[] path) =>
        ((YamlSequenceNode)Node(path)).Children.Select(c => ((YamlScalarNode)c).Value ?? "").ToList();
}
