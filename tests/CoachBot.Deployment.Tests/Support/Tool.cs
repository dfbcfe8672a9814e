using System.Diagnostics;
using System.Text;

namespace CoachBot.Deployment.Tests.Support;

/// <summary>What a finished command printed and returned.</summary>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError)
{
    public string Describe(string what) => $"{what} exited with {ExitCode}.\n--- stdout\n{StandardOutput}\n--- stderr\n{StandardError}";
}

/// <summary>Runs a command-line tool to its end (node, dotnet, bicep), with a deadline after which it is killed.</summary>
public static class Tool
{
    public static async Task<ToolResult> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory,
        TimeSpan deadline, IDictionary<string, string?>? environment = null, bool background = false)
    {
        // A heavy tool (a whole Release publish, the Bicep compiler) yields the CPU to the suite's timing-sensitive
        // tests running beside it (Playground start-up, typing indicators): nice 19 where nice exists.
        var nice = background && File.Exists("/usr/bin/nice");
        var info = new ProcessStartInfo(nice ? "/usr/bin/nice" : fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (nice)
            foreach (var argument in new[] { "-n", "19", fileName }) info.ArgumentList.Add(argument);
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        if (environment is not null)
            foreach (var (key, value) in environment)
                if (value is null) info.Environment.Remove(key); else info.Environment[key] = value;

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (stdout) stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var cts = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} did not finish within {deadline}.\n{stdout}\n{stderr}");
        }
        process.WaitForExit(); // flushes the asynchronous readers
        return new ToolResult(process.ExitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>
    /// The environment for a child dotnet build: without the variables the running test host inherited from
    /// `dotnet test` (MSBuild's own paths), which would point a nested build at the outer one's SDK state.
    /// </summary>
    public static Dictionary<string, string?> CleanDotnetEnvironment()
    {
        var environment = new Dictionary<string, string?>();
        foreach (var key in Environment.GetEnvironmentVariables().Keys.Cast<string>())
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
                environment[key] = null;
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return environment;
    }

    /// <summary>The absolute path of the dotnet host running these tests, so children use the same installation.</summary>
    public static string Dotnet { get; } = FindDotnet();

    private static string FindDotnet()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)) return host;
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            var candidate = Path.Combine(folder, "dotnet");
            if (File.Exists(candidate)) return new FileInfo(candidate).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? candidate;
        }
        throw new InvalidOperationException("No dotnet on the PATH.");
    }

    public static string Node => "node";
}
