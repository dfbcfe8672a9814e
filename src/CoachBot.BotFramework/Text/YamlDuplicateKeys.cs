using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CoachBot.BotFramework.Text;

/// <summary>
/// Finds a key written twice in one map of a dialogs/ file ("askGoal" twice, or "title" twice in one choice), so the
/// load fails with the file, the line and the whole key named instead of one of the two silently winning. Read once at
/// start-up, from the parser's events (nothing is built).
/// </summary>
internal static class YamlDuplicateKeys
{
    private sealed class Map(string path)
    {
        public string Path { get; } = path;
        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);
        public bool ExpectKey { get; set; } = true;
        public string? Key { get; set; }
    }

    /// <summary>Throws <see cref="InvalidDataException"/> naming <paramref name="file"/> and the key when one appears twice in a map.</summary>
    public static void Check(string file, TextReader reader)
    {
        var parser = new Parser(reader);
        // null entries are sequences: their items are values, never keys.
        var stack = new Stack<Map?>();
        var index = new Stack<int>();
        while (parser.MoveNext())
        {
            var current = parser.Current;
            if (current is MappingEnd or SequenceEnd)
            {
                stack.Pop();
                index.Pop();
                continue;
            }
            if (current is not (Scalar or MappingStart or SequenceStart or AnchorAlias)) continue;

            var parent = stack.Count > 0 ? stack.Peek() : null;
            string childPath;
            if (parent is { ExpectKey: true })
            {
                var key = current is Scalar scalar ? scalar.Value : "?";
                var path = parent.Path.Length == 0 ? key : parent.Path + "." + key;
                if (current is Scalar && !parent.Keys.Add(key))
                    throw new InvalidDataException($"{file} (line {current.Start.Line}): the key '{path}' appears twice.");
                parent.Key = key;
                parent.ExpectKey = false;
                childPath = path;
                if (current is Scalar or AnchorAlias) continue;
            }
            else if (parent is not null)
            {
                childPath = parent.Path.Length == 0 ? parent.Key ?? "" : parent.Path + "." + parent.Key;
                parent.ExpectKey = true;
            }
            else if (stack.Count > 0)
            {
                // an item of a sequence
                var i = index.Pop();
                index.Push(i + 1);
                childPath = "";
            }
            else childPath = "";

            if (current is MappingStart)
            {
                stack.Push(new Map(childPath));
                index.Push(0);
            }
            else if (current is SequenceStart)
            {
                stack.Push(null);
                index.Push(0);
            }
        }
    }
}
