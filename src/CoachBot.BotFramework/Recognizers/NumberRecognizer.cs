namespace CoachBot.BotFramework.Recognizers;

/// <summary>A number found in text: its value, where it stands (as the user wrote it) and whether it was an ordinal.</summary>
public sealed record RecognizedNumber(decimal Value, int Start, int Length, bool IsOrdinal);

/// <summary>
/// Numbers in digits or words: "7", "1,500", "7.5", "-3", "seven", "twenty-one", "one hundred and five", "a dozen",
/// "two and a half", ordinals ("third", "3rd" = 3), also inside a short phrase ("about 6", "maybe 7 hours").
/// A score "6/10" or "6 out of 10" is its first number (6): number prompts ask for ratings and counts, not fractions.
/// A range "7-8" gives its first number; times ("9:30") and dates ("6/30/2027") are not numbers.
/// </summary>
public static class NumberRecognizer
{
    /// <summary>The first number in the text.</summary>
    public static bool TryRecognize(string? text, string? locale, out decimal value)
    {
        var words = RecognizerLocale.For(locale).Words;
        var tokens = TextTokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (NumberReader.ReadAt(tokens, i, words) is { } number)
            {
                value = IsNegated(tokens, i, words) ? -number.Value : number.Value;
                return true;
            }
        }
        value = 0;
        return false;
    }

    /// <summary>Every number in the text, left to right ("1, 3 and 4" gives 1, 3, 4).</summary>
    public static IReadOnlyList<RecognizedNumber> RecognizeAll(string? text, string? locale)
    {
        var words = RecognizerLocale.For(locale).Words;
        var tokens = TextTokenizer.Tokenize(text);
        var found = new List<RecognizedNumber>();
        var i = 0;
        while (i < tokens.Count)
        {
            if (NumberReader.ReadAt(tokens, i, words) is { } number)
            {
                var first = IsNegated(tokens, i, words) ? i - 1 : i;
                var value = first < i ? -number.Value : number.Value;
                var start = tokens[first].Kind == TokenKind.Number && tokens[first].Negative ? tokens[first].Start - 1 : tokens[first].Start;
                found.Add(new RecognizedNumber(value, start, tokens[number.End - 1].End - start, number.IsOrdinal));
                i = number.End;
            }
            else i++;
        }
        return found;
    }

    /// <summary>"minus 3", "negative 3".</summary>
    private static bool IsNegated(List<Token> tokens, int i, LanguageWords words) =>
        i > 0 && tokens[i - 1].Kind == TokenKind.Word && words.NegativeWords.Contains(tokens[i - 1].Text);
}
