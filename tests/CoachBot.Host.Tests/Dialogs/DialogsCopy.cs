using System.Text.RegularExpressions;
using CoachBot.BotFramework.Text;

namespace CoachBot.Host.Tests.Dialogs;

/// <summary>A copy of the shipped dialogs/ folder in a temp folder, for a test to change and point <c>Dialogs:Path</c> at.</summary>
public sealed partial class DialogsCopy : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("coachbot-dialogs-");

    public DialogsCopy()
    {
        foreach (var file in Directory.GetFiles(TextCatalog.DefaultDirectory, "*.yaml", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_root.FullName, Path.GetRelativePath(TextCatalog.DefaultDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder => _root.FullName;

    /// <summary>Swaps two choices of a set in <c>en-US/&lt;dialog&gt;.yaml</c>, each with all its lines (title, synonyms, examples).</summary>
    public void SwapChoices(string dialog, string set, string first, string second)
    {
        var (file, lines, setLine) = Read(dialog, set);
        var a = Block(lines, setLine, first);
        var b = Block(lines, setLine, second);
        if (a.Start > b.Start) (a, b) = (b, a);
        var swapped = lines[..a.Start]
            .Concat(lines[b.Start..b.End]).Concat(lines[a.End..b.Start]).Concat(lines[a.Start..a.End])
            .Concat(lines[b.End..]).ToList();
        File.WriteAllLines(file, swapped);
    }

    /// <summary>Removes one choice of a set in <c>en-US/&lt;dialog&gt;.yaml</c>, with all its lines.</summary>
    public void RemoveChoice(string dialog, string set, string key)
    {
        var (file, lines, setLine) = Read(dialog, set);
        var block = Block(lines, setLine, key);
        lines.RemoveRange(block.Start, block.End - block.Start);
        File.WriteAllLines(file, lines);
    }

    private (string File, List<string> Lines, int SetLine) Read(string dialog, string set)
    {
        var file = Path.Combine(_root.FullName, TextCatalog.DefaultLocale, dialog + ".yaml");
        var lines = File.ReadAllLines(file).ToList();
        var choices = lines.IndexOf("choices:");
        var setLine = lines.IndexOf("  " + set + ":");
        if (choices < 0 || setLine < choices) throw new InvalidOperationException($"{file} has no choice set '{set}'.");
        return (file, lines, setLine);
    }

    /// <summary>The lines of one choice: its key line and the deeper lines under it.</summary>
    private static (int Start, int End) Block(List<string> lines, int setLine, string key)
    {
        var start = -1;
        for (var i = setLine + 1; i < lines.Count && (lines[i].Length == 0 || lines[i].StartsWith("    ") || lines[i].StartsWith("  #")); i++)
            if (ChoiceKey().Match(lines[i]) is { Success: true } m && m.Groups[1].Value == key) { start = i; break; }
        if (start < 0) throw new InvalidOperationException($"No choice '{key}' in the set.");
        var end = start + 1;
        while (end < lines.Count && lines[end].StartsWith("      ")) end++;
        return (start, end);
    }

    public void Dispose() => _root.Delete(recursive: true);

    [GeneratedRegex(@"^    ([A-Za-z0-9]+):")]
    private static partial Regex ChoiceKey();
}
