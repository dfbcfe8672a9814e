using System.Diagnostics;
using System.Net;
using System.Text;

namespace CoachBot.Deployment.Tests.Support;

/// <summary>The bot built beside these tests (CoachBot.dll, copied by the project reference), on a free loopback port, anonymous.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _folder;

    private BotHost(Process process, string folder, string baseUrl)
    {
        _process = process;
        _folder = folder;
        BaseUrl = baseUrl;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string BaseUrl { get; }

    public static async Task<BotHost> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("coachbot-bothost-").FullName;
        var port = Container.ContainerRun.FreePort();
        var info = new ProcessStartInfo(Tool.Dotnet) { WorkingDirectory = folder, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "CoachBot.dll"), "--urls", $"http://127.0.0.1:{port}" })
            info.ArgumentList.Add(argument);
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("Storage__", StringComparison.Ordinal) || k.StartsWith("Microsoft", StringComparison.Ordinal)).ToList())
            info.Environment.Remove(key);
        info.Environment["Storage__Provider"] = "Memory";
        info.Environment["CheckIns__Enabled"] = "false";
        var host = new BotHost(Process.Start(info) ?? throw new InvalidOperationException("The bot did not start."), folder, $"http://127.0.0.1:{port}");
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    private async Task WaitUntilHealthyAsync(TimeSpan deadline)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The bot exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync(BaseUrl + "/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The bot did not become healthy within {deadline}:\n{Output}");
    }

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
