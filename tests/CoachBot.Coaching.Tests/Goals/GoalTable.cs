using YamlDotNet.RepresentationModel;

namespace CoachBot.Coaching.Tests.Goals;

/// <summary>One item of tests/Data/goals/goal-table.yaml (the format is in the file's header comment).</summary>
public sealed record GoalTableItem(
    string Id, string Text, string Locale, string Kind, IReadOnlyDictionary<string, bool> Smart, string? Outcome,
    IReadOnlyList<string> KeyWords, string? Measure, DateOnly? Deadline, string? Template, IReadOnlyList<string> AlsoTemplate,
    IReadOnlyList<(string Text, DateOnly Date)> Milestones, IReadOnlyList<string> NotInStatement)
{
    public override string ToString() => Id;
}

/// <summary>The goal table, written by another helper from how people state goals, read once per test run.</summary>
public static class GoalTable
{
    private static readonly Lazy<IReadOnlyList<GoalTableItem>> Loaded = new(Load);

    public static IReadOnlyList<GoalTableItem> Items => Loaded.Value;

    public static TheoryData<string> Ids(Func<GoalTableItem, bool> where)
    {
        var data = new TheoryData<string>();
        foreach (var item in Items.Where(where)) data.Add(item.Id);
        return data;
    }

    public static GoalTableItem Get(string id) => Items.Single(i => i.Id == id);

    private static IReadOnlyList<GoalTableItem> Load()
    {
        var path = Path.Combine(RepoDialogs.RepoRoot(), "tests", "Data", "goals", "goal-table.yaml");
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path)) yaml.Load(reader);
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        var items = (YamlSequenceNode)root.Children[new YamlScalarNode("items")];
        return items.Children.Cast<YamlMappingNode>().Select(Item).ToList();
    }

    private static GoalTableItem Item(YamlMappingNode node)
    {
        string? S(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode s ? s.Value : null;
        IReadOnlyList<string> L(string key) => node.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(x => x.Value ?? "").ToList() : [];
        var smart = node.Children.TryGetValue(new YamlScalarNode("smart"), out var sm) && sm is YamlMappingNode map
            ? map.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => ((YamlScalarNode)kv.Value).Value == "true")
            : new Dictionary<string, bool>();
        var milestones = node.Children.TryGetValue(new YamlScalarNode("milestones"), out var ms) && ms is YamlSequenceNode mseq
            ? mseq.Children.Cast<YamlMappingNode>().Select(m => (((YamlScalarNode)m.Children[new YamlScalarNode("text")]).Value!,
                DateOnly.Parse(((YamlScalarNode)m.Children[new YamlScalarNode("date")]).Value!, System.Globalization.CultureInfo.InvariantCulture))).ToList()
            : [];
        return new GoalTableItem(S("id")!, S("text") ?? "", S("locale") ?? "en-US", S("kind")!, smart, S("outcome"), L("keyWords"), S("measure"),
            S("deadline") is { } d ? DateOnly.Parse(d, System.Globalization.CultureInfo.InvariantCulture) : null, S("template"), L("alsoTemplate"),
            milestones, L("notInStatement"));
    }
}
