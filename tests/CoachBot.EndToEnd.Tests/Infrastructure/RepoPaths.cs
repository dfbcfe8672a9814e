namespace CoachBot.EndToEnd.Tests.Infrastructure;

/// <summary>Where the tests find the repository's files: the root is the nearest folder above the test output holding CoachBot.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Dialogs => Path.Combine(Root, "dialogs");

    /// <summary>The CoachBot.dll built beside the tests (the project reference copies it with dialogs/).</summary>
    public static string BotDll => Path.Combine(AppContext.BaseDirectory, "CoachBot.dll");

    /// <summary>The Playground CLI that <c>npm ci</c> installs from package-lock.json; missing means a clear failure, not a skip.</summary>
    public static string PlaygroundCli
    {
        get
        {
            var cli = Path.Combine(Root, "node_modules", ".bin", "agentsplayground");
            if (!File.Exists(cli))
                throw new InvalidOperationException(
                    $"The Microsoft 365 Agents Playground is not installed: '{cli}' is missing. Run `npm ci` in {Root} " +
                    "(./test.sh does it) and run the tests again.");
            return cli;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoachBot.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No CoachBot.sln above {AppContext.BaseDirectory}.");
    }
}
