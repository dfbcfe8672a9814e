using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Tests;

/// <summary>The repository's own dialogs/ folder, found by walking up from the test binaries to CoachBot.sln.</summary>
internal static class RepoDialogs
{
    private static readonly Lazy<TextCatalog> Catalog = new(() => TextCatalog.Load(Path.Combine(RepoRoot(), "dialogs")));

    public static TextCatalog Texts => Catalog.Value;

    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CoachBot.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("CoachBot.sln not found above " + AppContext.BaseDirectory);
    }
}
