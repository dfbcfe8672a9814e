using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Feelings;

/// <summary>
/// A feeling heard in a message, whether it is strong enough to pause a check-in, and whether it was said lightly
/// ("bit tired but ok"), which gets a light line, not the full reply.
/// </summary>
public sealed record HeardFeeling(string Key, bool Distress, bool Mild = false);

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
    private readonly PhraseSet _mildOk;
    private readonly PhraseSet _mildSoftener;
    private readonly HashSet<string> _mildAlways;
    private readonly HashSet<string> _canBeLight;
    private const int MaxWordsSaidLightly = 5;

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
        _mildOk = PhraseSet.Parse(texts.Get(FeelingTexts.MildOk));
        _mildSoftener = PhraseSet.Parse(texts.Get(FeelingTexts.MildSoftener));
        _mildAlways = texts.Get(FeelingTexts.MildAlways).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        _canBeLight = _feelings.Select(f => f.Key).Where(k => texts.Contains(Prefix + k + ".light")).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Which feeling wins a tie: the more specific readings first (a loss before tiredness, a rejection before good
    /// news that shares its words, "passed over for the promotion").
    /// </summary>
    private static readonly string[] TieOrder = ["grief", "rejection", "goodNews", "age", "mathWorry", "selfDoubt", "fear", "exhaustion", "overwhelm", "frustration", "stuck"];

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
        if (score <= 0 || key is null) return null;
        var distress = _distress.AnyIn(words);
        return new HeardFeeling(key, distress, !distress && SaidLightly(key, words));
    }

    /// <summary>"bit tired but ok", "a little nervous but fine", "meh": a feeling that has a light line, said with an "it's ok" or in a few softened words.</summary>
    private bool SaidLightly(string key, List<string> words)
    {
        if (!_canBeLight.Contains(key)) return false;
        if (_mildAlways.Contains(key) || _mildOk.AnyIn(words)) return true;
        return words.Count(w => w.Length > 0) <= MaxWordsSaidLightly && _mildSoftener.AnyIn(words);
    }
}
