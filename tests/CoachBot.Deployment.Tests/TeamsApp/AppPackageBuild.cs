using System.IO.Compression;
using System.Text.Json.Nodes;
using CoachBot.Deployment.Tests.Support;

namespace CoachBot.Deployment.Tests.TeamsApp;

/// <summary>Runs appPackage/build.mjs as a deployer would, with settings in the environment, into a temporary folder.</summary>
public sealed class AppPackageBuild : IDisposable
{
    public const string BotId = "0f8e3a52-6c1d-4b7e-9a40-2d5c8e71b3f6";
    public const string BotDomain = "coachbot-test.azurewebsites.net";

    private readonly string _folder = Directory.CreateTempSubdirectory("coachbot-apppackage-").FullName;

    public string ZipPath => Path.Combine(_folder, "package.zip");

    /// <summary>The settings a complete build needs; a test removes or changes one.</summary>
    public static Dictionary<string, string?> Settings() => new()
    {
        ["BOT_ID"] = BotId,
        ["BOT_DOMAIN"] = BotDomain,
        ["DEVELOPER_NAME"] = "Contoso People Team",
        ["DEVELOPER_WEBSITE_URL"] = "https://contoso.example/coachbot",
        ["DEVELOPER_PRIVACY_URL"] = "https://contoso.example/coachbot/privacy",
        ["DEVELOPER_TERMS_URL"] = "https://contoso.example/coachbot/terms",
        ["TEAMS_APP_ID"] = null,
        ["APP_VERSION"] = null,
    };

    public Task<ToolResult> RunAsync(IDictionary<string, string?> settings, string? source = null)
    {
        var arguments = new List<string> { Repo.PathOf("appPackage", "build.mjs"), "--out", ZipPath };
        if (source is not null) arguments.AddRange(["--source", source]);
        return Tool.RunAsync(Tool.Node, arguments, _folder, TimeSpan.FromMinutes(2), settings);
    }

    /// <summary>A copy of appPackage/ to spoil for a negative case.</summary>
    public string CopyOfSource()
    {
        var copy = Path.Combine(_folder, "source");
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.EnumerateFiles(Repo.PathOf("appPackage")))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        return copy;
    }

    public static Dictionary<string, byte[]> Entries(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var bytes = new MemoryStream();
            stream.CopyTo(bytes);
            return bytes.ToArray();
        });
    }

    public static JsonObject Manifest(IReadOnlyDictionary<string, byte[]> entries) =>
        JsonNode.Parse(entries["manifest.json"])!.AsObject();

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
