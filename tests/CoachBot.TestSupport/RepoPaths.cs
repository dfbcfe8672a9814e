namespace CoachBot.TestSupport;

/// <summary>Where the tests and benchmarks find the repository's files: the nearest folder above them holding CoachBot.sln.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Dialogs => Path.Combine(Root, "dialogs");

    /// <summary>Labelled sets and stored fixtures (tests/Data).</summary>
    public static string TestData => Path.Combine(Root, "tests", "Data");

    /// <summary>The CoachBot.dll built beside the tests (a project reference to src/CoachBot copies it with dialogs/ and prompts/).</summary>
    public static string BotDll => Path.Combine(AppContext.BaseDirectory, "CoachBot.dll");

    /// <summary>A command that <c>npm ci</c> installs from package-lock.json; missing means a clear failure, not a skip.</summary>
    public static string NodeBin(string name)
    {
        var path = Path.Combine(Root, "node_modules", ".bin", name);
        if (!File.Exists(path))
            throw new InvalidOperationException($"'{path}' is missing. Run `npm ci` in {Root} (./test.sh does it) and run again.");
        return path;
    }

    private static string FindRoot()
    {
        // BenchmarkDotNet runs from a generated folder under bin/, so the working folder is a second place to look.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "CoachBot.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No CoachBot.sln above {AppContext.BaseDirectory} or {Environment.CurrentDirectory}.");
    }
}
