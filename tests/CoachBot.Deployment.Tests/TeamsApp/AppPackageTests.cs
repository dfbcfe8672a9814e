using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoachBot.Deployment.Tests.Support;

namespace CoachBot.Deployment.Tests.TeamsApp;

/// <summary>The Teams app package built by appPackage/build.mjs: what Teams accepts for upload.</summary>
public sealed class AppPackageTests : IDisposable
{
    private readonly AppPackageBuild _build = new();

    [Fact]
    public async Task BuildsAZipWithTheFilledManifestAndBothIconsAtItsRoot()
    {
        var result = await _build.RunAsync(AppPackageBuild.Settings());

        Assert.True(result.ExitCode == 0, result.Describe("build.mjs"));
        var entries = AppPackageBuild.Entries(_build.ZipPath);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], entries.Keys.Order());
        var manifest = AppPackageBuild.Manifest(entries);
        Assert.DoesNotContain("${{", manifest.ToJsonString());
        Assert.Equal(AppPackageBuild.BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(AppPackageBuild.BotId, manifest["id"]!.GetValue<string>()); // TEAMS_APP_ID defaults to the bot id
        Assert.Equal("1.0.0", manifest["version"]!.GetValue<string>());
        Assert.Equal([AppPackageBuild.BotDomain], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Equal("https://contoso.example/coachbot/privacy", manifest["developer"]!["privacyUrl"]!.GetValue<string>());
        Assert.Equal(entries["color.png"], Repo.ReadBytes("appPackage", "color.png"));
    }

    [Fact]
    public void TheManifestIsOnSchema122OrNewerAndNamesThatSchema()
    {
        var manifest = JsonNode.Parse(Repo.ReadText("appPackage", "manifest.json"))!.AsObject();
        var version = Version.Parse(manifest["manifestVersion"]!.GetValue<string>());

        Assert.True(version >= new Version(1, 22), $"manifestVersion {version}");
        Assert.Equal($"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json",
            manifest["$schema"]!.GetValue<string>());
        Assert.True(File.Exists(Repo.PathOf("node_modules", "@microsoft", "app-manifest", "build", "json-schemas", "teams", $"v{version}",
            "MicrosoftTeams.schema.json")), "the schema file @microsoft/app-manifest ships for this version (npm ci first)");
    }

    [Fact]
    public void TheBotIsPersonalFirstWithCommandListsAndTeamAndGroupChatScopes()
    {
        var bot = JsonNode.Parse(Repo.ReadText("appPackage", "manifest.json"))!["bots"]!.AsArray().Single()!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        var lists = bot["commandLists"]!.AsArray();
        var personal = lists.Single(l => l!["scopes"]!.AsArray().Any(s => s!.GetValue<string>() == "personal"))!;
        Assert.True(personal["commands"]!.AsArray().Count >= 5);
        Assert.Contains(lists, l => l!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()).Order().SequenceEqual(["groupChat", "team"]));
    }

    [Fact]
    public async Task EveryMissingSettingIsNamedAndNoPackageIsWritten()
    {
        var settings = AppPackageBuild.Settings();
        settings["BOT_ID"] = null;
        settings["DEVELOPER_PRIVACY_URL"] = null;

        var result = await _build.RunAsync(settings);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("BOT_ID is not set", result.StandardError);
        Assert.Contains("DEVELOPER_PRIVACY_URL is not set", result.StandardError);
        Assert.False(File.Exists(_build.ZipPath));
    }

    [Fact]
    public async Task AManifestOutsideTheBundledSchemaIsRefusedWithThePathOfTheFault()
    {
        var settings = AppPackageBuild.Settings();
        settings["DEVELOPER_NAME"] = new string('x', 33); // the schema allows 32 characters
        settings["BOT_ID"] = "not-a-guid";

        var result = await _build.RunAsync(settings);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("/developer/name", result.StandardError);
        Assert.Contains("/bots/0/botId", result.StandardError);
        Assert.False(File.Exists(_build.ZipPath));
    }

    [Theory]
    [InlineData("DEVELOPER_TERMS_URL", "http://contoso.example/terms", "must be an https URL")]
    [InlineData("BOT_DOMAIN", "https://coachbot.example.com/api/messages", "host name without scheme")]
    [InlineData("APP_VERSION", "2.1", "semver")]
    public async Task ASettingOfTheWrongShapeIsRefused(string name, string value, string problem)
    {
        var settings = AppPackageBuild.Settings();
        settings[name] = value;

        var result = await _build.RunAsync(settings);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(name, result.StandardError);
        Assert.Contains(problem, result.StandardError);
    }

    [Fact]
    public async Task AnIconOfTheWrongSizeIsRefusedFromItsPngHeader()
    {
        var source = _build.CopyOfSource();
        File.Copy(Repo.PathOf("appPackage", "color.png"), Path.Combine(source, "outline.png"), overwrite: true);

        var result = await _build.RunAsync(AppPackageBuild.Settings(), source);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("icons.outline: outline.png is 192x192, Teams wants 32x32", result.StandardError);
    }

    [Fact]
    public void TheColourIconIs192SquareAndTheOutlineIs32SquareWhiteOnTransparent()
    {
        var color = Png.ReadHeader(Repo.ReadBytes("appPackage", "color.png"));
        Assert.Equal((192, 192), (color.Width, color.Height));

        var outline = Repo.ReadBytes("appPackage", "outline.png");
        Assert.Equal((32, 32), (Png.ReadHeader(outline).Width, Png.ReadHeader(outline).Height));
        var pixels = Png.ReadRgba(outline).Chunk(4).ToList();
        Assert.All(pixels, p => Assert.True(p[3] == 0 || (p[0], p[1], p[2]) == (255, 255, 255), $"pixel {string.Join(',', p)} is neither white nor transparent"));
        Assert.Contains(pixels, p => p[3] == 255);
        Assert.Contains(pixels, p => p[3] == 0);
    }

    [Fact]
    public async Task TheCommittedIconsAreWhatMakeIconsDraws()
    {
        var folder = Directory.CreateTempSubdirectory("coachbot-icons-").FullName;
        try
        {
            var result = await Tool.RunAsync(Tool.Node, [Repo.PathOf("appPackage", "make-icons.mjs"), folder], folder, TimeSpan.FromMinutes(2));
            Assert.True(result.ExitCode == 0, result.Describe("make-icons.mjs"));

            foreach (var icon in new[] { "color.png", "outline.png" })
                Assert.Equal(Png.ReadRgba(Repo.ReadBytes("appPackage", icon)), Png.ReadRgba(File.ReadAllBytes(Path.Combine(folder, icon))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TheAccentColourMatchesTheColourIconsBackground()
    {
        var accent = JsonNode.Parse(Repo.ReadText("appPackage", "manifest.json"))!["accentColor"]!.GetValue<string>();
        var pixels = Png.ReadRgba(Repo.ReadBytes("appPackage", "color.png"));
        var corner = (96 * 192 + 10) * 4; // the square's left edge, mid-height: background, not glyph
        Assert.Matches(new Regex("^#[0-9A-Fa-f]{6}$"), accent);
        Assert.Equal(accent.ToUpperInvariant(), $"#{pixels[corner]:X2}{pixels[corner + 1]:X2}{pixels[corner + 2]:X2}");
    }

    public void Dispose() => _build.Dispose();
}
