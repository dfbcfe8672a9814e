using CoachBot.Deployment.Tests.Support;

namespace CoachBot.Deployment.Tests.Container;

/// <summary>The container as the Dockerfile defines it, run without a container engine (see <see cref="ContainerRun"/>).</summary>
[Collection(PublishedAppCollection.Name)]
public sealed class ContainerRunTests(PublishedApp app)
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task RunsAsTheImageUserOnAReadOnlyAppFolderListeningOnEveryInterfaceAndWritesOnlyItsVolume()
    {
        var dockerfile = await DockerfileFacts.ReadAsync(Repo.PathOf("Dockerfile"));
        var port = ContainerRun.FreePort();
        await using var container = ContainerRun.Start(dockerfile, app.Folder,
            new Dictionary<string, string> { ["ASPNETCORE_HTTP_PORTS"] = port.ToString() });
        var watched = new[] { container.WorkDir, container.Home, container.Temp };
        var before = watched.ToDictionary(root => root, FileTree.Snapshot);

        await container.WaitUntilHealthyAsync($"http://127.0.0.1:{port}/healthz", StartDeadline);

        Assert.Equal(1654u, container.EffectiveUid());
        Assert.Contains("ro", container.MountOptionsOf(container.WorkDir));
        var (volumePath, volumeFolder) = Assert.Single(container.Volumes);
        Assert.Contains("rw", container.MountOptionsOf(container.HostPathOf(volumePath)));

        // ASPNETCORE_HTTP_PORTS binds every interface (IPv4 and IPv6 wildcard), not only loopback.
        var listeners = ListeningSockets.Of(container.Pid);
        Assert.Contains(listeners, l => l.Port == port && l.IsWildcard);
        Assert.All(listeners, l => Assert.True(l.IsWildcard, $"{l} listens on one address only"));

        var replies = await BotClient.SendAsync($"http://127.0.0.1:{port}", "container-user", "hi");
        Assert.NotEmpty(replies);

        Assert.Equal(0, await container.StopAsync(TimeSpan.FromSeconds(30)));
        foreach (var root in watched)
        {
            var changes = FileTree.Difference(before[root], FileTree.Snapshot(root));
            Assert.True(changes.Count == 0, $"The app wrote outside its volume, in {root}:\n{string.Join('\n', changes)}\n{container.Output}");
        }
        Assert.True(File.Exists(Path.Combine(volumeFolder, "coachbot.db")),
            $"No SQLite file in the data volume; it holds: {string.Join(", ", FileTree.Snapshot(volumeFolder).Keys)}");
    }

    public static TheoryData<string> ExplicitAddresses => ["ASPNETCORE_URLS", "--urls"];

    [Theory]
    [MemberData(nameof(ExplicitAddresses))]
    public async Task AnExplicitAddressWinsOverTheImagePort(string how)
    {
        var dockerfile = await DockerfileFacts.ReadAsync(Repo.PathOf("Dockerfile"));
        var port = ContainerRun.FreePort();
        var url = $"http://127.0.0.1:{port}";
        await using var container = how == "--urls"
            ? ContainerRun.Start(dockerfile, app.Folder, arguments: ["--urls", url])
            : ContainerRun.Start(dockerfile, app.Folder, new Dictionary<string, string> { [how] = url });

        await container.WaitUntilHealthyAsync(url + "/healthz", StartDeadline);

        var listener = Assert.Single(ListeningSockets.Of(container.Pid));
        Assert.Equal(new Listener(System.Net.IPAddress.Loopback, port), listener);
    }
}
