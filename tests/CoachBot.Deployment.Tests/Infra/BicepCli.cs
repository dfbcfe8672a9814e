using System.Reflection;
using System.Text.RegularExpressions;
using CoachBot.Deployment.Tests.Support;

namespace CoachBot.Deployment.Tests.Infra;

/// <summary>
/// The Bicep CLI from the NuGet package Azure.Bicep.CommandLine.linux-x64 (pinned in Directory.Packages.props): restore
/// puts it in the package folder under tools/bicep, and the test project records that folder at build time
/// (GeneratePathProperty). It runs offline: type definitions and linter rules are inside the binary.
/// </summary>
public static partial class BicepCli
{
    public static string Executable
    {
        get
        {
            var folder = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "BicepPackageFolder").Value;
            var path = Path.Combine(folder ?? "", "tools", "bicep");
            if (!File.Exists(path)) throw new FileNotFoundException($"No Bicep CLI at {path}: restore the test project.", path);
            return path;
        }
    }

    public static Task<ToolResult> RunAsync(params string[] arguments) =>
        Tool.RunAsync(Executable, arguments, Repo.Root, TimeSpan.FromMinutes(3), background: true);

    /// <summary>Diagnostics the CLI printed ("path(line,col) : Warning|Error CODE: message"), whatever their level.</summary>
    public static IReadOnlyList<string> Diagnostics(ToolResult result) =>
        (result.StandardOutput + result.StandardError).Split('\n')
            .Where(line => DiagnosticLine().IsMatch(line))
            .Select(line => line.Trim())
            .ToList();

    [GeneratedRegex(@"\(\d+,\d+\) : (Error|Warning|Info) ")]
    private static partial Regex DiagnosticLine();
}
