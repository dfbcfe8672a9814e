using CoachBot.BotFramework.Text;

namespace CoachBot.TestSupport;

/// <summary>
/// A copy of the repository's dialogs/ with one file edited, loaded as a catalog: a test adds a word only in the data
/// and sees it understood (so the code holds no list of its own), or breaks a list and sees start-up name its key.
/// </summary>
public static class EditedDialogs
{
    public static TextCatalog Load(string file, Func<string, string> edit)
    {
        using var folder = new TempFolder("coachbot-dialogs-");
        Copy(RepoPaths.Dialogs, folder.Path);
        var path = Path.Combine(folder.Path, "en-US", file);
        var before = File.ReadAllText(path);
        var after = edit(before);
        if (after == before) throw new InvalidOperationException($"The edit of {file} changed nothing: the text it replaces is gone.");
        File.WriteAllText(path, after);
        return TextCatalog.Load(folder.Path);
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
    }
}
