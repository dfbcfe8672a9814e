using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoachBot.Deployment.Tests.Support;

namespace CoachBot.Deployment.Tests.Guide;

/// <summary>
/// The README's Deploy section agrees with the files it describes: the paths it names exist, the settings it names are
/// the ones infra/, azd and the app package read, and the facts it states about the tools match their packages.
/// </summary>
public sealed partial class DeployGuideTests
{
    private static readonly string Readme = Repo.ReadText("README.md");
    private static readonly string Deploy = Section(Readme, "Deploy");

    [Fact]
    public void EveryRepositoryPathTheGuideNamesExists()
    {
        var paths = CodeSpan().Matches(Deploy).Select(m => m.Groups["code"].Value)
            .Where(c => RepoPath().IsMatch(c) && !c.Contains('<') && !c.StartsWith("appPackage/build/", StringComparison.Ordinal))
            .Distinct().ToList();

        Assert.Contains("infra/main.bicep", paths);
        Assert.All(paths, path => Assert.True(File.Exists(Repo.PathOf(path)) || Directory.Exists(Repo.PathOf(path)), $"README names {path}, which does not exist"));
    }

    [Fact]
    public void EveryAzdSettingItNamesIsReadByTheParametersFileOrThePackageBuild()
    {
        var parameters = Repo.ReadText("infra", "main.parameters.json");
        var manifest = Repo.ReadText("appPackage", "manifest.json");
        var set = AzdEnvSet().Matches(Deploy).Select(m => m.Groups["name"].Value).ToHashSet();
        var optional = Regex.Matches(Deploy, @"`(?<name>[A-Z][A-Z0-9_]+)`").Select(m => m.Groups["name"].Value)
            .Where(n => parameters.Contains("${" + n + "=", StringComparison.Ordinal)).ToHashSet();

        Assert.NotEmpty(set);
        Assert.All(set, name => Assert.True(parameters.Contains("${" + name, StringComparison.Ordinal) || manifest.Contains("${{" + name + "}}", StringComparison.Ordinal),
            $"`azd env set {name}` is read neither by infra/main.parameters.json nor by appPackage/manifest.json"));
        // Every optional azd setting of the parameters file is documented.
        var documented = set.Union(optional).ToHashSet();
        foreach (Match m in Regex.Matches(parameters, @"\$\{(?<name>[A-Z][A-Z0-9_]+)="))
            Assert.True(documented.Contains(m.Groups["name"].Value), $"infra/main.parameters.json reads {m.Groups["name"].Value}, which the Deploy section does not name");
    }

    [Fact]
    public void EveryPlaceholderOfTheTeamsManifestIsExplained()
    {
        var placeholders = Regex.Matches(Repo.ReadText("appPackage", "manifest.json"), @"\$\{\{(?<name>[A-Z0-9_]+)\}\}").Select(m => m.Groups["name"].Value).Distinct();

        Assert.All(placeholders, name => Assert.Contains(name, Deploy));
    }

    [Fact]
    public void EverySettingItNamesIsInTheSample()
    {
        var sample = JsonNode.Parse(Repo.ReadText("appsettings.sample.json"))!.AsObject();
        var settings = CodeSpan().Matches(Deploy).Select(m => m.Groups["code"].Value)
            .Where(c => Regex.IsMatch(c, "^(Microsoft[A-Za-z]+|[A-Z][A-Za-z]+(:[A-Z][A-Za-z]+)+)$")).Distinct().ToList();

        Assert.Contains("Coaching:SupportContact", settings);
        Assert.Contains("MicrosoftAppTenantId", settings);
        Assert.All(settings, setting =>
        {
            JsonNode? node = sample;
            foreach (var part in setting.Split(':')) node = node?[part];
            Assert.True(node is not null, $"README names {setting}, which appsettings.sample.json does not have");
        });
    }

    [Fact]
    public void TheSampleShowsASingleTenantBotWithATenantPlaceholder()
    {
        var sample = JsonNode.Parse(Repo.ReadText("appsettings.sample.json"))!;

        Assert.Equal("SingleTenant", sample["MicrosoftAppType"]!.GetValue<string>());
        Assert.Matches(new Regex("^<[a-z-]+>$"), sample["MicrosoftAppTenantId"]!.GetValue<string>());
        Assert.Equal("", sample["MicrosoftAppId"]!.GetValue<string>()); // so the sample itself still runs anonymously
        Assert.Contains("31 July 2025", sample["// MicrosoftAppType"]!.GetValue<string>());
        Assert.Contains("31 July 2025", Deploy);
    }

    [Fact]
    public void TheNodeVersionsItStatesMatchAzuriteAndItsOwnRun()
    {
        var engines = JsonNode.Parse(Repo.ReadText("node_modules", "azurite", "package.json"))!["engines"]!["node"]!.GetValue<string>();
        var minimum = Regex.Match(engines, @">=\s*(?<major>\d+)").Groups["major"].Value;
        var azurite = JsonNode.Parse(Repo.ReadText("node_modules", "azurite", "package.json"))!["version"]!.GetValue<string>();

        Assert.Contains($"Azurite {azurite} declares Node {minimum} or newer", Readme);
        Assert.Matches(new Regex(@"The tests\s+were run on Node\.js \d+\.\d+\.\d+"), Readme);
    }

    [Fact]
    public void ThePlaygroundFlagItNamesExistsInThePlaygroundsCli()
    {
        var cli = Directory.EnumerateFiles(Repo.PathOf("node_modules", "@microsoft", "m365agentsplayground"), "*.js", SearchOption.AllDirectories)
            .Any(f => File.ReadAllText(f).Contains("disable-telemetry", StringComparison.Ordinal));

        Assert.Contains("--disable-telemetry", Readme);
        Assert.True(cli, "the Playground's CLI has a disable-telemetry option");
    }

    [Fact]
    public void TheOpeningCommandsStayAsTheyWere()
    {
        Assert.Contains("dotnet run --project src/CoachBot    # the bot on http://localhost:3978/api/messages", Readme);
        Assert.Contains("./test.sh                            # every test", Readme);
        Assert.Equal("http://localhost:3978", CoachBot.Hosting.ConfigurationDefaults.DefaultUrls);
    }

    [Fact]
    public void WhatNeedsAzureOrTeamsIsMarkedNotTried()
    {
        Assert.Contains("**Not tried:**", Deploy);
        Assert.Contains("**Not tried against Slack itself.**", Repo.ReadText("docs", "slack.md"));
    }

    private static string Section(string markdown, string title)
    {
        var start = markdown.IndexOf($"\n## {title}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README has no \"## {title}\" section");
        var end = markdown.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        return markdown[start..(end < 0 ? markdown.Length : end)];
    }

    [GeneratedRegex(@"`(?<code>[^`\n]+)`")]
    private static partial Regex CodeSpan();

    [GeneratedRegex(@"^(infra|appPackage|docs|src|tests)/[\w./-]+$|^(Dockerfile|azure\.yaml|appsettings\.sample\.json)$")]
    private static partial Regex RepoPath();

    [GeneratedRegex(@"azd env set (?<name>[A-Z][A-Z0-9_]+)")]
    private static partial Regex AzdEnvSet();
}
