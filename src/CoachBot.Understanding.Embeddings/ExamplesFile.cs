using System.Text;
using CoachBot.BotFramework.Understanding;
using YamlDotNet.RepresentationModel;

namespace CoachBot.Understanding.Embeddings;

/// <summary>
/// Reads candidate sets from a YAML file in the choice shape of TEAM.md, with whole set ids at the second level:
/// <c>choices: &lt;set id&gt;: &lt;key&gt;: { title, synonyms: [...], examples: [...] }</c>. A key's phrases are its
/// title, synonyms and examples, in that order. Used for <c>tests/Data/understanding/matcher-examples.yaml</c> (a fixed index of examples) by the tests and
/// the benchmarks until the dialogs loader hands the real choice sets over as an <see cref="ICandidateSetSource"/>.
/// </summary>
public static class ExamplesFile
{
    /// <param name="examplesOnly">Only the examples, without titles and synonyms (to check them against labelled sets).</param>
    public static IReadOnlyList<CandidateSet> Read(string path, bool examplesOnly = false)
    {
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            yaml.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new InvalidDataException($"{path}: {ex.Message}", ex);
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("choices"), out var choicesNode) || choicesNode is not YamlMappingNode choices)
            throw new InvalidDataException($"{path}: the top level must hold a 'choices:' map of set ids.");

        var sets = new List<CandidateSet>();
        foreach (var (setId, setNode) in choices.Children)
        {
            if (setNode is not YamlMappingNode keys) throw new InvalidDataException($"{path}: {setId} must be a map of keys.");
            var candidates = new List<Candidate>();
            foreach (var (key, keyNode) in keys.Children)
            {
                if (keyNode is not YamlMappingNode fields) throw new InvalidDataException($"{path}: {setId}.{key} must be a map (title, synonyms, examples).");
                var phrases = new List<string>();
                if (!examplesOnly && fields.Children.TryGetValue(new YamlScalarNode("title"), out var title)) phrases.Add(Scalar(path, setId, key, title));
                if (!examplesOnly) phrases.AddRange(List(path, setId, key, fields, "synonyms"));
                phrases.AddRange(List(path, setId, key, fields, "examples"));
                candidates.Add(new Candidate(((YamlScalarNode)key).Value ?? "", phrases));
            }
            sets.Add(new CandidateSet(((YamlScalarNode)setId).Value ?? "", candidates));
        }
        return sets;
    }

    private static IEnumerable<string> List(string path, YamlNode setId, YamlNode key, YamlMappingNode fields, string name)
    {
        if (!fields.Children.TryGetValue(new YamlScalarNode(name), out var node)) return [];
        if (node is not YamlSequenceNode items) throw new InvalidDataException($"{path}: {setId}.{key}.{name} must be a list.");
        return items.Children.Select(item => Scalar(path, setId, key, item)).ToList();
    }

    private static string Scalar(string path, YamlNode setId, YamlNode key, YamlNode node) =>
        node is YamlScalarNode { Value: { } value } ? value : throw new InvalidDataException($"{path}: {setId}.{key} holds something that is not a phrase.");
}

/// <summary>The sets of one examples file, read when first asked for.</summary>
public sealed class ExamplesFileSource(string path) : ICandidateSetSource
{
    private readonly Lazy<IReadOnlyList<CandidateSet>> _sets = new(() => ExamplesFile.Read(path));

    public IEnumerable<CandidateSet> GetCandidateSets() => _sets.Value;
}
