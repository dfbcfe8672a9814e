using System.Text.RegularExpressions;

namespace CoachBot.TestSupport;

/// <summary>A real Azurite table service from the repository's node_modules, on a free loopback port, stopped on dispose.</summary>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    // The emulator's well-known development account: public, documented, and accepted by Azurite only.
    private const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly ChildProcess _process;
    private readonly string _folder;

    private AzuriteProcess(ChildProcess process, string folder, int port)
    {
        _process = process;
        _folder = folder;
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteProcess> StartAsync(CancellationToken cancellationToken = default)
    {
        var executable = RepoPaths.NodeBin("azurite-table");
        var port = FreePort.Next();
        var folder = Directory.CreateTempSubdirectory("coachbot-azurite-").FullName;
        var process = ChildProcess.Start("azurite-table", executable,
            ["--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry"],
            folder, new Dictionary<string, string?>());
        try
        {
            await process.WaitForLineAsync(Ready(), TimeSpan.FromSeconds(30), cancellationToken);
            return new AzuriteProcess(process, folder, port);
        }
        catch
        {
            await process.DisposeAsync();
            TempFolder.TryDelete(folder);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _process.DisposeAsync();
        TempFolder.TryDelete(_folder);
    }

    [GeneratedRegex("successfully started", RegexOptions.IgnoreCase)]
    private static partial Regex Ready();
}
