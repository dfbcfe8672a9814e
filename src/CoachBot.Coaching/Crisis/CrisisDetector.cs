using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Crisis;

/// <summary>
/// Says whether a message holds words of self-harm or suicide, from the lists in dialogs/en-US/crisis.yaml. Pure and
/// cheap, so it runs first on every message, wherever the person is in a conversation. Idioms that hold the same
/// words ("suicide prevention", "killing myself to get this done") are taken out first; everything else that
/// matches fires, because a missed crisis is the worst failure this coach can have.
/// </summary>
public sealed class CrisisDetector
{
    private readonly PhraseSet _words;
    private readonly PhraseSet _notCrisis;
    private readonly string[] _usZones;

    public CrisisDetector(TextCatalog texts)
    {
        // The lists are read from en-US on purpose: the crisis words of every language live in one list, so a person
        // writing Spanish in an English deployment is heard too.
        _words = PhraseSet.Parse(texts.Get(CrisisTexts.Words));
        _notCrisis = PhraseSet.Parse(texts.Get(CrisisTexts.NotCrisis));
        _usZones = texts.Get(CrisisTexts.UsTimeZones).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (_words.Count == 0) throw new InvalidDataException($"{CrisisTexts.Words} in dialogs/ must list at least one phrase.");
    }

    public bool IsCrisis(string? text)
    {
        var words = PhraseSet.Words(text);
        if (words.Count == 0) return false;
        // An idiom's words are blanked, not removed, so what stands around them does not join into a new phrase.
        foreach (var hit in _notCrisis.Find(words).ToList())
            for (var i = hit.Start; i < hit.Start + hit.Length; i++) words[i] = "";
        return _words.AnyIn(words);
    }

    /// <summary>True for an IANA (or Windows) zone in the United States, where 988 is the crisis line.</summary>
    public bool IsUsZone(string? zoneId) =>
        zoneId is not null && _usZones.Any(z => z.EndsWith('/') ? zoneId.StartsWith(z, StringComparison.OrdinalIgnoreCase) : zoneId.Equals(z, StringComparison.OrdinalIgnoreCase));
}
