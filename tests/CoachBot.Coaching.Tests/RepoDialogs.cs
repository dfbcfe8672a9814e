using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Tests;

/// <summary>The repository's own dialogs/ folder, found by walking up from the test binaries to CoachBot.sln.</summary>
internal static class RepoDialogs
{
    private static readonly Lazy<TextCatalog> Catalog = new(() => TextCatalog.Load(TestSupport.RepoPaths.Dialogs));

    public static TextCatalog Texts => Catalog.Value;

    public static string RepoRoot() => TestSupport.RepoPaths.Root;
}
