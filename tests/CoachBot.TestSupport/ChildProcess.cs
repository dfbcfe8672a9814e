using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace CoachBot.TestSupport;

/// <summary>
/// A process the tests started, with its output kept for failure messages. Disposing kills its whole tree
/// (the Playground's npm shim starts node under it), also when a test failed.
/// </summary>
public sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly object _gate = new();
    private readonly List<(Regex Pattern, TaskCompletionSource<Match> Found)> _waiters = [];

    private ChildProcess(Process process, string name)
    {
        Name = name;
        _process = process;
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }

    public string Output
    {
        get { lock (_gate) return _output.ToString(); }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The process's stdin (always redirected; a server never reads it).</summary>
    public StreamWriter StandardInput => _process.StandardInput;

    /// <summary>Kills the process tree now: SIGKILL on Linux, so nothing of a graceful shutdown runs.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>Waits for the process to end (and its output to be read to the end); returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan deadline)
    {
        using var cts = new CancellationTokenSource(deadline);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} did not exit within {deadline}. Output:\n{Output}");
        }
        return _process.ExitCode;
    }

    public static ChildProcess Start(string name, string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string?> environment)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (key, value) in environment)
        {
            if (value is null) info.Environment.Remove(key);
            else info.Environment[key] = value;
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{name} did not start.");
        return new ChildProcess(process, name);
    }

    /// <summary>Waits for the first output line matching <paramref name="pattern"/> (also one already written).</summary>
    public async Task<Match> WaitForLineAsync(Regex pattern, TimeSpan deadline, CancellationToken cancellationToken)
    {
        var found = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            var match = pattern.Match(_output.ToString());
            if (match.Success) return match;
            if (_process.HasExited) throw Exited();
            _waiters.Add((pattern, found));
        }
        try
        {
            // WaitForExitAsync also waits for the output readers to drain, so a last line is never missed.
            await Task.WhenAny(found.Task, _process.WaitForExitAsync(cancellationToken)).WaitAsync(deadline, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{Name} printed no line matching /{pattern}/ within {deadline}. Output:\n{Output}");
        }
        if (found.Task.IsCompletedSuccessfully) return found.Task.Result;
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate) throw Exited();
    }

    private void OnLine(string? line)
    {
        if (line is null) return;
        lock (_gate)
        {
            _output.AppendLine(line);
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                var match = _waiters[i].Pattern.Match(line);
                if (!match.Success) continue;
                _waiters[i].Found.TrySetResult(match);
                _waiters.RemoveAt(i);
            }
        }
    }

    private InvalidOperationException Exited() =>
        new($"{Name} exited with code {_process.ExitCode}. Output:\n{_output}");

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                await _process.WaitForExitAsync(timeout.Token);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (OperationCanceledException)
        {
            // Killed but not reaped in time; nothing more a test run can do.
        }
        _process.Dispose();
    }
}
