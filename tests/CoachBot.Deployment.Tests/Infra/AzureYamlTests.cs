using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoachBot.Deployment.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Deployment.Tests.Infra;

/// <summary>azure.yaml (the Azure Developer CLI's project file) names paths and resources that exist and fit together.</summary>
[Collection(InfraCollection.Name)]
public sealed class AzureYamlTests(InfraFiles infra)
{
    private static readonly YamlMappingNode Project = Load();

    [Fact]
    public void TheProjectHasAnAzdNameAndBicepInfrastructure()
    {
        Assert.Matches(new Regex("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$"), Scalar(Project, "name"));
        var infraNode = Map(Project, "infra");
        Assert.Equal("bicep", Scalar(infraNode, "provider"));
        var folder = Repo.PathOf(Scalar(infraNode, "path"));
        var module = Scalar(infraNode, "module");
        Assert.True(File.Exists(Path.Combine(folder, module + ".bicep")), $"{module}.bicep in {folder}");
        Assert.Contains(Path.Combine(folder, module + ".bicep"), infra.EntryFiles);
        Assert.True(File.Exists(Path.Combine(folder, module + ".parameters.json")), $"{module}.parameters.json in {folder}");
    }

    [Fact]
    public void TheServiceIsTheDotnetHostProjectOnAppServiceFoundByItsTag()
    {
        var services = Map(Project, "services");
        var (name, service) = Assert.Single(services.Children);
        var serviceName = ((YamlScalarNode)name).Value!;
        var project = Repo.PathOf(Scalar((YamlMappingNode)service, "project"));

        Assert.Equal(Repo.PathOf("src", "CoachBot"), Path.GetFullPath(project));
        Assert.NotEmpty(Directory.GetFiles(project, "*.csproj"));
        Assert.Equal("dotnet", Scalar((YamlMappingNode)service, "language"));
        Assert.Equal("appservice", Scalar((YamlMappingNode)service, "host"));
        // azd finds the web app to deploy to by the tag azd-service-name = the service's name.
        var web = InfraFiles.Resources(infra.MainTemplate).Single(r => r.Resource["type"]!.GetValue<string>() == "Microsoft.Web/sites").Resource;
        Assert.Contains($"'azd-service-name', '{serviceName}'", InfraFiles.Text(web["tags"]));
    }

    [Fact]
    public void EveryHookNamesItsShellAndRunsAScriptThatExists()
    {
        var hooks = Map(Project, "hooks");
        Assert.NotEmpty(hooks.Children);
        foreach (var (hookName, hook) in hooks.Children)
            foreach (var (platform, definition) in ((YamlMappingNode)hook).Children)
            {
                var where = $"{hookName}.{platform}";
                Assert.Contains(((YamlScalarNode)platform).Value, new[] { "posix", "windows" });
                Assert.Contains(Scalar((YamlMappingNode)definition, "shell"), new[] { "sh", "pwsh" });
                var scripts = Regex.Matches(Scalar((YamlMappingNode)definition, "run"), @"node (?<script>\S+\.mjs)").Select(m => m.Groups["script"].Value).ToList();
                Assert.True(scripts.Count > 0, $"{where} runs no script");
                Assert.All(scripts, script => Assert.True(File.Exists(Repo.PathOf(script)), $"{where}: {script} does not exist"));
            }
    }

    [Fact]
    public void TheParametersFileGivesEveryRequiredParameterAndOnlyParametersMainDeclares()
    {
        var declared = infra.MainTemplate["parameters"]!.AsObject();
        var given = JsonNode.Parse(Repo.ReadText("infra", "main.parameters.json"))!["parameters"]!.AsObject();

        Assert.All(given, p => Assert.True(declared.ContainsKey(p.Key), $"main.parameters.json sets {p.Key}, which main.bicep does not declare"));
        Assert.All(declared.Where(p => p.Value!["defaultValue"] is null), p => Assert.True(given.ContainsKey(p.Key), $"the required parameter {p.Key} is not given"));
        // Values come from the azd environment (${NAME} or ${NAME=default}), never written into the file; secure ones above all.
        Assert.All(given, p => Assert.Matches(new Regex(@"^\$\{[A-Z][A-Z0-9_]*(=[^}]*)?\}$"), p.Value!["value"]!.GetValue<string>()));
        Assert.All(declared.Where(p => p.Value!["type"]!.GetValue<string>() == "securestring"),
            p => Assert.EndsWith("=}", given[p.Key]!["value"]!.GetValue<string>()));
    }

    [Fact]
    public void TheProvisionedValuesTheTeamsPackageNeedsAreOutputs()
    {
        var outputs = infra.MainTemplate["outputs"]!.AsObject();
        var manifest = Repo.ReadText("appPackage", "manifest.json");

        // The postprovision hook builds the package from azd's environment, which holds the outputs.
        Assert.Contains("${{BOT_ID}}", manifest);
        Assert.Contains("${{BOT_DOMAIN}}", manifest);
        Assert.True(outputs.ContainsKey("BOT_ID") && outputs.ContainsKey("BOT_DOMAIN"));
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        using var reader = new StringReader(Repo.ReadText("azure.yaml"));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node.Children[new YamlScalarNode(key)];

    private static string Scalar(YamlMappingNode node, string key) =>
        ((YamlScalarNode)node.Children[new YamlScalarNode(key)]).Value ?? throw new InvalidDataException($"{key} is empty");
}
