using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoachBot.Deployment.Tests.Support;

namespace CoachBot.Deployment.Tests.Infra;

/// <summary>
/// infra/ compiled and linted once for all the infra tests: every entry file (a .bicep file no other file uses as a
/// module) through `bicep build` and `bicep lint`, offline (--no-restore: no registry is asked for anything).
/// </summary>
public sealed partial class InfraFiles : IAsyncLifetime
{
    public static string Folder => Repo.PathOf("infra");

    public IReadOnlyList<string> BicepFiles { get; } =
        Directory.EnumerateFiles(Repo.PathOf("infra"), "*.bicep", SearchOption.AllDirectories).Order().ToList();

    /// <summary>Each file's module references, as written ('resources.bicep', 'br/public:...').</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Modules { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public IReadOnlyList<string> EntryFiles { get; private set; } = [];

    public Dictionary<string, ToolResult> Builds { get; } = [];

    public Dictionary<string, ToolResult> Lints { get; } = [];

    /// <summary>The ARM template each entry file compiles to.</summary>
    public Dictionary<string, JsonObject> Templates { get; } = [];

    public async Task InitializeAsync()
    {
        Modules = BicepFiles.ToDictionary(f => f, f => (IReadOnlyList<string>)ModuleLine().Matches(File.ReadAllText(f))
            .Select(m => m.Groups["path"].Value).ToList());
        var referenced = Modules.SelectMany(m => m.Value.Select(path => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(m.Key)!, path))))
            .ToHashSet();
        EntryFiles = BicepFiles.Where(f => !referenced.Contains(f)).ToList();
        foreach (var entry in EntryFiles)
        {
            Builds[entry] = await BicepCli.RunAsync("build", entry, "--stdout", "--no-restore");
            Lints[entry] = await BicepCli.RunAsync("lint", entry, "--no-restore");
            if (Builds[entry].ExitCode == 0) Templates[entry] = JsonNode.Parse(Builds[entry].StandardOutput)!.AsObject();
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public JsonObject MainTemplate => Templates[Path.Combine(Folder, "main.bicep")];

    /// <summary>Every resource of a template and of the templates nested in it (modules), with its symbolic name.</summary>
    public static IEnumerable<(string Name, JsonObject Resource)> Resources(JsonObject template)
    {
        var resources = template["resources"];
        var list = resources is JsonObject byName
            ? byName.Select(p => (p.Key, p.Value!.AsObject()))
            : resources!.AsArray().Select(r => (r!["name"]?.ToString() ?? "", r.AsObject()));
        foreach (var (name, resource) in list)
        {
            yield return (name, resource);
            if (resource["properties"]?["template"] is JsonObject nested)
                foreach (var inner in Resources(nested)) yield return inner;
        }
    }

    /// <summary>The templates nested in a template (one per module), the template itself first.</summary>
    public static IEnumerable<JsonObject> AllTemplates(JsonObject template)
    {
        yield return template;
        foreach (var (_, resource) in Resources(template))
            if (resource["properties"]?["template"] is JsonObject nested) yield return nested;
    }

    private static readonly System.Text.Json.JsonSerializerOptions Unescaped =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A node as JSON text with ARM expressions readable as written (no \u0027 for their quotes), for matching.</summary>
    public static string Text(JsonNode? node) => node?.ToJsonString(Unescaped) ?? "";

    [GeneratedRegex(@"^\s*module\s+\w+\s+'(?<path>[^']+)'", RegexOptions.Multiline)]
    private static partial Regex ModuleLine();
}

[CollectionDefinition(Name)]
public sealed class InfraCollection : ICollectionFixture<InfraFiles>
{
    public const string Name = "infra";
}
