using CoachBot.Deployment.Tests.Support;

namespace CoachBot.Deployment.Tests.Container;

/// <summary>
/// The bot published as the Dockerfile publishes it (Release, linux-x64, framework-dependent), once per test run,
/// into a temporary folder every user may read and only root may change, as COPY leaves /app in the image. Built with
/// its own artifacts folder beside the test binaries, so it never touches the obj/ folders the rest of the suite
/// builds into (a RID-specific restore there would make the next ordinary build start over), and a second run is
/// incremental.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    private string _root = "";

    public string Folder { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _root = Directory.CreateTempSubdirectory("coachbot-published-").FullName;
        File.SetUnixFileMode(_root, (UnixFileMode)0b111_101_101);
        Folder = Path.Combine(_root, "app");
        var artifacts = Path.Combine(AppContext.BaseDirectory, "publish-work");
        var result = await Tool.RunAsync(Tool.Dotnet,
            ["publish", Repo.PathOf("src", "CoachBot", "CoachBot.csproj"), "--configuration", "Release", "--runtime", "linux-x64",
             "--self-contained", "false", "--artifacts-path", artifacts, "--output", Folder, "-nodeReuse:false", "--disable-build-servers"],
            Repo.Root, TimeSpan.FromMinutes(10), Tool.CleanDotnetEnvironment(), background: true); // a hang guard, not a speed check
        if (result.ExitCode != 0) throw new InvalidOperationException(result.Describe("dotnet publish"));
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return Task.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PublishedAppCollection : ICollectionFixture<PublishedApp>
{
    public const string Name = "published app";
}
