namespace CoachBot.Deployment.Tests.Support;

/// <summary>Every file and folder under a root with its size and last write time: compared before and after a run.</summary>
public static class FileTree
{
    public static SortedDictionary<string, string> Snapshot(string root)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(root).EnumerateFileSystemInfos("*", new EnumerationOptions
                 { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false }))
        {
            var relative = Path.GetRelativePath(root, entry.FullName);
            entries[relative] = entry is FileInfo file ? $"{file.Length} {file.LastWriteTimeUtc:O}" : "folder";
        }
        return entries;
    }

    /// <summary>What changed between two snapshots, one line each: "+ path", "- path", "~ path".</summary>
    public static IReadOnlyList<string> Difference(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        after.Keys.Except(before.Keys).Select(p => "+ " + p)
            .Concat(before.Keys.Except(after.Keys).Select(p => "- " + p))
            .Concat(before.Keys.Intersect(after.Keys).Where(p => before[p] != after[p]).Select(p => "~ " + p))
            .ToList();
}
