using YamlDotNet.RepresentationModel;

namespace CoachBot.Understanding.Embeddings.Evaluation;

/// <summary>
/// Reads the project's labelled sets (tests/Data/understanding/, formats in each file's header) as matcher items:
/// choices.yaml items with one `key` at their set (multi-pick `keys` items are the rules' job and left out);
/// commands.yaml items at the set "intents" (an `answer` item must not be taken as a command: no key);
/// questions.yaml `question` items as the intent "question".
/// </summary>
public static class LabelledSets
{
    public const string IntentsSet = "intents";

    public static IReadOnlyList<LabelledItem> Read(string directory)
    {
        var items = new List<LabelledItem>();
        var choices = Path.Combine(directory, "choices.yaml");
        if (File.Exists(choices))
            foreach (var (setId, list) in Map(Root(choices), "sets"))
                foreach (var node in Items(list))
                    if (Get(node, "key") is { } key)
                        items.Add(new LabelledItem(setId, Get(node, "text")!, key, GetList(node, "alsoRight"), Get(node, "confirm") == "true", Get(node, "how")));

        var commands = Path.Combine(directory, "commands.yaml");
        if (File.Exists(commands))
            foreach (var node in Items(Root(commands).Children[new YamlScalarNode("items")]))
                if (Get(node, "intent") is { } intent)
                    items.Add(new LabelledItem(IntentsSet, Get(node, "text")!, intent == "answer" ? null : intent, How: Get(node, "how")));

        var questions = Path.Combine(directory, "questions.yaml");
        if (File.Exists(questions))
            foreach (var node in Items(Root(questions).Children[new YamlScalarNode("items")]))
                if (Get(node, "expect") == "question")
                    // A question about the coach is also rightly its aboutCoach intent (the coaching issue answers it).
                    items.Add(new LabelledItem(IntentsSet, Get(node, "text")!, "question",
                        Get(node, "topic") is { } topic ? [topic] : null, How: "question"));
        return items;
    }

    /// <summary>Every text of every labelled file under <paramref name="directory"/>, whatever its kind (for the overlap check).</summary>
    public static IEnumerable<string> AllTexts(string directory)
    {
        foreach (var file in Directory.GetFiles(directory, "*.yaml", SearchOption.AllDirectories))
            foreach (var text in Texts(Root(file))) yield return text;
    }

    private static IEnumerable<string> Texts(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (key is YamlScalarNode { Value: "text" } && value is YamlScalarNode { Value: { } text }) yield return text;
                    else foreach (var t in Texts(value)) yield return t;
                }
                break;
            case YamlSequenceNode seq:
                foreach (var child in seq.Children)
                    foreach (var t in Texts(child)) yield return t;
                break;
        }
    }

    private static YamlMappingNode Root(string path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path)) yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static IEnumerable<(string, YamlNode)> Map(YamlMappingNode root, string name) =>
        ((YamlMappingNode)root.Children[new YamlScalarNode(name)]).Children.Select(kv => (((YamlScalarNode)kv.Key).Value!, kv.Value));

    private static IEnumerable<YamlMappingNode> Items(YamlNode list) => ((YamlSequenceNode)list).Children.OfType<YamlMappingNode>();

    private static IReadOnlyList<string>? GetList(YamlMappingNode node, string name) =>
        node.Children.TryGetValue(new YamlScalarNode(name), out var value) && value is YamlSequenceNode list
            ? list.Children.OfType<YamlScalarNode>().Select(n => n.Value!).ToList() : null;

    private static string? Get(YamlMappingNode node, string name) =>
        node.Children.TryGetValue(new YamlScalarNode(name), out var value) && value is YamlScalarNode { Value: { } s } && s is not ("null" or "~") ? s : null;
}
