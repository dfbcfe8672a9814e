using YamlDotNet.RepresentationModel;

namespace CoachBot.Understanding.Embeddings.Evaluation;

/// <summary>
/// A text typed at a prompt whose candidates are <paramref name="SetId"/>'s, and the key it means (null: none).
/// <paramref name="AlsoRight"/>: other honest readings; <paramref name="Confirm"/>: honestly unclear, so a confirmation
/// with the key first is the ideal answer; <paramref name="How"/>: how it is said (number, title, meaning, ...).
/// </summary>
public sealed record LabelledItem(string SetId, string Text, string? Key, IReadOnlyList<string>? AlsoRight = null, bool Confirm = false, string? How = null)
{
    public bool IsRight(string? key) => key is not null && (key == Key || (AlsoRight?.Contains(key) ?? false));
}

/// <summary>Reads the dev set (DevSet/paraphrases.dev.yaml): <c>sets: &lt;set id&gt;: [ { text, key } ]</c>.</summary>
public static class DevSet
{
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "DevSet", "paraphrases.dev.yaml");

    public static IReadOnlyList<LabelledItem> Read(string path)
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var items = new List<LabelledItem>();
        foreach (var (setId, list) in (YamlMappingNode)root.Children[new YamlScalarNode("sets")])
            foreach (var node in ((YamlSequenceNode)list).Children.Cast<YamlMappingNode>())
            {
                var text = ((YamlScalarNode)node.Children[new YamlScalarNode("text")]).Value!;
                var key = node.Children.TryGetValue(new YamlScalarNode("key"), out var k) ? ((YamlScalarNode)k).Value : null;
                items.Add(new LabelledItem(((YamlScalarNode)setId).Value!, text, key is null or "null" or "~" or "" ? null : key));
            }
        return items;
    }
}
