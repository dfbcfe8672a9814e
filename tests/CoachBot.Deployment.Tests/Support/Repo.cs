namespace CoachBot.Deployment.Tests.Support;

/// <summary>The checkout the tests run from: the folder holding CoachBot.sln, found above the test binaries.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string ReadText(params string[] parts) => File.ReadAllText(PathOf(parts));

    public static byte[] ReadBytes(params string[] parts) => File.ReadAllBytes(PathOf(parts));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "CoachBot.sln"))) return folder.FullName;
        throw new InvalidOperationException($"No CoachBot.sln above {AppContext.BaseDirectory}.");
    }
}
