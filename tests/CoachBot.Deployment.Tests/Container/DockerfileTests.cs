using System.Xml.Linq;
using CoachBot.Deployment.Tests.Support;

namespace CoachBot.Deployment.Tests.Container;

/// <summary>The Dockerfile's shape: linted offline, the official images, a multi-stage linux-x64 publish, a non-root user.</summary>
public sealed class DockerfileTests
{
    [Fact]
    public async Task LintsCleanWithEveryRuleAtError()
    {
        var facts = await DockerfileFacts.ReadAsync(Repo.PathOf("Dockerfile"));

        Assert.True(facts.Problems.Count == 0, string.Join('\n', facts.Problems.Select(p => $"line {p.Line}: {p.Message}")));
    }

    [Fact]
    public async Task BuildsOnTheSdkImageAndRunsOnTheAspNetImageOfTheTargetFramework()
    {
        var facts = await DockerfileFacts.ReadAsync(Repo.PathOf("Dockerfile"));
        var framework = XDocument.Load(Repo.PathOf("Directory.Build.props")).Descendants("TargetFramework").Single().Value; // net10.0
        var tag = framework["net".Length..];

        Assert.True(facts.Stages.Count >= 2, "a multi-stage build");
        Assert.Equal($"mcr.microsoft.com/dotnet/sdk:{tag}", facts.Stages[0].Image);
        Assert.Equal($"mcr.microsoft.com/dotnet/aspnet:{tag}", facts.Final.Image);
    }

    [Fact]
    public async Task PublishesForLinuxX64AndCopiesOnlyThePublishOutputIntoTheRuntimeImage()
    {
        var facts = await DockerfileFacts.ReadAsync(Repo.PathOf("Dockerfile"));
        var build = facts.Stages.Single(s => s.Name is not null && facts.Final.All("COPY").Any(c => c.Flags?.GetValueOrDefault("from") == s.Name));
        var publish = build.All("RUN").Single(r => r.Arguments.Take(2).SequenceEqual(["dotnet", "publish"])).Arguments;

        Assert.Equal("linux-x64", ValueOf(publish, "--runtime"));
        Assert.Equal("Release", ValueOf(publish, "--configuration"));
        var output = ValueOf(publish, "--output");
        var copy = Assert.Single(facts.Final.All("COPY"));
        Assert.Equal([output, "./"], copy.Arguments);
    }

    [Fact]
    public async Task RunsAsTheImagesNonRootUserAndExposesTheImagePort()
    {
        var facts = await DockerfileFacts.ReadAsync(Repo.PathOf("Dockerfile"));

        Assert.Equal("$APP_UID", facts.Final.Last("USER")?.Arguments.Single());
        Assert.Equal("1654", ContainerRun.BaseImageEnvironment["APP_UID"]);
        Assert.Equal(ContainerRun.BaseImageEnvironment["ASPNETCORE_HTTP_PORTS"], facts.Final.Last("EXPOSE")?.Arguments.Single());
        // Nothing in the stage overrides the image's port setting with a fixed address.
        Assert.DoesNotContain(facts.Final.All("ENV").SelectMany(e => e.Properties?.Keys ?? []), k => k is "ASPNETCORE_URLS" or "ASPNETCORE_HTTP_PORTS");
        Assert.Equal(["dotnet", "CoachBot.dll"], facts.Final.Last("ENTRYPOINT")?.JsonArguments);
    }

    [Fact]
    public async Task TheRestoreLayerCopiesEveryProjectTheHostBuildsFrom()
    {
        var facts = await DockerfileFacts.ReadAsync(Repo.PathOf("Dockerfile"));
        var build = facts.Stages[0];
        var restoreLine = build.All("RUN").First(r => r.Arguments.Take(2).SequenceEqual(["dotnet", "restore"])).Line;
        var copiedBeforeRestore = build.All("COPY").Where(c => c.Line < restoreLine).SelectMany(c => c.Arguments.SkipLast(1)).ToHashSet();

        var needed = ProjectClosure(Repo.PathOf("src", "CoachBot", "CoachBot.csproj"))
            .Select(p => Path.GetRelativePath(Repo.Root, p).Replace('\\', '/'))
            .Concat(["global.json", "Directory.Build.props", "Directory.Packages.props"]);

        Assert.All(needed, path => Assert.True(copiedBeforeRestore.Contains(path), $"{path} is not copied before `dotnet restore`"));
    }

    [Fact]
    public void TheBuildContextLeavesHostBuildOutputAndLocalDataOut()
    {
        var ignored = Repo.ReadText(".dockerignore").Split('\n').Select(l => l.Trim()).ToHashSet();

        Assert.Contains("**/bin/", ignored);
        Assert.Contains("**/obj/", ignored);
        Assert.Contains("**/node_modules/", ignored);
        Assert.Contains("**/*.db", ignored);
    }

    private static string ValueOf(IReadOnlyList<string> arguments, string option)
    {
        var index = arguments.ToList().IndexOf(option);
        Assert.True(index >= 0 && index + 1 < arguments.Count, $"`{option}` is not given: {string.Join(' ', arguments)}");
        return arguments[index + 1];
    }

    /// <summary>A project and every project it references, transitively, as full paths.</summary>
    private static IEnumerable<string> ProjectClosure(string project)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        while (pending.TryPop(out var current))
        {
            if (!seen.Add(current)) continue;
            foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, reference.Attribute("Include")!.Value.Replace('\\', '/'))));
        }
        return seen;
    }
}
