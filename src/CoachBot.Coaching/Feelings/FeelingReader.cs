using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Feelings;

/// <summary>A feeling heard in a message, and whether it is strong enough to pause a check-in.</summary>
public sealed record HeardFeeling(string Key, bool Distress);

/// <summary>
/// Hears a feeling (fear, self-doubt, self-doubt about age, frustration, exhaustion, overwhelm, feeling stuck, grief, rejection, good news) in what people write, from
/// the words of dialogs/en-US/feelings.yaml. Negated and past feelings ("not worried", "I was afraid it'd be hard")
/// are blanked first; then the feeling with the most words found wins. Pure.
/// </summary>
public sealed class FeelingReader
{
    public const string Prefix = "feelings.feelings.";

    private readonly List<(string Key, PhraseSet Words)> _feelings;
    private readonly PhraseSet _notFeeling;
    private readonly PhraseSet _distress;

    public FeelingReader(TextCatalog texts)
    {
        _feelings = texts.KeysStartingWith(Prefix).Where(k => k.EndsWith(".words", StringComparison.Ordinal))
            .Select(k => k[Prefix.Length..^".words".Length])
            .Select(key => (key, PhraseSet.Parse(texts.Get(Prefix + key + ".words"))))
            .ToList();
        // KeysStartingWith sorts; the file's order decides ties, so the order is taken from the priority list below.
        _feelings = _feelings.OrderBy(f => Array.IndexOf(TieOrder, f.Key) is var i && i < 0 ? int.MaxValue : i).ToList();
        _notFeeling = PhraseSet.Parse(texts.Get(FeelingTexts.NotFeeling));
        _distress = PhraseSet.Parse(texts.Get(FeelingTexts.Distress));
    }

    /// <summary>
    /// Which feeling wins a tie: the more specific readings first (a loss before tiredness, a rejection before good
    /// news that shares its words, "passed over for the promotion").
    /// </summary>
    private static readonly string[] TieOrder = ["grief", "rejection", "goodNews", "age", "selfDoubt", "fear", "exhaustion", "overwhelm", "frustration", "stuck"];

    public IReadOnlyList<string> Keys => _feelings.Select(f => f.Key).ToList();

    /// <summary>
    /// The words of <paramref name="text"/> that belong to no feeling's phrase ("I get stressed in open offices" keeps
    /// i, get, in, open, offices): what else the message says, beside the feeling.
    /// </summary>
    public IReadOnlyList<string> WordsBeside(string? text)
    {
        var words = PhraseSet.Words(text);
        var inFeeling = new bool[words.Count];
        foreach (var (_, set) in _feelings)
            foreach (var hit in set.Find(words))
                for (var i = hit.Start; i < hit.Start + hit.Length; i++) inFeeling[i] = true;
        return words.Where((_, i) => !inFeeling[i]).ToList();
    }

    public HeardFeeling? Read(string? text)
    {
        var words = PhraseSet.Words(text);
        foreach (var hit in _notFeeling.Find(words).ToList())
            for (var i = hit.Start; i < hit.Start + hit.Length; i++) words[i] = "";
        var (key, score) = PhraseScore.Best(_feelings.Select(f => (f.Key, f.Words)), words);
        return score > 0 && key is not null ? new HeardFeeling(key, _distress.AnyIn(words)) : null;
    }
}
