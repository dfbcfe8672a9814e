using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CoachBot.Deployment.Tests.Support;

namespace CoachBot.Deployment.Tests.Infra;

/// <summary>infra/: every entry file compiles and lints clean with the pinned Bicep CLI, and the template holds what the bot needs.</summary>
[Collection(InfraCollection.Name)]
public sealed partial class BicepTests(InfraFiles infra)
{
    [Fact]
    public void MainBicepIsAnEntryFileAndItsModuleIsNot()
    {
        Assert.Contains(Path.Combine(InfraFiles.Folder, "main.bicep"), infra.EntryFiles);
        Assert.DoesNotContain(Path.Combine(InfraFiles.Folder, "resources.bicep"), infra.EntryFiles);
    }

    [Fact]
    public void EveryEntryFileCompilesWithoutAWarning()
    {
        Assert.All(infra.EntryFiles, entry =>
        {
            var build = infra.Builds[entry];
            Assert.True(build.ExitCode == 0 && BicepCli.Diagnostics(build).Count == 0, build.Describe($"bicep build {entry}"));
        });
    }

    [Fact]
    public void EveryEntryFileLintsCleanWithEveryRuleAtError()
    {
        Assert.All(infra.EntryFiles, entry =>
        {
            var lint = infra.Lints[entry];
            Assert.True(lint.ExitCode == 0 && BicepCli.Diagnostics(lint).Count == 0, lint.Describe($"bicep lint {entry}"));
        });
    }

    [Fact]
    public void TheLinterConfigurationSetsEveryRuleToError()
    {
        var core = JsonNode.Parse(Repo.ReadText("infra", "bicepconfig.json"))!["analyzers"]!["core"]!;
        var rules = core["rules"]!.AsObject();

        Assert.True(core["enabled"]?.GetValue<bool>() ?? true);
        Assert.True(rules.Count >= 40, $"{rules.Count} rules configured");
        Assert.All(rules, rule => Assert.Equal("error", rule.Value!["level"]!.GetValue<string>()));
        // The rules that are off by default are the ones that must be named to count.
        Assert.Contains("use-recent-api-versions", rules.Select(r => r.Key));
        Assert.Contains("use-resource-id-functions", rules.Select(r => r.Key));
        Assert.Contains("no-hardcoded-location", rules.Select(r => r.Key));
    }

    [Fact]
    public void EveryModuleIsALocalFileNotARegistryModule()
    {
        Assert.All(infra.Modules.SelectMany(m => m.Value.Select(path => (File: m.Key, Path: path))), module =>
        {
            Assert.False(module.Path.StartsWith("br:", StringComparison.Ordinal) || module.Path.StartsWith("br/", StringComparison.Ordinal)
                || module.Path.StartsWith("ts:", StringComparison.Ordinal) || module.Path.StartsWith("ts/", StringComparison.Ordinal),
                $"{module.File} uses the registry module {module.Path}");
            Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(module.File)!, module.Path)), $"{module.File}: {module.Path} does not exist");
        });
        Assert.NotEmpty(infra.Modules.SelectMany(m => m.Value));
    }

    [Fact]
    public void SecureParametersReachOnlyKeyVaultSecretsAndTheBotChannels()
    {
        // A secure value may be stored (a Key Vault secret), handed to the service that holds it (a bot channel), or
        // tested for emptiness; anywhere else (an app setting, a tag, an output) it would sit in plain sight.
        string[] holders = ["Microsoft.KeyVault/vaults/secrets", "Microsoft.BotService/botServices/channels"];
        var checkedParameters = 0;
        foreach (var template in InfraFiles.AllTemplates(infra.MainTemplate))
        {
            var secure = (template["parameters"]?.AsObject() ?? []).Where(p => p.Value!["type"]!.GetValue<string>() == "securestring").Select(p => p.Key).ToList();
            checkedParameters += secure.Count;
            var places = (template["variables"]?.AsObject() ?? []).Select(v => ($"variable {v.Key}", "", InfraFiles.Text(v.Value)))
                .Concat(InfraFiles.Resources(template).Where(r => r.Resource["properties"]?["template"] is null)
                    .Select(r => ($"resource {r.Name}", r.Resource["type"]!.GetValue<string>(), InfraFiles.Text(r.Resource))))
                .Concat((template["outputs"]?.AsObject() ?? []).Select(o => ($"output {o.Key}", "", InfraFiles.Text(o.Value))));
            foreach (var (where, type, json) in places)
                foreach (var parameter in secure)
                    foreach (Match use in Regex.Matches(json, $@"(?<call>\w+\()?parameters\('{parameter}'\)"))
                        Assert.True(holders.Contains(type) || use.Groups["call"].Value == "empty(",
                            $"{where} uses the secure parameter {parameter} outside Key Vault and the bot channels");
        }
        Assert.True(checkedParameters >= 4, "the secure parameters were found in the compiled templates");
    }

    [Fact]
    public void EverySecretAppSettingIsAKeyVaultReference()
    {
        var settings = AppSettingsExpression();
        var secretNames = AppSettingName().Matches(settings).Select(m => m.Groups["name"].Value)
            .Where(n => Regex.IsMatch(n, "(Password|ApiKey|Secret|Key)$", RegexOptions.IgnoreCase)).ToList();

        Assert.Contains("MicrosoftAppPassword", secretNames);
        Assert.Contains("Llm__ApiKey", secretNames);
        Assert.All(secretNames, name => Assert.Matches(
            new Regex($@"'name', '{name}', 'value', format\('@Microsoft\.KeyVault\(SecretUri=\{{0\}}\)'"), settings));
        Assert.DoesNotContain("ConnectionString", AppSettingName().Matches(settings).Select(m => m.Groups["name"].Value)
            .Where(n => n.StartsWith("Storage__", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheBotIsAManagedIdentityOrASingleTenantAppNeverMultiTenant()
    {
        var bot = Resource("Microsoft.BotService/botServices");
        var appType = bot["properties"]!["msaAppType"]!.GetValue<string>();

        Assert.Contains("'UserAssignedMSI'", appType);
        Assert.Contains("'SingleTenant'", appType);
        Assert.DoesNotContain("MultiTenant", InfraFiles.Text(bot));
        Assert.Contains("'MicrosoftAppType', 'value', 'UserAssignedMSI'", AppSettingsExpression());
        Assert.Contains("'MicrosoftAppType', 'value', 'SingleTenant'", AppSettingsExpression());
        Assert.Contains("/api/messages", bot["properties"]!["endpoint"]!.GetValue<string>());
        Assert.Equal("global", bot["location"]!.GetValue<string>());
    }

    [Fact]
    public void TheBotHasTheTeamsAndSlackChannels()
    {
        var channels = InfraFiles.Resources(infra.MainTemplate).Where(r => r.Resource["type"]!.GetValue<string>() == "Microsoft.BotService/botServices/channels")
            .Select(r => r.Resource["properties"]!["channelName"]!.GetValue<string>()).ToList();

        Assert.Contains("MsTeamsChannel", channels);
        Assert.Contains("SlackChannel", channels);
    }

    [Fact]
    public void TableStorageIsReachedWithTheIdentityAndTheTableDataContributorRoleNotWithKeys()
    {
        var storage = Resource("Microsoft.Storage/storageAccounts");
        var roleAssignments = InfraFiles.AllTemplates(infra.MainTemplate).SelectMany(t => InfraFiles.Resources(t)
            .Where(r => r.Resource["type"]!.GetValue<string>() == "Microsoft.Authorization/roleAssignments")
            .Select(r => (Template: t, r.Resource))).ToList();

        Assert.False(storage["properties"]!["allowSharedKeyAccess"]!.GetValue<bool>());
        Assert.Contains(roleAssignments, r =>
            ResolveVariables(r.Template, r.Resource["properties"]!["roleDefinitionId"]!.ToString()).Contains("0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3")
            && r.Resource["scope"]!.ToString().Contains("Microsoft.Storage/storageAccounts")
            && r.Resource["properties"]!["principalId"]!.ToString().Contains("reference('identity')"));
        var settings = AppSettingsExpression();
        Assert.Contains("'Storage__AzureTables__Endpoint', 'value'", settings);
        Assert.Contains("'AZURE_CLIENT_ID', 'value'", settings);
    }

    [Fact]
    public void TheWebAppIsLinuxOnTheTargetFrameworkAlwaysOnWithTheHealthPath()
    {
        var web = Resource("Microsoft.Web/sites");
        var config = web["properties"]!["siteConfig"]!;
        var framework = System.Xml.Linq.XDocument.Load(Repo.PathOf("Directory.Build.props")).Descendants("TargetFramework").Single().Value;

        Assert.Equal("app,linux", web["kind"]!.GetValue<string>());
        Assert.Equal($"DOTNETCORE|{framework["net".Length..]}", config["linuxFxVersion"]!.GetValue<string>());
        Assert.True(config["alwaysOn"]!.GetValue<bool>());
        Assert.Equal("/healthz", config["healthCheckPath"]!.GetValue<string>());
        Assert.True(web["properties"]!["httpsOnly"]!.GetValue<bool>());
        Assert.True(Resource("Microsoft.Web/serverfarms")["properties"]!["reserved"]!.GetValue<bool>());
        Assert.True(Resource("Microsoft.Insights/components") is not null);
        Assert.Contains("'APPLICATIONINSIGHTS_CONNECTION_STRING', 'value'", AppSettingsExpression());
    }

    [Fact]
    public void EveryCoachBotSettingTheWebAppSetsIsDocumentedInTheSample()
    {
        // Platform and SDK variables, not CoachBot settings: DefaultAzureCredential's identity choice, the Azure Monitor
        // exporter's connection string, and App Service's build switch.
        string[] platform = ["AZURE_CLIENT_ID", "APPLICATIONINSIGHTS_CONNECTION_STRING", "SCM_DO_BUILD_DURING_DEPLOYMENT"];
        var sample = JsonNode.Parse(Repo.ReadText("appsettings.sample.json"))!.AsObject();

        var names = AppSettingName().Matches(AppSettingsExpression()).Select(m => m.Groups["name"].Value).Distinct().Except(platform).ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name =>
        {
            JsonNode? node = sample;
            foreach (var part in name.Split("__")) node = node?[part];
            Assert.True(node is not null, $"{name} is set by the web app but {name.Replace("__", ":")} is not in appsettings.sample.json");
        });
    }

    private JsonObject Resource(string type) =>
        InfraFiles.Resources(infra.MainTemplate).Single(r => r.Resource["type"]!.GetValue<string>() == type).Resource;

    private string AppSettingsExpression() => Resource("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!.ToString()
        + string.Concat(InfraFiles.AllTemplates(infra.MainTemplate).Select(t => InfraFiles.Text(t["variables"])));

    /// <summary>Replaces variables('x') and variables('x').y in an ARM expression with their values, where those are strings.</summary>
    private static string ResolveVariables(JsonObject template, string expression) =>
        Regex.Replace(expression, @"variables\('(?<name>\w+)'\)(\.(?<property>\w+))?", m =>
        {
            var value = template["variables"]?[m.Groups["name"].Value];
            if (m.Groups["property"].Success) value = value?[m.Groups["property"].Value];
            return value is JsonValue v && v.TryGetValue<string>(out var text) ? $"'{text}'" : m.Value;
        });

    [GeneratedRegex(@"createObject\('name', '(?<name>[^']+)', 'value'")]
    private static partial Regex AppSettingName();
}
