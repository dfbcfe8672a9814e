namespace CoachBot.BotFramework.Recognizers;

/// <summary>
/// Typos in date words ("septmber", "tommorow", "in 6 monhts", "jnue"), put right before the date grammar reads them.
/// A word is corrected only when it is in none of the language's tables and exactly one month name, weekday or date
/// word of five letters or more is one typo away (a swap of neighbours also counts for the four-letter months, so
/// "jnue" is June but "jane" is nobody). Months that are everyday words ("march", "may") are never guessed at:
/// "match" is no month.
/// </summary>
internal static class DateSpelling
{
    public static List<Token> Correct(List<Token> tokens, LanguageWords words)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || token.Text.Length < 4 || IsKnown(token.Text, words)) continue;
            if (Guess(token.Text, words) is { } right) tokens[i] = token with { Text = right };
        }
        return tokens;
    }

    private static bool IsKnown(string word, LanguageWords words) =>
        words.Months.ContainsKey(word) || words.Weekdays.ContainsKey(word) || words.DateWords.ContainsKey(word) || words.Seasons.ContainsKey(word)
        || words.TimeWords.ContainsKey(word) || words.Cardinals.ContainsKey(word) || words.Ordinals.ContainsKey(word);

    private static string? Guess(string word, LanguageWords words)
    {
        string? found = null;
        foreach (var name in CandidatesOf.GetValue(words, static w => Candidates(w).ToArray()))
        {
            if (!Near(word, name)) continue;
            if (found is not null && found != name) return null; // two words are as near: no guess
            found = name;
        }
        return found;
    }

    /// <summary>The names a typo may be taken for, listed once per language: every unknown word of a date answer is tried against them.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LanguageWords, string[]> CandidatesOf = new();

    private static IEnumerable<string> Candidates(LanguageWords words)
    {
        foreach (var month in words.Months.Keys)
            if (month.Length >= 4 && !words.AmbiguousMonths.Contains(month)) yield return month;
        foreach (var day in words.Weekdays.Keys)
            if (day.Length >= 6) yield return day;
        foreach (var (word, meaning) in words.DateWords)
            if (word.Length >= 5 && meaning is DateWord.Tomorrow or DateWord.Yesterday or DateWord.Week or DateWord.Weekend or DateWord.Fortnight
                    or DateWord.Month or DateWord.Quarter or DateWord.Year)
                yield return word;
    }

    /// <summary>One typo for words of five letters or more; for four letters only a swap of neighbours ("jnue").</summary>
    private static bool Near(string word, string name)
    {
        if (name.Length >= 5) return word.Length >= 5 && EditDistance.Between(word, name, 1) <= 1;
        return word.Length == name.Length && EditDistance.Between(word, name, 1) == 1 && word.Order().SequenceEqual(name.Order());
    }
}
