namespace CoachBot.Coaching.Conversation;

/// <summary>
/// Which of several named phrase sets a message is most about: each phrase found adds its length in words (a phrase
/// counts once), so "skills I'm missing" outweighs "skills". Ties go to the set listed first, as the data orders them.
/// </summary>
public static class PhraseScore
{
    public static int Of(PhraseSet set, IReadOnlyList<string> words) => set.WordsOfPhrasesIn(words);

    /// <summary>The best-scoring key and its score; (default, 0) when nothing matched.</summary>
    public static (T? Key, int Score) Best<T>(IEnumerable<(T Key, PhraseSet Words)> sets, IReadOnlyList<string> words)
    {
        T? best = default;
        var bestScore = 0;
        foreach (var (key, set) in sets)
        {
            var score = Of(set, words);
            if (score > bestScore)
            {
                best = key;
                bestScore = score;
            }
        }
        return (best, bestScore);
    }
}
