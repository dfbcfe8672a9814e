using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using YamlDotNet.RepresentationModel;

namespace CoachBot.BotFramework.Text;

/// <summary>
/// Every sentence the bot says, loaded from <c>dialogs/&lt;locale&gt;/&lt;dialog&gt;.yaml</c>. A key is
/// <c>&lt;dialog&gt;.&lt;name&gt;</c> (nested maps join with dots). Placeholders are <c>{name}</c>.
/// Lookups fall back from the user's locale to its language, then to en-US. A file's top-level <c>choices:</c> map
/// holds its choice sets instead of sentences; they are read into <see cref="Choices"/>.
/// </summary>
public sealed class TextCatalog
{
    public const string DefaultLocale = "en-US";

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLocale;

    /// <summary>The top-level key of a dialog file that holds choice sets rather than sentences.</summary>
    public const string ChoicesSection = "choices";

    private TextCatalog(Dictionary<string, Dictionary<string, string>> byLocale, ChoiceCatalog choices)
    {
        _byLocale = byLocale.ToFrozenDictionary(
            kv => kv.Key, kv => kv.Value.ToFrozenDictionary(StringComparer.Ordinal), StringComparer.OrdinalIgnoreCase);
        Choices = choices;
    }

    /// <summary>The choice sets of the same dialogs/ folder, with the same locale fallback.</summary>
    public ChoiceCatalog Choices { get; }

    public IReadOnlyCollection<string> Locales => _byLocale.Keys;

    /// <summary>The folder the app ships its dialogs in: beside the binaries (DESIGN.md "Where the app finds its files").</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "dialogs");

    /// <summary>Loads every locale folder under <paramref name="directory"/>; fails with the file named on bad YAML.</summary>
    public static TextCatalog Load(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"The dialogs folder '{directory}' does not exist.");
        var byLocale = new Dictionary<string, Dictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        var choicesByLocale = new Dictionary<string, Dictionary<string, List<Recognizers.Choice>>>(StringComparer.OrdinalIgnoreCase);
        foreach (var localeDir in Directory.GetDirectories(directory))
        {
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            var choices = new Dictionary<string, List<Recognizers.Choice>>(StringComparer.Ordinal);
            foreach (var file in Directory.GetFiles(localeDir, "*.yaml").Order(StringComparer.Ordinal))
            {
                var dialog = Path.GetFileNameWithoutExtension(file);
                var yaml = new YamlStream();
                try
                {
                    using (var check = new StreamReader(file, Encoding.UTF8)) YamlDuplicateKeys.Check(file, check);
                    using var reader = new StreamReader(file, Encoding.UTF8);
                    yaml.Load(reader);
                }
                catch (YamlDotNet.Core.YamlException ex)
                {
                    throw new InvalidDataException($"{file}: {ex.Message}", ex);
                }
                if (yaml.Documents.Count == 0) continue;
                if (yaml.Documents[0].RootNode is not YamlMappingNode root)
                    throw new InvalidDataException($"{file}: the top level must be a map of keys to sentences.");
                foreach (var (keyNode, valueNode) in root.Children)
                {
                    if (keyNode is YamlScalarNode { Value: ChoicesSection }) ChoiceCatalog.Read(file, dialog, valueNode, choices);
                    else Add(file, dialog + "." + ((YamlScalarNode)keyNode).Value, valueNode, texts);
                }
            }
            byLocale[Path.GetFileName(localeDir)] = texts;
            choicesByLocale[Path.GetFileName(localeDir)] = choices;
        }
        if (!byLocale.ContainsKey(DefaultLocale))
            throw new InvalidDataException($"The dialogs folder '{directory}' has no '{DefaultLocale}' folder.");
        ChoiceCatalog.CheckLocales(choicesByLocale);
        return new TextCatalog(byLocale, new ChoiceCatalog(choicesByLocale));
    }

    /// <summary>A catalog from a dictionary, without choice sets; for tests.</summary>
    public static TextCatalog FromDictionary(IDictionary<string, string> enUs) =>
        new(new Dictionary<string, Dictionary<string, string>> { [DefaultLocale] = new(enUs) },
            new ChoiceCatalog(new Dictionary<string, Dictionary<string, List<Recognizers.Choice>>>()));

    private static void Flatten(string file, string prefix, YamlMappingNode map, Dictionary<string, string> into)
    {
        foreach (var (keyNode, valueNode) in map.Children) Add(file, prefix + "." + ((YamlScalarNode)keyNode).Value, valueNode, into);
    }

    private static void Add(string file, string key, YamlNode valueNode, Dictionary<string, string> into)
    {
        switch (valueNode)
        {
            case YamlScalarNode scalar:
                if (!into.TryAdd(key, (scalar.Value ?? "").TrimEnd('\n')))
                    throw new InvalidDataException($"{file}: the key '{key}' appears twice.");
                break;
            case YamlMappingNode nested:
                Flatten(file, key, nested, into);
                break;
            default:
                throw new InvalidDataException($"{file}: '{key}' must be a sentence or a map of sentences.");
        }
    }

    public bool Contains(string key) => _byLocale[DefaultLocale].ContainsKey(key);

    /// <summary>
    /// The en-US keys that start with <paramref name="prefix"/> (e.g. "careers.role."), in ordinal order: word lists
    /// in dialogs/ whose entries are named by the data, not by the code (roles, skills), are enumerated this way.
    /// </summary>
    public IEnumerable<string> KeysStartingWith(string prefix) =>
        _byLocale[DefaultLocale].Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>The sentence for <paramref name="key"/> in the best locale available, placeholders filled.</summary>
    public string Get(string key, string? locale = null, IReadOnlyDictionary<string, string>? args = null)
    {
        var template = Find(key, locale) ?? throw new KeyNotFoundException($"No text for '{key}' in dialogs/.");
        return args is null || args.Count == 0 ? template : Fill(template, args);
    }

    public string Get(string key, string? locale, params (string Name, object? Value)[] args)
    {
        var template = Find(key, locale) ?? throw new KeyNotFoundException($"No text for '{key}' in dialogs/.");
        if (args.Length == 0) return template;
        var map = new Dictionary<string, string>(args.Length, StringComparer.Ordinal);
        foreach (var (name, value) in args)
            map[name] = value switch
            {
                null => "",
                IFormattable f => f.ToString(null, CultureInfo.GetCultureInfo(locale ?? DefaultLocale)),
                _ => value.ToString() ?? "",
            };
        return Fill(template, map);
    }

    private string? Find(string key, string? locale) => LocaleFallback.TryFind(_byLocale, key, locale, out var text) ? text : null;

    private static string Fill(string template, IReadOnlyDictionary<string, string> args)
    {
        var sb = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var c = template[i];
            if (c == '{')
            {
                var end = template.IndexOf('}', i + 1);
                if (end > i && args.TryGetValue(template[(i + 1)..end], out var value))
                {
                    sb.Append(value);
                    i = end;
                    continue;
                }
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Throws, naming every missing key, unless the en-US catalog holds all <paramref name="requiredKeys"/>.</summary>
    public void Validate(IEnumerable<string> requiredKeys)
    {
        var missing = requiredKeys.Where(k => !Contains(k)).Distinct().Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
            throw new InvalidDataException("dialogs/en-US is missing these keys: " + string.Join(", ", missing));
    }
}

/// <summary>Marks a static class whose const string fields are text keys the code uses; start-up checks they all exist.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class TextKeysAttribute : Attribute;

public static class TextKeyDiscovery
{
    /// <summary>Every const string of every [TextKeys] class in the given assemblies.</summary>
    public static IEnumerable<string> KeysIn(params System.Reflection.Assembly[] assemblies) =>
        from assembly in assemblies
        from type in assembly.GetTypes()
        where type.IsDefined(typeof(TextKeysAttribute), false)
        from key in KeysOf(type)
        select key;

    /// <summary>Every <see cref="ChoiceSet"/> held by a static field or property of a [TextKeys] class in the given assemblies.</summary>
    public static IEnumerable<ChoiceSet> ChoiceSetsIn(params System.Reflection.Assembly[] assemblies)
    {
        const System.Reflection.BindingFlags flags = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static;
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()).Where(t => t.IsDefined(typeof(TextKeysAttribute), false)))
        {
            foreach (var field in type.GetFields(flags))
                if (field.GetValue(null) is ChoiceSet set) yield return set;
            foreach (var property in type.GetProperties(flags))
                if (typeof(ChoiceSet).IsAssignableFrom(property.PropertyType) && property.GetValue(null) is ChoiceSet set) yield return set;
        }
    }

    /// <summary>A type's string constants, plus its static properties listing keys built at run time (e.g. one per part).</summary>
    private static IEnumerable<string> KeysOf(Type type)
    {
        const System.Reflection.BindingFlags flags = System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static;
        foreach (var field in type.GetFields(flags))
            if (field.IsLiteral && field.FieldType == typeof(string)) yield return (string)field.GetRawConstantValue()!;
        foreach (var property in type.GetProperties(flags))
            if (typeof(IEnumerable<string>).IsAssignableFrom(property.PropertyType) && property.GetValue(null) is IEnumerable<string> keys)
                foreach (var key in keys) yield return key;
    }
}
