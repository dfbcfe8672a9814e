using CoachBot.TestSupport;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;

namespace CoachBot.Host.Tests.Safety;

/// <summary>
/// An Azurite table service of the test's own (never the shared one of ./test.sh), started from node_modules on a free
/// loopback port, that the test can freeze with SIGSTOP: the port still accepts connections, nothing answers, which is
/// how a hung Table Storage endpoint looks to a client. Thawed and killed on dispose, also when the test fails.
/// </summary>
public sealed class FreezableAzurite : IAsyncDisposable
{
    private const int SigStop = 19;
    private const int SigCont = 18;
    private const string DevelopmentAccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private bool _frozen;

    private FreezableAzurite(Process process, int port)
    {
        _process = process;
        ConnectionString = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={DevelopmentAccountKey};TableEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    public static async Task<FreezableAzurite> StartAsync()
    {
        var port = FreePort();
        var info = new ProcessStartInfo(FindAzuriteTable(),
            $"--tableHost 127.0.0.1 --tablePort {port} --inMemoryPersistence --skipApiVersionCheck --disableTelemetry")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var azurite = new FreezableAzurite(process, port);
        DataReceivedEventHandler onLine = (_, e) =>
        {
            if (e.Data is null) return;
            lock (azurite._output) azurite._output.AppendLine(e.Data);
            if (e.Data.Contains("successfully started", StringComparison.OrdinalIgnoreCase)) started.TrySetResult();
        };
        process.OutputDataReceived += onLine;
        process.ErrorDataReceived += onLine;
        process.Exited += (_, _) => started.TrySetException(new InvalidOperationException($"azurite-table exited:\n{azurite.Output}"));
        if (!process.Start()) throw new InvalidOperationException("azurite-table did not start.");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await started.Task.WaitAsync(TimeSpan.FromSeconds(60));
        }
        catch (TimeoutException)
        {
            await azurite.DisposeAsync();
            throw new InvalidOperationException($"azurite-table did not report ready within 60 s:\n{azurite.Output}");
        }
        return azurite;
    }

    private string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Stops the process where it is (SIGSTOP): connections are accepted by the kernel, no request is answered.</summary>
    public void Freeze()
    {
        Signal(SigStop);
        _frozen = true;
    }

    public void Thaw()
    {
        if (!_frozen) return;
        Signal(SigCont);
        _frozen = false;
    }

    private void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0)
            throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastWin32Error()}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                Thaw();
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static string FindAzuriteTable()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", ".bin", "azurite-table");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(
            $"node_modules/.bin/azurite-table was not found above {AppContext.BaseDirectory}: run `npm ci` in the repository root.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
