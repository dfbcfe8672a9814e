using System.Globalization;

namespace CoachBot.BotFramework.Recognizers;

/// <summary>A number read from tokens [First, End): its value and whether it was an ordinal ("third", "3rd").</summary>
internal readonly record struct TokenNumber(decimal Value, int First, int End, bool IsOrdinal);

/// <summary>
/// Reads one number that starts at a given token, in digits ("1,500", "7.5", "3rd", "5 thousand") or words
/// ("twenty-one", "one hundred and five", "a dozen", "two and a half", "thirty-first"). Shared by the number, choice,
/// date and time recognizers.
/// </summary>
internal static class NumberReader
{
    private enum Last { None, Unit, Teen, Tens, Hundred, Scale, Joiner }

    public static TokenNumber? ReadAt(List<Token> tokens, int i, LanguageWords words) =>
        i < 0 || i >= tokens.Count ? null : tokens[i].Kind switch
        {
            TokenKind.Number => ReadDigits(tokens, i, words),
            TokenKind.Word => ReadWords(tokens, i, words),
            _ => null,
        };

    /// <summary>
    /// Digits. "a/b" is read as a score and gives a ("6/10" is 6: answers to "how sure are you, 1-10?"), a range
    /// "7-8" gives its first number; times ("9:30") and dates ("6/30/2027") are not numbers.
    /// </summary>
    private static TokenNumber? ReadDigits(List<Token> tokens, int i, LanguageWords words)
    {
        var token = tokens[i];
        var raw = token.Text.AsSpan();
        if (raw.Contains(':')) return null;
        var separator = raw.IndexOfAny('/', '-');
        if (separator >= 0)
        {
            var rest = raw[(separator + 1)..];
            if (rest.IndexOfAny('/', '-') >= 0) return null;
            raw = raw[..separator];
        }
        if (raw.Count('.') > 1) return null;
        if (!decimal.TryParse(raw, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return null;
        if (token.Negative) value = -value;

        var end = i + 1;
        var ordinal = false;
        if (end < tokens.Count && tokens[end].Attached && tokens[end].Kind == TokenKind.Word)
        {
            var suffix = tokens[end].Text;
            if (words.OrdinalSuffixes.Contains(suffix) && separator < 0) { ordinal = true; end++; }
            else if (suffix == words.ThousandsSuffix) { value *= 1000; end++; }
        }
        if (!ordinal && separator < 0 && end < tokens.Count && tokens[end].Kind == TokenKind.Word
            && words.Multipliers.TryGetValue(tokens[end].Text, out var multiplier))
        {
            value *= multiplier;
            end++;
        }
        return new TokenNumber(value, i, end, ordinal);
    }

    private static TokenNumber? ReadWords(List<Token> tokens, int i, LanguageWords words)
    {
        decimal total = 0, current = 0;
        var last = Last.None;
        var j = i;
        var ordinal = false;
        while (j < tokens.Count && tokens[j].Kind == TokenKind.Word && !ordinal)
        {
            var word = tokens[j].Text;
            if (last == Last.None && words.Articles.Contains(word) && NextIsMultiplier(tokens, j + 1, words))
            {
                current = 1;
                last = Last.Unit;
            }
            else if (words.Cardinals.TryGetValue(word, out var cardinal) || (ordinal = words.Ordinals.TryGetValue(word, out cardinal)))
            {
                var kind = cardinal < 10 ? Last.Unit : cardinal < 20 ? Last.Teen : cardinal < 100 ? Last.Tens : Last.Hundred;
                if (!CanFollow(last, kind)) { ordinal = false; break; }
                if (kind == Last.Hundred) current = (current == 0 ? 1 : current) * cardinal; // "hundredth"
                else current += cardinal;
                last = kind;
            }
            else if (words.Multipliers.TryGetValue(word, out var multiplier))
            {
                if (last is Last.None or Last.Joiner) break;
                if (multiplier < 1000) { current = (current == 0 ? 1 : current) * multiplier; last = Last.Hundred; }
                else { total += (current == 0 ? 1 : current) * multiplier; current = 0; last = Last.Scale; }
            }
            else if (word == words.NumberJoiner && last != Last.None && last != Last.Joiner)
            {
                // "two and a half"
                if (j + 2 < tokens.Count && words.Articles.Contains(tokens[j + 1].Text) && tokens[j + 2].IsWord(words.HalfWord))
                {
                    current += 0.5m;
                    j += 3;
                    break;
                }
                // "one hundred and five", but not "3 and 4" (two numbers in a list)
                if (last is not (Last.Hundred or Last.Scale) || j + 1 >= tokens.Count || !words.Cardinals.ContainsKey(tokens[j + 1].Text)
                    && !words.Ordinals.ContainsKey(tokens[j + 1].Text))
                    break;
                last = Last.Joiner;
            }
            else break;
            j++;
        }
        if (last is Last.None or Last.Joiner) return null;
        return new TokenNumber(total + current, i, j, ordinal);
    }

    private static bool NextIsMultiplier(List<Token> tokens, int j, LanguageWords words) =>
        j < tokens.Count && tokens[j].Kind == TokenKind.Word && words.Multipliers.ContainsKey(tokens[j].Text);

    /// <summary>Which number word may follow which: "twenty one" is one number, "one two" and "twenty thirty" are two.</summary>
    private static bool CanFollow(Last previous, Last next) => previous switch
    {
        Last.None or Last.Joiner => true,
        Last.Unit or Last.Teen or Last.Tens when next == Last.Hundred => true, // "one hundredth"
        Last.Tens => next == Last.Unit,
        Last.Hundred or Last.Scale => next is Last.Unit or Last.Teen or Last.Tens,
        _ => false,
    };
}
