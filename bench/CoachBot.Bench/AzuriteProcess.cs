using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CoachBot.Bench;

/// <summary>A real Azurite (table service) from the repo's node_modules, on a free loopback port, stopped at the end.</summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AzuriteProcess(Process process, int port)
    {
        _process = process;
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteProcess> StartAsync()
    {
        var bin = FindUp(Path.Combine("node_modules", ".bin", "azurite-table"))
            ?? throw new InvalidOperationException("node_modules/.bin/azurite-table not found: run npm ci in the repository first.");
        var port = FreePort();
        var info = new ProcessStartInfo(bin, $"--tableHost 127.0.0.1 --tablePort {port} --inMemoryPersistence --skipApiVersionCheck --disableTelemetry --silent")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("Azurite did not start.");
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return new AzuriteProcess(process, port);
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException("Azurite did not open its port within 10 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string? FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
