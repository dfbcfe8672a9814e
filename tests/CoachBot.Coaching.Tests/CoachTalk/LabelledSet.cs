using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Tests.CoachTalk;

/// <summary>One item of a labelled set in tests/Data/coaching: its fields as text (lists joined by ","), null when absent.</summary>
public sealed class LabelledItem(IReadOnlyDictionary<string, string?> fields, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> maps)
{
    public string Text => fields["text"] ?? "";

    public string? this[string name] => fields.GetValueOrDefault(name);

    public bool Flag(string name) => this[name] is "true";

    /// <summary>A nested map such as <c>hear: { win: ... }</c>; empty when absent.</summary>
    public IReadOnlyDictionary<string, string?> Map(string name) => maps.GetValueOrDefault(name) ?? new Dictionary<string, string?>();

    /// <summary>Shown by xunit as the case's name.</summary>
    public override string ToString() => Text;
}

/// <summary>Reads the labelled sets of tests/Data/coaching, written by people who never saw the bot's words.</summary>
public static class LabelledSet
{
    private static YamlMappingNode Root(string file)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(TestSupport.RepoPaths.TestData, "coaching", file));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    public static IReadOnlyList<LabelledItem> Items(string file, string section = "items") =>
        Read((YamlSequenceNode)Root(file).Children[new YamlScalarNode(section)]);

    /// <summary>topics.yaml: every item with its topic key.</summary>
    public static IReadOnlyList<(string Key, LabelledItem Item)> Topics()
    {
        var topics = (YamlMappingNode)Root("topics.yaml").Children[new YamlScalarNode("topics")];
        return topics.Children.SelectMany(t => Read((YamlSequenceNode)t.Value).Select(i => (((YamlScalarNode)t.Key).Value!, i))).ToList();
    }

    private static List<LabelledItem> Read(YamlSequenceNode items) => items.Children.Cast<YamlMappingNode>().Select(item =>
    {
        var fields = new Dictionary<string, string?>();
        var maps = new Dictionary<string, IReadOnlyDictionary<string, string?>>();
        foreach (var (k, v) in item.Children)
        {
            var key = ((YamlScalarNode)k).Value!;
            if (v is YamlMappingNode map) maps[key] = map.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => Scalar(c.Value));
            else fields[key] = Scalar(v);
        }
        return new LabelledItem(fields, maps);
    }).ToList();

    private static string? Scalar(YamlNode node) => node switch
    {
        YamlScalarNode { Value: "null" or "~" } => null,
        YamlScalarNode s => s.Value,
        YamlSequenceNode seq => string.Join(",", seq.Children.Select(Scalar)),
        _ => null,
    };
}
