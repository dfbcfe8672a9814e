namespace CoachBot.BotFramework.Recognizers;

/// <summary>
/// Yes/no in their common forms: "yes", "yep", "sure", "ok", "of course", "sounds good", "👍"; "no", "nope", "nah",
/// "not really", "no thanks", "👎". Case, punctuation and apostrophes do not matter, and the answer may sit in a
/// sentence ("yes, let's do that"). A negated yes is a no ("not ok"). Both at once ("yes and no"), hedges ("maybe",
/// "not sure") and text without either give null, so the prompt asks again instead of guessing.
/// </summary>
public static class BooleanRecognizer
{
    /// <returns>true for yes, false for no, null when the text is neither or unclear.</returns>
    public static bool? Recognize(string? text, string? locale)
    {
        var words = RecognizerLocale.For(locale).Words;
        var tokens = TextTokenizer.Tokenize(text);
        var sawYes = false;
        var sawNo = false;
        var i = 0;
        while (i < tokens.Count)
        {
            var (kind, length) = LongestPhraseAt(tokens, i, words);
            if (length <= 1 && words.Negations.Contains(Key(tokens[i])) && i + 1 < tokens.Count
                && LongestPhraseAt(tokens, i + 1, words) is (Answer.Yes, var yesLength))
            {
                sawNo = true; // "not ok", "don't agree"
                i += 1 + yesLength;
                continue;
            }
            switch (kind)
            {
                case Answer.Unsure: return null;
                case Answer.Yes: sawYes = true; break;
                case Answer.No: sawNo = true; break;
            }
            i += Math.Max(length, 1);
        }
        return sawYes == sawNo ? null : sawYes;
    }

    private enum Answer { None, Yes, No, Unsure }

    private static (Answer Kind, int Length) LongestPhraseAt(List<Token> tokens, int i, LanguageWords words)
    {
        for (var length = Math.Min(words.LongestPhraseWords, tokens.Count - i); length >= 1; length--)
        {
            var phrase = length == 1 ? Key(tokens[i]) : string.Join(' ', tokens.Skip(i).Take(length).Select(Key));
            if (words.UnsurePhrases.Contains(phrase)) return (Answer.Unsure, length);
            if (words.YesPhrases.Contains(phrase)) return (Answer.Yes, length);
            if (words.NoPhrases.Contains(phrase)) return (Answer.No, length);
        }
        return (Answer.None, 0);
    }

    private static string Key(Token token) => PhraseKey.Of(token);
}
