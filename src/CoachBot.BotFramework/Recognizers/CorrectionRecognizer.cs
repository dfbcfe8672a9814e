namespace CoachBot.BotFramework.Recognizers;

/// <summary>
/// A correction of an earlier answer: its kind (the kind of the new value; Text when it names none), the new value,
/// the value it says it replaces if it names one ("June, not May"), and for Text the new words. <see cref="MarkerStart"/>
/// and <see cref="MarkerLength"/> locate the words that made it a correction ("sorry, I meant"), -1/0 when only a
/// "not X" made it one.
/// </summary>
public sealed record RecognizedCorrection(FactKind Kind, RecognizedFact? Value, RecognizedFact? Replaced, string? Text, int MarkerStart, int MarkerLength);

/// <summary>
/// Says whether a message corrects an earlier answer ("actually make that June", "sorry, I meant 4 hours", "no wait,
/// 6", "June instead", "6, not 5") and with what. Pure; the markers come from <c>dialogs/&lt;locale&gt;/recognizers.yaml</c>:
/// <list type="bullet">
/// <item>a strong marker ("I meant", "make that", "scratch that", "correction") makes a correction whatever follows:
/// a value of a kind, or else Text ("sorry, I meant my goal is to lead a team");</item>
/// <item>a weak marker ("actually", "no", "wait", "sorry") only when a value follows with nothing but filler words
/// ("actually, about 5"), so "actually I'm doing fine" stays an answer;</item>
/// <item>a value with a replaced value of the same kind ("6, not 5", "not May but June") is a correction by itself.</item>
/// </list>
/// Which earlier answer it changes is <see cref="TargetOf"/>: the latest of the same kind, otherwise the latest one.
/// </summary>
public static class CorrectionRecognizer
{
    public static RecognizedCorrection? Recognize(string? text, RecognizerPhrases phrases, DateTimeOffset now, TimeZoneInfo zone, string? locale)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (string.IsNullOrWhiteSpace(text)) return null;
        var markers = phrases.Correction;
        var tokens = TextTokenizer.Tokenize(text);
        var plain = tokens.Select(t => t.Text).ToList();
        if (tokens.Count == 0) return null;

        // Leading markers, weak and strong in any order: "actually make that", "no wait, sorry, I meant".
        var p = 0;
        var strong = false;
        while (p < tokens.Count)
        {
            var s = markers.StrongMarkers.MatchAt(plain, p);
            var w = markers.WeakMarkers.MatchAt(plain, p);
            if (s == 0 && w == 0) break;
            strong |= s >= w;
            p += Math.Max(s, w);
        }
        var markerEnd = p;
        var end = markers.TailMarkers.TrimEnd(plain, p, tokens.Count);
        var tail = end < tokens.Count;
        if (p >= end) return null; // markers and nothing else: "sorry", "no wait"

        var restStart = tokens[p].Start;
        var restEnd = tokens[end - 1].End;
        var (value, replaced, negation) = ValueAndReplaced(text, restStart, restEnd, phrases, now, zone, locale);

        int markerStart = -1, markerLength = 0;
        if (markerEnd > 0) (markerStart, markerLength) = (tokens[0].Start, tokens[markerEnd - 1].End - tokens[0].Start);
        else if (tail) (markerStart, markerLength) = (tokens[end].Start, tokens[^1].End - tokens[end].Start);

        if (value is not null)
        {
            var corrects = strong || tail
                || markerEnd > 0 && OnlyFillersBeside(tokens, plain, p, end, value, negation, markers)
                || replaced is not null && replaced.Kind == value.Kind;
            return corrects ? new RecognizedCorrection(value.Kind, value, replaced, null, markerStart, markerLength) : null;
        }
        if (!strong) return null;
        var words = text[restStart..restEnd].Trim(' ', ',', '.', '-', ':', ';');
        return words.Length == 0 ? null : new RecognizedCorrection(FactKind.Text, null, null, words, markerStart, markerLength);
    }

    /// <summary>
    /// The words of a message without its correction markers, leading ("actually", "sorry, I meant", "make it") and
    /// trailing ("instead", "my bad"), and whether it had any: "sorry, I meant London time" is "London time", a correction.
    /// For answers whose kind the fact recognizers do not know (a time zone, a schedule), read by their own reader.
    /// </summary>
    public static string WithoutMarkers(string? text, RecognizerPhrases phrases, out bool corrected)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        corrected = false;
        if (string.IsNullOrWhiteSpace(text)) return "";
        var markers = phrases.Correction;
        var tokens = TextTokenizer.Tokenize(text);
        var plain = tokens.Select(t => t.Text).ToList();
        var p = 0;
        while (p < tokens.Count && Math.Max(markers.StrongMarkers.MatchAt(plain, p), markers.WeakMarkers.MatchAt(plain, p)) is > 0 and var n) p += n;
        var end = markers.TailMarkers.TrimEnd(plain, p, tokens.Count);
        corrected = p > 0 || end < tokens.Count;
        if (!corrected) return text.Trim();
        return p >= end ? "" : text[tokens[p].Start..tokens[end - 1].End].Trim(' ', ',', '.', '-', ':', ';');
    }

    /// <summary>The index of the earlier answer a correction changes: the latest of its kind, otherwise the latest; -1 when there is none.</summary>
    public static int TargetOf(FactKind kind, IReadOnlyList<FactKind> earlierAnswers)
    {
        ArgumentNullException.ThrowIfNull(earlierAnswers);
        for (var k = earlierAnswers.Count - 1; k >= 0; k--)
            if (earlierAnswers[k] == kind) return k;
        return earlierAnswers.Count - 1;
    }

    /// <summary>
    /// The new value and the replaced one in text[start, end): "June not May", "not May but June", "4 hours instead of 5".
    /// The words after a negator up to "but", a comma or the end are the replaced answer; the rest holds the new one.
    /// </summary>
    private static (RecognizedFact? Value, RecognizedFact? Replaced, (int Start, int End)? Negation) ValueAndReplaced(
        string text, int start, int end, RecognizerPhrases phrases, DateTimeOffset now, TimeZoneInfo zone, string? locale)
    {
        var markers = phrases.Correction;
        var part = text[start..end];
        var tokens = TextTokenizer.Tokenize(part);
        var plain = tokens.Select(t => t.Text).ToList();
        for (var n = 0; n < tokens.Count; n++)
        {
            var length = markers.Negators.MatchAt(plain, n);
            if (length == 0) continue;
            var from = n + length;
            var stop = from;
            while (stop < tokens.Count && markers.Contrast.MatchAt(plain, stop) == 0 && !CommaBefore(part, tokens, stop, from)) stop++;
            if (from >= stop) break;
            var negatedStart = tokens[from].Start;
            var negatedEnd = tokens[stop - 1].End;
            var replaced = First(FactRecognizer.RecognizeAll(part[negatedStart..negatedEnd], phrases, now, zone, locale), start + negatedStart);
            var kept = part.ToCharArray();
            var cutEnd = stop < tokens.Count && markers.Contrast.MatchAt(plain, stop) is > 0 and var contrast ? tokens[stop + contrast - 1].End : negatedEnd;
            for (var k = tokens[n].Start; k < cutEnd; k++) kept[k] = ' ';
            var value = First(FactRecognizer.RecognizeAll(new string(kept), phrases, now, zone, locale), start);
            if (value is not null) value = value with { Matched = text.Substring(value.Start, value.Length) };
            // "4 hours instead of 5": the bare number replaced is in the new value's unit.
            if (value is { Kind: FactKind.Hours, Hours: { } hours } && replaced is { Kind: FactKind.Number, Number: { } old })
                replaced = replaced with { Kind = FactKind.Hours, Number = null, Hours = hours with { Hours = old } };
            return (value, replaced, (start + tokens[n].Start, start + cutEnd));
        }
        return (First(FactRecognizer.RecognizeAll(part, phrases, now, zone, locale), start), null, null);
    }

    private static bool CommaBefore(string part, List<Token> tokens, int i, int first) =>
        i > first && part.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).IndexOfAny(',', ';') >= 0;

    /// <summary>The first fact, its positions moved from the part read back into the whole message.</summary>
    private static RecognizedFact? First(IReadOnlyList<RecognizedFact> facts, int offset) => facts.Count == 0 ? null : facts[0] with
    {
        Start = facts[0].Start + offset,
        Date = facts[0].Date is { } date ? date with { Start = date.Start + offset } : null,
    };

    /// <summary>"actually, about 5": beside the value, the negation and the markers stand only words like "about", "I can do".</summary>
    private static bool OnlyFillersBeside(List<Token> tokens, List<string> plain, int from, int end, RecognizedFact value, (int Start, int End)? negation, CorrectionPhrases markers)
    {
        var k = from;
        while (k < end)
        {
            var token = tokens[k];
            var inValue = token.Start >= value.Start && token.End <= value.Start + value.Length;
            var inNegation = negation is { } n && token.Start >= n.Start && token.End <= n.End;
            if (inValue || inNegation) { k++; continue; }
            if (markers.ValueFillers.MatchAt(plain, k, end) is > 0 and var filler) { k += filler; continue; }
            return false;
        }
        return true;
    }
}
