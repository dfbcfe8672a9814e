using System.Globalization;

namespace CoachBot.BotFramework.Recognizers;

public enum TokenKind
{
    /// <summary>Letters (and apostrophes inside them), lower-cased: "june", "don't".</summary>
    Word,
    /// <summary>Digits with the separators between digits kept raw: "7", "1,500", "7.5", "9:30", "6/30/2027", "2027-06-30".</summary>
    Number,
    /// <summary>One emoji or other symbol (a whole grapheme cluster, skin tone included): "👍".</summary>
    Symbol,
}

/// <summary>
/// One piece of the user's text. Start and Length point into the original text so a recognizer can report what it
/// understood. Attached means no space or punctuation separates it from the token before ("30th" = "30" + "th",
/// "9am" = "9" + "am", "q3" = "q" + "3").
/// </summary>
public readonly record struct Token(TokenKind Kind, string Text, int Start, int Length, bool Attached, bool Negative = false)
{
    public int End => Start + Length;
    public bool IsWord(string word) => Kind == TokenKind.Word && Text == word;
}

/// <summary>
/// Splits text into words, numbers and symbols, dropping punctuation and spaces: the one tokenizer of CoachBot, shared
/// by every recognizer, the choice lists and the SMART rules, so they agree on what a "word" is. Hyphens split words
/// ("twenty-one", "mid-March", "year-end") but stay inside numbers ("2027-06-30", "7-8"); a thousands comma stays
/// inside a number only before exactly three digits, so "1,500" is one number and "1,3,4" is three. A word keeps a
/// '#' or '+' suffix that ends it ("c#", "c++"), the way people name those languages.
/// </summary>
public static class TextTokenizer
{
    public static List<Token> Tokenize(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        // Sized for a word of about four characters with its space, so a sentence does not grow the list three times.
        var tokens = new List<Token>(text.Length / 4 + 2);

        var i = 0;
        var previousEnd = -1;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                var start = i;
                i = ScanNumber(text, i);
                var negative = start > 0 && text[start - 1] == '-' && (start < 2 || !char.IsLetterOrDigit(text[start - 2]));
                tokens.Add(new Token(TokenKind.Number, text[start..i], start, i - start, previousEnd == start, negative));
                previousEnd = i;
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && (char.IsLetter(text[i]) || IsApostropheInsideWord(text, i))) i++;
                i = LanguageSuffixEnd(text, i);
                tokens.Add(new Token(TokenKind.Word, NormalizeWord(text.AsSpan(start, i - start)), start, i - start, previousEnd == start));
                previousEnd = i;
            }
            else if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || c is '+' or '<' or '>' or '=' or '|' or '~' or '^' or '`' or '$')
            {
                i++;
            }
            else
            {
                // Emoji and other symbols: keep the whole grapheme cluster (base, skin tone, variation selector).
                var length = StringInfo.GetNextTextElementLength(text, i);
                tokens.Add(new Token(TokenKind.Symbol, text.Substring(i, length), i, length, previousEnd == i));
                i += length;
                previousEnd = i;
            }
        }
        return tokens;
    }

    /// <summary>Text from the first to the last of the given tokens, as the user wrote it.</summary>
    public static string Span(string text, List<Token> tokens, int first, int lastInclusive) =>
        text[tokens[first].Start..tokens[lastInclusive].End];

    private static int ScanNumber(string text, int i)
    {
        while (i < text.Length)
        {
            if (char.IsDigit(text[i])) { i++; continue; }
            var separator = text[i];
            if (separator == ',' && IsThousandsGroup(text, i + 1)) { i++; continue; }
            if (separator is '.' or ':' or '/' or '-' && i + 1 < text.Length && char.IsDigit(text[i + 1])) { i++; continue; }
            break;
        }
        return i;
    }

    private static bool IsThousandsGroup(string text, int i) =>
        i + 3 <= text.Length && char.IsDigit(text[i]) && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2])
        && (i + 3 == text.Length || !char.IsDigit(text[i + 3]));

    /// <summary>"c#", "f#", "c++": the suffix belongs to the word when nothing word-like follows it ("a+b" stays apart).</summary>
    private static int LanguageSuffixEnd(string text, int i)
    {
        var end = i;
        while (end < text.Length && end - i < 2 && text[end] is '#' or '+') end++;
        return end > i && (end == text.Length || !char.IsLetterOrDigit(text[end])) ? end : i;
    }

    private static bool IsApostropheInsideWord(string text, int i) =>
        text[i] is '\'' or '\u2019' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > 0 && char.IsLetter(text[i - 1]);

    private static string NormalizeWord(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(buffer);
        buffer.Replace('\u2019', '\'');
        return new string(buffer);
    }
}
