using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using CoachBot.Deployment.Tests.Support;

namespace CoachBot.Deployment.Tests.Container;

/// <summary>
/// The Dockerfile's final stage, run on this machine the way a container engine would run it, since none runs here:
/// the published app as the stage's WORKDIR, mounted read-only in a private mount namespace (gone when the process
/// ends); each VOLUME a separate writable folder mounted over its path; the process started as the stage's USER
/// (setpriv) with only the base image's and the stage's environment, the ENTRYPOINT as its command line.
/// Needs root, as CI and this project's machines run (mount namespaces and changing user).
/// </summary>
public sealed class ContainerRun : IAsyncDisposable
{
    /// <summary>
    /// What mcr.microsoft.com/dotnet/aspnet (through runtime-deps) sets for every image built on it, from its published
    /// Dockerfiles: the non-root user's id, the listening port and container detection.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> BaseImageEnvironment = new Dictionary<string, string>
    {
        ["APP_UID"] = "1654",
        ["ASPNETCORE_HTTP_PORTS"] = "8080",
        ["DOTNET_RUNNING_IN_CONTAINER"] = "true",
    };

    private const string Launcher = """
        set -e
        app="$1"; uid="$2"; shift 2
        mount --bind "$app" "$app"
        mount -o remount,bind,ro "$app"
        while [ "$1" != "--" ]; do mount --bind "$1" "$2"; shift 2; done
        shift
        cd "$app"
        exec setpriv --reuid="$uid" --regid="$uid" --clear-groups -- "$@"
        """;

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private readonly string _containerWorkDir;

    private ContainerRun(Process process, string root, string containerWorkDir, string workdir, IReadOnlyDictionary<string, string> volumes,
        uint uid)
    {
        _process = process;
        _containerWorkDir = containerWorkDir;
        Root = root;
        WorkDir = workdir;
        Volumes = volumes;
        Uid = uid;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_output) _output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Pid => _process.Id;

    /// <summary>The temporary folder holding the container's home, temp folder and volumes.</summary>
    public string Root { get; }

    /// <summary>The host folder standing for WORKDIR: the published app.</summary>
    public string WorkDir { get; }

    /// <summary>Container path of each VOLUME to the host folder mounted there.</summary>
    public IReadOnlyDictionary<string, string> Volumes { get; }

    public uint Uid { get; }

    public string Home => Path.Combine(Root, "home");

    public string Temp => Path.Combine(Root, "tmp");

    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>Starts the final stage of <paramref name="dockerfile"/> on <paramref name="publishedApp"/>.</summary>
    public static ContainerRun Start(DockerfileFacts dockerfile, string publishedApp, IDictionary<string, string>? environment = null,
        IEnumerable<string>? arguments = null)
    {
        if (Native.GetEffectiveUserId() != 0)
            throw new InvalidOperationException("The container test runs the app in a mount namespace as another user: it needs root.");
        var stage = dockerfile.Final;

        var env = new Dictionary<string, string>(BaseImageEnvironment);
        foreach (var instruction in stage.All("ENV"))
            foreach (var (key, value) in instruction.Properties ?? new Dictionary<string, string?>())
                env[key] = Expand(value ?? "", env);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) env[key] = value;

        var workdir = stage.Last("WORKDIR")?.Arguments.Single() ?? throw new InvalidOperationException("The final stage sets no WORKDIR.");
        var user = Expand(stage.Last("USER")?.Arguments.Single() ?? "0", env);
        var uid = uint.Parse(user.Split(':')[0]);
        var entrypoint = stage.Last("ENTRYPOINT")?.JsonArguments
            ?? throw new InvalidOperationException("The final stage has no ENTRYPOINT in exec (JSON) form.");

        var root = Directory.CreateTempSubdirectory("coachbot-container-").FullName;
        File.SetUnixFileMode(root, (UnixFileMode)0b111_101_101);
        foreach (var folder in new[] { "home", "tmp" })
        {
            var path = Path.Combine(root, folder);
            Directory.CreateDirectory(path);
            Native.Chown(path, uid, uid);
        }

        var volumes = new Dictionary<string, string>();
        var mounts = new List<string>();
        foreach (var volume in stage.All("VOLUME").SelectMany(v => v.JsonArguments ?? v.Arguments))
        {
            var relative = Path.GetRelativePath(workdir, volume);
            if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
                throw new InvalidOperationException($"VOLUME {volume} is outside WORKDIR {workdir}; this emulation maps only paths inside it.");
            var host = Path.Combine(root, "volumes", relative);
            Directory.CreateDirectory(host);
            Native.Chown(host, uid, uid);
            var target = Path.Combine(publishedApp, relative);
            Directory.CreateDirectory(target); // the mount point, as the image's RUN mkdir leaves it
            volumes[volume] = host;
            mounts.AddRange([host, target]);
        }

        var info = new ProcessStartInfo("unshare") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "--mount", "--propagation", "private", "--", "/bin/sh", "-c", Launcher, "launcher", publishedApp, uid.ToString() })
            info.ArgumentList.Add(argument);
        foreach (var mount in mounts) info.ArgumentList.Add(mount);
        info.ArgumentList.Add("--");
        info.ArgumentList.Add(entrypoint[0] == "dotnet" ? Tool.Dotnet : entrypoint[0]);
        foreach (var argument in entrypoint.Skip(1).Concat(arguments ?? [])) info.ArgumentList.Add(argument);

        // A container starts with the image's environment only, nothing of the caller's.
        info.Environment.Clear();
        info.Environment["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
        info.Environment["HOME"] = Path.Combine(root, "home");
        info.Environment["TMPDIR"] = Path.Combine(root, "tmp");
        foreach (var (key, value) in env) info.Environment[key] = value;

        var process = Process.Start(info) ?? throw new InvalidOperationException("unshare did not start.");
        return new ContainerRun(process, root, workdir, publishedApp, volumes, uid);
    }

    public static int FreePort()
    {
        using var socket = new Socket(AddressFamily.InterNetworkV6, SocketType.Stream, ProtocolType.Tcp) { DualMode = true };
        socket.Bind(new IPEndPoint(IPAddress.IPv6Any, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    /// <summary>Polls <paramref name="url"/> until it answers 200, failing early when the process ends.</summary>
    public async Task WaitUntilHealthyAsync(string url, TimeSpan deadline)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{Output}");
            try
            {
                using var response = await http.GetAsync(url);
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
        throw new TimeoutException($"The app did not answer {url} within {deadline}:\n{Output}");
    }

    /// <summary>Stops the app as `docker stop` does (SIGTERM) and returns its exit code.</summary>
    public async Task<int> StopAsync(TimeSpan deadline)
    {
        Native.Signal(_process.Id, Native.SigTerm);
        using var cts = new CancellationTokenSource(deadline);
        await _process.WaitForExitAsync(cts.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Where a path inside the container's WORKDIR is on this machine.</summary>
    public string HostPathOf(string containerPath) => Path.Combine(WorkDir, Path.GetRelativePath(_containerWorkDir, containerPath));

    /// <summary>The mount options the kernel reports for <paramref name="path"/> in the app's own mount namespace.</summary>
    public IReadOnlyList<string> MountOptionsOf(string path)
    {
        // mountinfo: id parent major:minor root mount-point options ... (proc(5))
        var line = File.ReadLines($"/proc/{_process.Id}/mountinfo")
            .Select(l => l.Split(' '))
            .LastOrDefault(fields => fields.Length > 5 && fields[4] == path)
            ?? throw new InvalidOperationException($"{path} is not a mount point of the app:\n{File.ReadAllText($"/proc/{_process.Id}/mountinfo")}");
        return line[5].Split(',');
    }

    /// <summary>The effective user id the kernel reports for the app (Uid: real effective saved filesystem).</summary>
    public uint EffectiveUid() =>
        uint.Parse(File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("Uid:", StringComparison.Ordinal))
            .Split('\t', StringSplitOptions.RemoveEmptyEntries)[2]);

    private static string Expand(string value, IReadOnlyDictionary<string, string> env)
    {
        foreach (var (key, replacement) in env)
            value = value.Replace("${" + key + "}", replacement, StringComparison.Ordinal).Replace("$" + key, replacement, StringComparison.Ordinal);
        return value;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
