using CoachBot.BotFramework.Recognizers;

namespace CoachBot.Coaching.Conversation;

/// <summary>A phrase of a <see cref="PhraseSet"/> found in a message: which one, and where, in words.</summary>
public readonly record struct PhraseHit(int Phrase, int Start, int Length);

/// <summary>
/// A list of phrases from dialogs/ ("want to die; kill myself; kms"), found in what people type: case, punctuation
/// and apostrophes ignored ("don't" is "dont"), whole words only, and words of five letters or more may carry one
/// typo ("sucidal"). The crisis check, the feelings and the career library all read their words this way, so one
/// rule decides what "said" means.
/// </summary>
public sealed class PhraseSet
{
    private readonly List<string[]> _phrases;

    private PhraseSet(List<string[]> phrases) => _phrases = phrases;

    public int Count => _phrases.Count;

    /// <summary>The words of phrase <paramref name="index"/>, normalized.</summary>
    public IReadOnlyList<string> Words(int index) => _phrases[index];

    /// <summary>Phrases separated by ";", as dialogs/ writes lists.</summary>
    public static PhraseSet Parse(string? list) =>
        new((list ?? "").Split(';').Select(p => Words(p).ToArray()).Where(w => w.Length > 0).ToList());

    /// <summary>The words of a text as this set compares them: lower case, apostrophes dropped, split at anything else that is no letter or digit.</summary>
    public static List<string> Words(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text)) return words;
        var current = new System.Text.StringBuilder();
        foreach (var raw in text)
        {
            var c = char.ToLowerInvariant(raw);
            if (c is '\'' or '\u2019' or '\u2018') continue;
            if (char.IsLetterOrDigit(c)) current.Append(c);
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }

    /// <summary>True when any phrase is in <paramref name="words"/>.</summary>
    public bool AnyIn(IReadOnlyList<string> words)
    {
        // A loop rather than Find(words).Any(): asked of every message by several sets, so no iterator per call.
        foreach (var phrase in _phrases)
            for (var start = 0; start + phrase.Length <= words.Count; start++)
                if (MatchesAt(phrase, words, start)) return true;
        return false;
    }

    public bool AnyIn(string? text) => AnyIn(Words(text));

    /// <summary>
    /// The words of every phrase found in <paramref name="words"/>, each phrase counted once (what
    /// <c>Find(words).DistinctBy(h => h.Phrase).Sum(h => h.Length)</c> gives), in a loop: scored for several sets per message.
    /// </summary>
    public int WordsOfPhrasesIn(IReadOnlyList<string> words)
    {
        var sum = 0;
        foreach (var phrase in _phrases)
            for (var start = 0; start + phrase.Length <= words.Count; start++)
                if (MatchesAt(phrase, words, start))
                {
                    sum += phrase.Length;
                    break;
                }
        return sum;
    }

    /// <summary>Every place a phrase occurs in <paramref name="words"/>, in phrase order.</summary>
    public IEnumerable<PhraseHit> Find(IReadOnlyList<string> words)
    {
        for (var p = 0; p < _phrases.Count; p++)
        {
            var phrase = _phrases[p];
            for (var start = 0; start + phrase.Length <= words.Count; start++)
                if (MatchesAt(phrase, words, start)) yield return new PhraseHit(p, start, phrase.Length);
        }
    }

    private static bool MatchesAt(string[] phrase, IReadOnlyList<string> words, int start)
    {
        for (var i = 0; i < phrase.Length; i++)
            if (!Same(phrase[i], words[start + i])) return false;
        return true;
    }

    /// <summary>
    /// The same word, or one typo away when both are five letters or longer (short words are too easily another word)
    /// and the first letter stands (or trades places with the second): a different first letter is most often a
    /// different word ("hired" is not "tired", "sorry" not "worry"), rarely a slip.
    /// </summary>
    public static bool Same(string expected, string actual)
    {
        if (expected == actual) return true;
        if (expected.Length < 5 || actual.Length < 5 || HasDigit(expected)) return false;
        var firstStands = expected[0] == actual[0] || (expected[0] == actual[1] && expected[1] == actual[0]);
        return firstStands && EditDistance.Between(expected, actual, 1) <= 1;
    }

    /// <summary>A loop, not <c>Any(char.IsDigit)</c>: asked for word pairs of every message, so no enumerator each time.</summary>
    private static bool HasDigit(string word)
    {
        foreach (var c in word)
            if (char.IsDigit(c)) return true;
        return false;
    }
}
