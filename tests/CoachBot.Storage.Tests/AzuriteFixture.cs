using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CoachBot.Storage.Tests;

/// <summary>
/// A real Azurite table service for the whole test run. ./test.sh starts one and passes its connection string in
/// COACHBOT_TEST_AZURITE; without it (a developer running these tests alone), the fixture starts
/// node_modules/.bin/azurite-table itself on a free loopback port and stops it at the end. It never skips: when
/// Azurite cannot be had, every Table Storage test fails and says why.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "COACHBOT_TEST_AZURITE";

    // The emulator's well-known development account: public, documented, and accepted by Azurite only.
    private const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private Process? _azurite;
    private readonly StringBuilder _output = new();

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        var executable = FindAzuriteTable();
        var port = FreePort();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var info = new ProcessStartInfo(executable,
            $"--tableHost 127.0.0.1 --tablePort {port} --inMemoryPersistence --skipApiVersionCheck --disableTelemetry")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _azurite = new Process { StartInfo = info, EnableRaisingEvents = true };
        _azurite.OutputDataReceived += (_, e) => OnOutput(e.Data, started);
        _azurite.ErrorDataReceived += (_, e) => OnOutput(e.Data, started);
        _azurite.Exited += (_, _) => started.TrySetException(new InvalidOperationException(
            $"azurite-table exited before it was ready:\n{Output}"));
        if (!_azurite.Start()) throw new InvalidOperationException($"{executable} did not start.");
        _azurite.BeginOutputReadLine();
        _azurite.BeginErrorReadLine();

        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            throw new InvalidOperationException($"azurite-table did not report ready within 30 s:\n{Output}");
        }
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public async Task DisposeAsync()
    {
        if (_azurite is null) return;
        try
        {
            if (!_azurite.HasExited)
            {
                _azurite.Kill(entireProcessTree: true);
                await _azurite.WaitForExitAsync();
            }
        }
        finally
        {
            _azurite.Dispose();
        }
    }

    private string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    private void OnOutput(string? line, TaskCompletionSource started)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
        if (line.Contains("successfully started", StringComparison.OrdinalIgnoreCase)) started.TrySetResult();
    }

    /// <summary>The repository's node_modules/.bin/azurite-table, found by walking up from the test binaries.</summary>
    private static string FindAzuriteTable()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", "azurite-table");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(
            $"{EnvironmentVariable} is not set and node_modules/.bin/azurite-table was not found above {AppContext.BaseDirectory}. " +
            "Run `npm ci` in the repository root, or run ./test.sh, which starts Azurite for the tests.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>One Azurite for every test class that needs it.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
