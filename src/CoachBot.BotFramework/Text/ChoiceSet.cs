using System.Collections.Frozen;

namespace CoachBot.BotFramework.Text;

/// <summary>
/// A choice set the code uses, by id (<c>"&lt;dialog&gt;.&lt;set&gt;"</c>, e.g. <c>reflection.progress</c>): the handle a
/// dialog asks <see cref="ChoiceCatalog"/> for. Declared as a static field of a <see cref="TextKeysAttribute"/> class,
/// it is checked at start-up like the sentences are. This base form needs the set, not particular keys (a list the
/// code only shows and stores, such as the values of the self-assessment).
/// </summary>
public class ChoiceSet
{
    public ChoiceSet(string id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Split('.') is not [{ Length: > 0 }, { Length: > 0 }])
            throw new ArgumentException($"A choice set id is '<dialog>.<set>', not '{id}'.", nameof(id));
        Id = id;
    }

    public string Id { get; }

    /// <summary>The keys the code switches on; start-up fails naming the set and key when dialogs/ lacks one.</summary>
    public virtual IReadOnlyCollection<string> RequiredKeys => [];

    public override string ToString() => Id;
}

/// <summary>
/// A choice set whose keys the code switches on, as an enum: a member's name in camelCase is its key
/// (<c>OnTrack</c> = <c>onTrack</c>). Every member is a required key. <see cref="Read"/> turns a prompt's answer into
/// the enum, so a dialog never looks at a title or a position.
/// </summary>
public sealed class ChoiceSet<TKey>(string id) : ChoiceSet(id) where TKey : struct, Enum
{
    private static readonly FrozenDictionary<TKey, string> KeysByValue =
        Enum.GetValues<TKey>().ToFrozenDictionary(v => v, v => ToKey(v.ToString()));

    private static readonly FrozenDictionary<string, TKey> ValuesByKey =
        KeysByValue.ToFrozenDictionary(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);

    public override IReadOnlyCollection<string> RequiredKeys => ValuesByKey.Keys;

    public string KeyOf(TKey value) => KeysByValue[value];

    /// <summary>The enum member a key names, or null for a key this code does not know.</summary>
    public TKey? ValueOf(string? key) => key is not null && ValuesByKey.TryGetValue(key, out var value) ? value : null;

    /// <summary>The member a prompt's result picked; null when the result is no choice of this set (skipped, given up).</summary>
    public TKey? Read(object? promptResult) => promptResult is Recognizers.FoundChoice found ? ValueOf(found.Key) : null;

    private static string ToKey(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
