using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CoachBot.BotFramework.Recognizers;
using YamlDotNet.RepresentationModel;

namespace CoachBot.BotFramework.Text;

/// <summary>
/// Every choice the coach offers, from the <c>choices:</c> map of the files in <c>dialogs/&lt;locale&gt;/</c>:
/// <code>
/// choices:
///   progress:                 # set "reflection.progress" in reflection.yaml
///     onTrack:                # the key: what the choice means, what the code switches on
///       title: "On track"     # what people see
///       synonyms: ["fine"]    # other words that pick it
///       examples: ["going well so far"]
/// </code>
/// The order in the file is the order shown; it means nothing else. A set is looked up with the same locale
/// fallback as sentences (<see cref="LocaleFallback"/>), whole: a locale that translates a set must hold every key
/// en-US has, which <see cref="TextCatalog.Load"/> checks.
/// </summary>
public sealed partial class ChoiceCatalog
{
    private readonly FrozenDictionary<string, FrozenDictionary<string, IReadOnlyList<Choice>>> _byLocale;

    internal ChoiceCatalog(Dictionary<string, Dictionary<string, List<Choice>>> byLocale)
    {
        _byLocale = byLocale.ToFrozenDictionary(
            kv => kv.Key,
            kv => kv.Value.ToFrozenDictionary(set => set.Key, set => (IReadOnlyList<Choice>)set.Value.AsReadOnly(), StringComparer.Ordinal),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The ids of the sets en-US defines.</summary>
    public IEnumerable<string> SetIds =>
        _byLocale.TryGetValue(TextCatalog.DefaultLocale, out var sets) ? sets.Keys : [];

    public bool Contains(string setId) => _byLocale.TryGetValue(TextCatalog.DefaultLocale, out var sets) && sets.ContainsKey(setId);

    /// <summary>The choices of a set in the user's locale, in the order of the file.</summary>
    public IReadOnlyList<Choice> Get(string setId, string? locale) =>
        LocaleFallback.TryFind(_byLocale, setId, locale, out var choices)
            ? choices
            : throw new KeyNotFoundException($"No choice set '{setId}' in dialogs/.");

    public IReadOnlyList<Choice> Get(ChoiceSet set, string? locale) => Get(set.Id, locale);

    /// <summary>Only the given members of a set (still in the order of the file), e.g. the buttons of a reminder.</summary>
    public IReadOnlyList<Choice> Get<TKey>(ChoiceSet<TKey> set, string? locale, IReadOnlyCollection<TKey> only) where TKey : struct, Enum
    {
        var keys = only.Select(set.KeyOf).ToHashSet(StringComparer.Ordinal);
        return Get(set.Id, locale).Where(c => keys.Contains(c.Key)).ToList();
    }

    /// <summary>The title of a key in the user's locale, or null when the set has no such key (any more).</summary>
    public string? TitleOf(ChoiceSet set, string key, string? locale) =>
        LocaleFallback.TryFind(_byLocale, set.Id, locale, out var choices) ? choices.FirstOrDefault(c => c.Key == key)?.Title : null;

    /// <summary>Throws, naming every set and key that is missing from en-US, unless all <paramref name="required"/> are there.</summary>
    public void Validate(IEnumerable<ChoiceSet> required)
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var set in required)
        {
            if (!Contains(set.Id))
            {
                missing.Add($"{set.Id} (the whole set)");
                continue;
            }
            var have = Get(set.Id, TextCatalog.DefaultLocale).Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
            foreach (var key in set.RequiredKeys)
                if (!have.Contains(key)) missing.Add($"{set.Id}.{key}");
        }
        if (missing.Count > 0)
            throw new InvalidDataException("dialogs/en-US is missing these choices: " + string.Join(", ", missing));
    }

    /// <summary>Reads the <c>choices:</c> map of one file into <paramref name="into"/> (set id to choices).</summary>
    internal static void Read(string file, string dialog, YamlNode node, Dictionary<string, List<Choice>> into)
    {
        if (node is not YamlMappingNode sets) throw new InvalidDataException($"{file}: 'choices' must be a map of choice sets.");
        foreach (var (setNode, choicesNode) in sets.Children)
        {
            var setId = dialog + "." + Scalar(setNode);
            if (choicesNode is not YamlMappingNode choices || choices.Children.Count == 0)
                throw new InvalidDataException($"{file}: the choice set '{setId}' must be a map of keys to choices.");
            var list = new List<Choice>(choices.Children.Count);
            foreach (var (keyNode, choiceNode) in choices.Children)
            {
                var key = Scalar(keyNode);
                if (!KeyShape().IsMatch(key))
                    throw new InvalidDataException($"{file}: '{setId}.{key}' is no key: keys are camelCase letters and digits.");
                list.Add(ReadChoice(file, $"{setId}.{key}", key, choiceNode));
            }
            RefuseSharedWords(file, setId, list);
            if (!into.TryAdd(setId, list)) throw new InvalidDataException($"{file}: the choice set '{setId}' appears twice.");
        }
    }

    private static Choice ReadChoice(string file, string path, string key, YamlNode node)
    {
        if (node is not YamlMappingNode fields) throw new InvalidDataException($"{file}: '{path}' must be a map with a title.");
        string? title = null;
        List<string>? synonyms = null, examples = null;
        foreach (var (nameNode, value) in fields.Children)
        {
            switch (Scalar(nameNode))
            {
                case "title": title = value is YamlScalarNode { Value: { } t } ? t.Trim() : null; break;
                case "synonyms": synonyms = Sequence(file, path + ".synonyms", value); break;
                case "examples": examples = Sequence(file, path + ".examples", value); break;
                case var other: throw new InvalidDataException($"{file}: '{path}' has '{other}'; a choice has title, synonyms and examples.");
            }
        }
        if (string.IsNullOrWhiteSpace(title)) throw new InvalidDataException($"{file}: '{path}' has no title.");
        return new Choice(key, title, synonyms is { Count: > 0 } ? synonyms : null, examples is { Count: > 0 } ? examples : null);
    }

    /// <summary>A word that picks two choices of one set would make an answer mean either: refused at load.</summary>
    private static void RefuseSharedWords(string file, string setId, List<Choice> choices)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var choice in choices)
            foreach (var words in (choice.Synonyms ?? []).Prepend(choice.Title))
            {
                var normalized = PhraseKey.Of(words);
                if (owners.TryGetValue(normalized, out var owner) && owner != choice.Key)
                    throw new InvalidDataException($"{file}: \"{words}\" picks both '{setId}.{owner}' and '{setId}.{choice.Key}'.");
                owners[normalized] = choice.Key;
            }
    }

    /// <summary>Every locale that translates a set holds the keys en-US has, and no others.</summary>
    internal static void CheckLocales(Dictionary<string, Dictionary<string, List<Choice>>> byLocale)
    {
        if (!byLocale.TryGetValue(TextCatalog.DefaultLocale, out var reference)) return;
        foreach (var (locale, sets) in byLocale)
        {
            if (locale.Equals(TextCatalog.DefaultLocale, StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var (setId, choices) in sets)
            {
                if (!reference.TryGetValue(setId, out var english))
                    throw new InvalidDataException($"dialogs/{locale} has the choice set '{setId}', which en-US does not.");
                var keys = choices.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
                var expected = english.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
                if (!keys.SetEquals(expected))
                    throw new InvalidDataException($"dialogs/{locale}: the choice set '{setId}' must have the keys of en-US ("
                        + string.Join(", ", expected.Order(StringComparer.Ordinal)) + "), not " + string.Join(", ", keys.Order(StringComparer.Ordinal)) + ".");
            }
        }
    }

    private static string Scalar(YamlNode node) => (node as YamlScalarNode)?.Value ?? "";

    private static List<string> Sequence(string file, string path, YamlNode node)
    {
        if (node is not YamlSequenceNode items) throw new InvalidDataException($"{file}: '{path}' must be a list.");
        return items.Children.Select(i => (i as YamlScalarNode)?.Value?.Trim() ?? "").Where(i => i.Length > 0).ToList();
    }

    [GeneratedRegex("^[a-z][A-Za-z0-9]*$")]
    private static partial Regex KeyShape();
}
