namespace CoachBot.BotFramework.Recognizers;

/// <summary>
/// How a whole answer is compared with a list of phrases ("skip", "not sure", "my plan"): its words, numbers and
/// symbols as <see cref="TextTokenizer"/> reads them, lower-cased, apostrophes dropped, one space apart, so
/// "I'm NOT sure!" and "im not sure" have the same key, and "self-assessment" the key of "self assessment".
/// </summary>
public static class PhraseKey
{
    public static string Of(string? text, IReadOnlySet<string>? ignoredWords = null)
    {
        var words = new List<string>();
        foreach (var token in TextTokenizer.Tokenize(text))
        {
            var word = Of(token);
            if (ignoredWords is null || !ignoredWords.Contains(word)) words.Add(word);
        }
        return string.Join(' ', words);
    }

    /// <summary>One token's key: a word without apostrophes, an emoji by its first code point (skin tones and variation selectors do not matter).</summary>
    public static string Of(Token token) =>
        token.Kind == TokenKind.Symbol ? System.Text.Rune.GetRuneAt(token.Text, 0).ToString() : EnglishWords.WithoutApostrophes(token.Text);
}
