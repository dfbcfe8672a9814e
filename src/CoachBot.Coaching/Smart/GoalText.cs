using System.Text;

namespace CoachBot.Coaching.Smart;

/// <summary>What a message given as a goal turned out to be. Only <see cref="Goal"/> is read further.</summary>
public enum GoalTextKind
{
    /// <summary>A goal (perhaps vague, perhaps SMART already).</summary>
    Goal,
    /// <summary>Nothing left once hedges and fillers are dropped ("idk", "lol").</summary>
    Empty,
    /// <summary>Keyboard mash and the like ("asdf", "sdfsdf jjjj").</summary>
    Gibberish,
    /// <summary>Markup or code with no goal in it ("&lt;script&gt;...", "```").</summary>
    Markup,
    /// <summary>Small talk: a greeting, thanks, "ok".</summary>
    Greeting,
    /// <summary>"yeah that's my goal", "same as before": keep the goal we had.</summary>
    KeepGoal,
    /// <summary>Only a question ("what would you suggest?"): never taken as a goal or a measure.</summary>
    Question,
    /// <summary>Written in another language.</summary>
    OtherLanguage,
}

/// <summary>
/// A message read as the person means it: markup removed, questions set aside, hedges and fillers ("maybe like",
/// "I guess", "lol") dropped, and what kind of message it is. <see cref="Cleaned"/> is what the rest of the reading
/// works on, so no hedge, question or markup can reach a statement or a step.
/// </summary>
/// <param name="Kind">Goal, or why it is not one.</param>
/// <param name="Cleaned">The goal without markup, questions, hedges and fillers; empty when there is none.</param>
/// <param name="Dropped">The hedges and fillers dropped, as written (the reading is less sure when many were).</param>
/// <param name="HadQuestion">True when a question was set aside (the dialog answers it, or asks again).</param>
public sealed record GoalText(GoalTextKind Kind, string Cleaned, IReadOnlyList<string> Dropped, bool HadQuestion)
{
    public bool IsGoal => Kind == GoalTextKind.Goal;

    public static GoalText Read(string? text, GoalVocabulary? vocabulary = null)
    {
        var words = vocabulary ?? GoalVocabulary.Default;
        var raw = text ?? "";
        if (raw.Length > GoalReading.MaxLength) raw = raw[..GoalReading.MaxLength];
        var hadMarkup = LooksLikeMarkup(raw);
        var tidy = Normalize(SmartStatement.Tidy(WithoutCode(raw), keepLines: true), words);
        var unsure = false;

        var dropped = new List<string>();
        var hadQuestion = false;
        var kept = new List<string>();
        foreach (var sentence in Sentences(tidy))
        {
            var sentenceWords = GoalWords.Split(sentence);
            if (sentenceWords.Count == 0) continue;
            if (IsQuestion(sentence, sentenceWords, words))
            {
                hadQuestion = true;
                continue;
            }
            if (sentence.TrimEnd().EndsWith('?')) unsure = true;
            var cleaned = DropHedges(sentence, sentenceWords, words, dropped);
            if (GoalWords.Split(cleaned).Count > 0) kept.Add(cleaned);
        }
        var result = TidyPunctuation(string.Join(". ", kept.Select(s => s.TrimEnd('.', ' '))));
        var resultWords = GoalWords.Split(result);

        var kind = resultWords.Count == 0
            ? hadQuestion ? GoalTextKind.Question : hadMarkup ? GoalTextKind.Markup : Gibberish(raw, words) ? GoalTextKind.Gibberish : GoalTextKind.Empty
            : Classify(raw, result, resultWords, words, hadMarkup);
        return new GoalText(kind, kind == GoalTextKind.Goal ? result : "", dropped, hadQuestion || unsure && kind == GoalTextKind.Goal);
    }

    private static GoalTextKind Classify(string raw, string result, List<GoalWord> resultWords, GoalVocabulary words, bool hadMarkup)
    {
        if (GoalVocabulary.IsExactly(resultWords, words.KeepGoal)) return GoalTextKind.KeepGoal;
        if (AllGreetings(resultWords, words)) return GoalTextKind.Greeting;
        if (IsOtherLanguage(raw, resultWords, words)) return GoalTextKind.OtherLanguage;
        if (resultWords.All(w => IsJunk(w, result, words))) return hadMarkup ? GoalTextKind.Markup : GoalTextKind.Gibberish;
        // Only wishes and small words left ("my goal:" of a template never filled in).
        if (resultWords.All(w => words.Smart.StopWords.Contains(w.Text))) return hadMarkup ? GoalTextKind.Markup : GoalTextKind.Empty;
        return GoalTextKind.Goal;
    }

    // ---- markup ----

    private static bool LooksLikeMarkup(string raw)
    {
        if (raw.Contains("://", StringComparison.Ordinal) || raw.Contains("www.", StringComparison.OrdinalIgnoreCase) || raw.Contains('[') && raw.Contains(']')) return true;
        for (var i = 0; i + 1 < raw.Length; i++)
            if (raw[i] == '<' && (char.IsLetter(raw[i + 1]) || raw[i + 1] is '/' or '!')) return true;
        var trimmed = raw.TrimStart();
        return raw.Contains("```", StringComparison.Ordinal) || trimmed.StartsWith('{') && raw.Contains(':') && raw.TrimEnd().EndsWith('}');
    }

    /// <summary>The HTML elements whose content is code, not text.</summary>
    private static readonly string[] CodeTags = ["script", "style"]; // markup, not words

    /// <summary>Script and style blocks, code fences and JSON carry no goal: their content goes with the tags.</summary>
    private static string WithoutCode(string raw)
    {
        var text = raw;
        foreach (var tag in CodeTags)
        {
            for (var open = text.IndexOf("<" + tag, StringComparison.OrdinalIgnoreCase); open >= 0; open = text.IndexOf("<" + tag, StringComparison.OrdinalIgnoreCase))
            {
                var close = text.IndexOf("</" + tag, open, StringComparison.OrdinalIgnoreCase);
                var end = close < 0 ? text.Length : Math.Max(close, text.IndexOf('>', close) + 1);
                text = text[..open] + " " + text[end..];
            }
        }
        for (var open = text.IndexOf("```", StringComparison.Ordinal); open >= 0; open = text.IndexOf("```", StringComparison.Ordinal))
        {
            var close = text.IndexOf("```", open + 3, StringComparison.Ordinal);
            text = text[..open] + " " + (close < 0 ? "" : text[(close + 3)..]);
        }
        // Links and placeholders ("[insert goal here]") carry no goal either.
        text = string.Join(' ', text.Split(' ').Where(w => !w.Contains("://", StringComparison.Ordinal) && !w.StartsWith("www.", StringComparison.OrdinalIgnoreCase)));
        for (var open = text.IndexOf('['); open >= 0 && text.IndexOf(']', open) is var close and > 0; open = text.IndexOf('['))
            text = text[..open] + " " + text[(close + 1)..];
        var trimmed = text.Trim();
        if (trimmed.StartsWith('{') && trimmed.EndsWith('}') && trimmed.Contains(':')) return "";
        return text;
    }

    // ---- normalizing ----

    /// <summary>Typed shorthand spelled out, curly quotes straightened, emoji and repeated punctuation squeezed.</summary>
    private static string Normalize(string text, GoalVocabulary vocabulary)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var c = rune.Value;
            if (c is 0x2019 or 0x2018) sb.Append('\'');
            else if (c is 0x201C or 0x201D) sb.Append('"');
            else if (c is 0x2013 or 0x2014) sb.Append(" - ");
            else if (c == 0x2026) sb.Append('.');
            else if (Rune.IsLetterOrDigit(rune) || Rune.IsWhiteSpace(rune) || c < 0x80 && (char.IsPunctuation((char)c) || char.IsSymbol((char)c))) sb.Append(rune.ToString());
            else sb.Append(' '); // emoji and pictographs
        }
        var s = sb.ToString();
        // "!!!" -> "!", "??" -> "?", ".." -> "."
        var squeezed = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '!' or '?' or '.' or ',' or ';' && squeezed.Length > 0 && squeezed[^1] == c) continue;
            squeezed.Append(c);
        }
        var words = GoalWords.Split(squeezed.ToString());
        var result = squeezed.ToString();
        // Right to left, so the spans of earlier words stay valid.
        for (var i = words.Count - 1; i >= 0; i--)
        {
            var w = words[i];
            // "gonna" -> "going to" always; "ill" only before a word ("ill 3 days" stays); "id" only before "like", "love".
            var smart = vocabulary.Smart;
            var replacement = smart.TypedShortForms.TryGetValue(w.Text, out var full) ? full
                : i + 1 < words.Count && !words[i + 1].IsNumber && smart.TypedShortFormsBeforeAWord.TryGetValue(w.Text, out full) ? full
                : i + 1 < words.Count && smart.IdBefore.Contains(words[i + 1].Text) && smart.TypedShortFormsBeforeIdBefore.TryGetValue(w.Text, out full) ? full
                : null;
            if (replacement is null) continue;
            if (char.IsUpper(result[w.Start]) && !replacement.StartsWith('I')) replacement = char.ToUpperInvariant(replacement[0]) + replacement[1..];
            result = result[..w.Start] + replacement + result[w.End..];
        }
        return result;
    }

    /// <summary>Sentences at . ! ? ; and line breaks, never inside a number ("7.5") or a name ("Node.js").</summary>
    private static IEnumerable<string> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c is '!' or '?' or ';' or '\n'
                || c == '.' && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1])) && !(i > 0 && char.IsDigit(text[i - 1]) && i + 1 < text.Length && char.IsDigit(text[i + 1]));
            if (!end) continue;
            yield return text[start..(i + 1)];
            start = i + 1;
        }
        if (start < text.Length) yield return text[start..];
    }

    // ---- questions ----

    /// <summary>
    /// "what would you suggest?", "how do I get promoted", "can you help me": a question mark, or a question word followed
    /// by an auxiliary, or an auxiliary followed by a pronoun. "What I want is to lead a team" is no question.
    /// </summary>
    internal static bool IsQuestion(string sentence, List<GoalWord> words, GoalVocabulary vocabulary)
    {
        var first = words[0].Text;
        var second = words.Count > 1 ? words[1].Text : "";
        if (sentence.TrimEnd().EndsWith('?') && (vocabulary.QuestionWords.Contains(first) || vocabulary.QuestionAuxiliaries.Contains(first))) return true;
        if (vocabulary.QuestionWords.Contains(first) && (vocabulary.QuestionAuxiliaries.Contains(second) || vocabulary.Smart.QuestionWordTails.Contains(second) || first.EndsWith("'s", StringComparison.Ordinal)))
            return true;
        if (vocabulary.QuestionAuxiliaries.Contains(first) && vocabulary.Smart.QuestionSubjects.Contains(second))
            return true;
        // "ummm I want to be a UX designer? maybe??" is a goal said unsurely, not a question: a question mark makes a
        // question only of a sentence with no goal in it ("something in tech?" stays a vague goal).
        return false;
    }

    // ---- hedges ----

    /// <summary>The sentence without hedges and fillers; "like" goes only where it is a filler (not "I'd like to").</summary>
    private static string DropHedges(string sentence, List<GoalWord> words, GoalVocabulary vocabulary, List<string> dropped)
    {
        var drop = new bool[words.Count];
        var i = 0;
        // Openers ("so", "ok", "well") at the start carry nothing.
        while (i < words.Count && GoalVocabulary.MatchAt(words, i, vocabulary.Openers) is var n && n > 0 && i + n < words.Count)
        {
            for (var k = 0; k < n; k++) drop[i + k] = true;
            i += n;
        }
        for (i = 0; i < words.Count; i++)
        {
            if (drop[i]) continue;
            var n = GoalVocabulary.MatchAt(words, i, vocabulary.Hedges);
            if (n == 0 && IsFillerSound(words[i].Text)) n = 1;
            if (n == 0) continue;
            if (n == 1 && vocabulary.Smart.FillersOnlyAlone.Contains(words[i].Text) && !IsFillerLike(words, i, vocabulary)) continue;
            for (var k = 0; k < n; k++) drop[i + k] = true;
            i += n - 1;
        }
        if (!drop.Any(d => d)) return sentence;

        var sb = new StringBuilder(sentence.Length);
        var position = 0;
        for (var k = 0; k < words.Count; k++)
        {
            if (!drop[k]) continue;
            var runStart = k;
            while (k + 1 < words.Count && drop[k + 1]) k++;
            sb.Append(sentence, position, words[runStart].Start - position);
            dropped.Add(sentence[words[runStart].Start..words[k].End]);
            position = words[k].End;
            // A comma right after a dropped hedge goes with it ("honestly, I want...").
            while (position < sentence.Length && sentence[position] is ',' or ' ') position++;
            sb.Append(' ');
        }
        sb.Append(sentence, position, sentence.Length - position);
        return TidyPunctuation(sb.ToString());
    }

    /// <summary>"ummm", "hmmm", "errr", "ahhh", "uhhh": a sound, however many letters it is typed with.</summary>
    private static bool IsFillerSound(string w) =>
        w.Length >= 2 && (w.TrimStart('u').Trim('m').Length == 0 && w.Contains('u') && w.Contains('m')
            || w.TrimStart('h').Trim('m').Length == 0 && w.Contains('m') || w.TrimStart('e').Trim('r', 'm').Length == 0 && w.Contains('r')
            || w.TrimStart('a').Trim('h').Length == 0 && w.Contains('h') || w.TrimStart('u').Trim('h').Length == 0 && w.Contains('h'));

    private static bool IsFillerLike(List<GoalWord> words, int at, GoalVocabulary vocabulary) => at == 0 || !vocabulary.Smart.KeepsLike.Contains(words[at - 1].Text);

    /// <summary>Spaces and commas left behind by dropped words: no " ,", ",,", leading commas or double spaces.</summary>
    internal static string TidyPunctuation(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == ' ' && (sb.Length == 0 || sb[^1] == ' ')) continue;
            if (c is ',' or '.' or ';' or ':' or '!' or '?')
            {
                while (sb.Length > 0 && sb[^1] == ' ') sb.Length--;
                if (sb.Length == 0) continue;
                if (sb[^1] is ',' or ';' or ':' && c is ',' or ';' or ':' or '.') { sb[^1] = c == ',' ? sb[^1] : c; continue; }
                if (sb[^1] is '.' or '!' or '?' && c is ',' or '.') continue;
            }
            sb.Append(c);
        }
        return sb.ToString().Trim().TrimStart(',', ';', ':', '-', ' ').Trim();
    }

    // ---- kinds ----

    private static bool AllGreetings(List<GoalWord> words, GoalVocabulary vocabulary)
    {
        for (var i = 0; i < words.Count;)
        {
            var n = GoalVocabulary.MatchAt(words, i, vocabulary.Greetings);
            if (n == 0) return false;
            i += n;
        }
        return true;
    }

    private static bool IsOtherLanguage(string raw, List<GoalWord> words, GoalVocabulary vocabulary)
    {
        var foreign = words.Count(w => vocabulary.OtherLanguage.Contains(w.Text) && !vocabulary.Smart.EnglishFunctionWords.Contains(w.Text));
        var english = words.Count(w => vocabulary.Smart.EnglishFunctionWords.Contains(w.Text));
        var accented = raw.Any(c => "ñáéíóúüöäßèàçãõêâôìò".Contains(char.ToLowerInvariant(c)));
        return foreign >= 2 && foreign > english || accented && foreign >= 1 && english <= 1;
    }

    /// <summary>The whole text reads as keyboard mash (used when nothing else was left).</summary>
    private static bool Gibberish(string raw, GoalVocabulary vocabulary)
    {
        var words = GoalWords.Split(raw);
        return words.Count > 0 && words.All(w => IsJunk(w, raw, vocabulary));
    }

    /// <summary>
    /// A word no one writes on purpose: a run of four keys along a keyboard row ("asdf", "poiu"), the same letter three
    /// times ("aaaa"), four letters without a vowel that are not an acronym in capitals ("xkcd" but not "HTML"), or
    /// letters and digits mixed ("a1b2").
    /// </summary>
    internal static bool IsJunk(GoalWord word, string text, GoalVocabulary vocabulary)
    {
        var w = word.Text;
        if (word.IsNumber) return false;
        if (w.Any(char.IsDigit) && w.Any(char.IsLetter)) return true;
        for (var i = 0; i + 2 < w.Length; i++)
            if (w[i] == w[i + 1] && w[i] == w[i + 2]) return true;
        foreach (var row in vocabulary.Smart.KeyboardRows)
        {
            var reversed = new string(row.Reverse().ToArray());
            for (var i = 0; i + 4 <= w.Length; i++)
            {
                var piece = w.Substring(i, 4);
                if (row.Contains(piece, StringComparison.Ordinal) || reversed.Contains(piece, StringComparison.Ordinal)) return true;
            }
        }
        // "asdasd", "jkljkl": a short keyboard run typed again and again.
        for (var unit = 2; unit <= 4 && unit * 2 <= w.Length; unit++)
        {
            if (w.Length % unit != 0) continue;
            var piece = w[..unit];
            if (Enumerable.Range(0, w.Length / unit).All(k => w.Substring(k * unit, unit) == piece)
                && (unit >= 3 && vocabulary.Smart.KeyboardRows.Any(r => r.Contains(piece, StringComparison.Ordinal)) || !piece.Any(c => "aeiouy".Contains(c))))
                return true;
        }
        var written = text.Substring(word.Start, word.Length);
        var acronym = written.Length > 1 && written.All(c => char.IsUpper(c) || c is '#' or '+');
        return w.Length >= 4 && !acronym && !w.Any(c => "aeiouy".Contains(c));
    }
}
