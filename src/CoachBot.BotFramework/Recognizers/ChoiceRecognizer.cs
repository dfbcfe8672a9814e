using System.Runtime.InteropServices;

namespace CoachBot.BotFramework.Recognizers;

/// <summary>
/// Picks choices, in this order of trust:
/// 1. the whole answer is a title or synonym (case, punctuation and spacing ignored): score 1;
/// 2. the answer is a position: "2", "#2", "number 2", "option two", "the second (one)", "2nd", "the last one": score 1;
/// 3. the words of a title or synonym appear in the answer, in order: score = share of the choice's words found
///    times how close together they stand (like Bot Builder's find-choices), so "promoted" finds "Get promoted";
///    words may carry typos ("promtoed", "carrer") as long as the typo distance fits the word's length
///    (<see cref="EditDistance.AllowedFor"/>), and count a little less than exact words.
/// When two different choices score the same best, the answer is ambiguous and nothing is picked (null), so the
/// prompt asks again rather than guessing.
/// </summary>
public static class ChoiceRecognizer
{
    private const double TypoWeight = 0.8;
    private const double PluralWeight = 0.95;

    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, string? locale)
    {
        var words = RecognizerLocale.For(locale).Words;
        var tokens = TextTokenizer.Tokenize(text);
        return tokens.Count == 0 || choices.Count == 0 ? null : Recognize(tokens, choices, words);
    }

    /// <summary>
    /// Several choices from one answer, in the order given, without repeats: items separated by commas, semicolons,
    /// new lines, "&amp;", bullets ("- a", "* b", "• c") or the words "and"/"or"/"plus" ("1, 3 and 4",
    /// "growth and salary"). A title that itself contains "and" still counts when written whole. "all" picks every choice.
    /// </summary>
    public static IReadOnlyList<FoundChoice> RecognizeMany(string? text, IReadOnlyList<Choice> choices, string? locale)
    {
        var words = RecognizerLocale.For(locale).Words;
        var found = new List<FoundChoice>();
        if (string.IsNullOrWhiteSpace(text) || choices.Count == 0) return found;

        var all = TextTokenizer.Tokenize(text);
        if (all.Count > 0 && all.All(t => words.AllChoicesWords.Contains(t.Text)) && all.Any(t => words.AllChoicesHeads.Contains(t.Text)))
            return choices.Select(c => Found(c, 1.0)).ToList();

        var candidates = CandidatesOf(choices);
        foreach (var item in SplitItems(text))
        {
            var tokens = TextTokenizer.Tokenize(item);
            if (tokens.Count == 0) continue;
            if (ExactOrPosition(tokens, choices, candidates, words) is { } whole) { Add(found, whole); continue; }

            var before = found.Count;
            foreach (var part in SplitOnJoiners(tokens, words))
            {
                if (PositionsIn(part, choices.Count, words, allowMany: true) is { Count: > 0 } positions)
                    foreach (var index in positions) Add(found, Found(choices[index], 1.0));
                else if ((ExactOrPosition(part, choices, candidates, words) ?? BestByWords(part, choices, candidates, words)) is { } partChoice)
                    Add(found, partChoice);
            }
            if (found.Count == before && BestByWords(tokens, choices, candidates, words) is { } partial) Add(found, partial);
        }
        return found;
    }

    /// <summary>
    /// Only when the whole answer is a title or synonym (case, punctuation and spacing ignored): for reading a button
    /// press outside a prompt, where "2" or a word inside a sentence must not count as a pick.
    /// </summary>
    public static FoundChoice? RecognizeExact(string? text, IReadOnlyList<Choice> choices)
    {
        var said = TextTokenizer.Tokenize(text).ConvertAll(t => t.Text);
        if (said.Count == 0) return null;
        foreach (var choice in choices)
            foreach (var candidate in WordsOf(choice))
                if (candidate.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(said))) return Found(choice, 1.0);
        return null;
    }

    private static FoundChoice Found(Choice choice, double score) => new(choice.Key, choice.Title, score);

    private static void Add(List<FoundChoice> found, FoundChoice choice)
    {
        if (!found.Exists(f => f.Key == choice.Key)) found.Add(choice);
    }

    private static FoundChoice? Recognize(List<Token> tokens, IReadOnlyList<Choice> choices, LanguageWords words)
    {
        var candidates = CandidatesOf(choices);
        return ExactOrPosition(tokens, choices, candidates, words) ?? BestByWords(tokens, choices, candidates, words);
    }

    private static List<string[]>[] CandidatesOf(IReadOnlyList<Choice> choices)
    {
        var candidates = new List<string[]>[choices.Count];
        for (var i = 0; i < choices.Count; i++) candidates[i] = WordsOf(choices[i]);
        return candidates;
    }

    /// <summary>The whole answer is a title or synonym, or names one position.</summary>
    private static FoundChoice? ExactOrPosition(List<Token> tokens, IReadOnlyList<Choice> choices, List<string[]>[] candidates, LanguageWords words)
    {
        var said = tokens.ConvertAll(t => t.Text);
        for (var i = 0; i < choices.Count; i++)
            foreach (var candidate in candidates[i])
                if (candidate.AsSpan().SequenceEqual(CollectionsMarshal.AsSpan(said)))
                    return Found(choices[i], 1.0);

        return PositionsIn(tokens, choices.Count, words, allowMany: false) is [var index]
            ? Found(choices[index], 1.0)
            : null;
    }

    /// <summary>The choice whose words the answer holds best; null when none or when two choices tie.</summary>
    private static FoundChoice? BestByWords(List<Token> tokens, IReadOnlyList<Choice> choices, List<string[]>[] candidates, LanguageWords words)
    {
        var bestIndex = -1;
        double best = 0, secondBest = 0;
        for (var i = 0; i < choices.Count; i++)
        {
            var score = 0.0;
            foreach (var candidate in candidates[i]) score = Math.Max(score, TokenScore(tokens, candidate, words));
            if (score > best) { secondBest = best; best = score; bestIndex = i; }
            else if (score > secondBest) secondBest = score;
        }
        if (bestIndex < 0 || best - secondBest < 1e-9) return null;
        return Found(choices[bestIndex], Math.Round(best, 3));
    }

    /// <summary>The title and synonyms of a choice as word lists, the way the tokenizer reads the user's text.</summary>
    private static List<string[]> WordsOf(Choice choice)
    {
        var list = new List<string[]>(1 + (choice.Synonyms?.Count ?? 0)) { TextTokenizer.Tokenize(choice.Title).Select(t => t.Text).ToArray() };
        if (choice.Synonyms is not null)
            foreach (var synonym in choice.Synonyms) list.Add(TextTokenizer.Tokenize(synonym).Select(t => t.Text).ToArray());
        list.RemoveAll(words => words.Length == 0);
        return list;
    }

    /// <summary>
    /// Choice positions named by the answer ("2", "number 2", "the second one", "the last one"); null when the answer
    /// says anything else. With allowMany, "1 3 4" names three; without, only one position is accepted.
    /// </summary>
    private static List<int>? PositionsIn(List<Token> tokens, int count, LanguageWords words, bool allowMany)
    {
        List<int>? positions = null;
        var lastWasOrdinal = false;
        var i = 0;
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (NumberReader.ReadAt(tokens, i, words) is { } number && !(lastWasOrdinal && words.ChoiceIndexFillers.Contains(token.Text))) // "the second one"
            {
                if (number.Value != decimal.Truncate(number.Value) || number.Value < 1 || number.Value > count) return null;
                if (positions is { Count: > 0 } && !allowMany) return null;
                (positions ??= []).Add((int)number.Value - 1);
                lastWasOrdinal = number.IsOrdinal;
                i = number.End;
                continue;
            }
            if (words.LastChoiceWords.Contains(token.Text))
            {
                if (positions is { Count: > 0 } && !allowMany) return null;
                (positions ??= []).Add(count - 1);
                lastWasOrdinal = true;
            }
            else if (!words.ChoiceIndexFillers.Contains(token.Text)) return null;
            i++;
        }
        return positions;
    }

    /// <summary>
    /// How well the choice's words appear, in order, in the answer: the share of its meaningful words found, times the
    /// share of the answer's stretch between the first and last found word that they fill (gaps cost).
    /// </summary>
    private static double TokenScore(List<Token> tokens, string[] choiceWords, LanguageWords words)
    {
        var meaningful = choiceWords.Where(w => !words.StopWords.Contains(w)).ToArray();
        if (meaningful.Length == 0) meaningful = choiceWords;

        double matched = 0;
        var found = 0;
        int first = -1, last = -1, next = 0;
        foreach (var word in meaningful)
        {
            for (var i = next; i < tokens.Count; i++)
            {
                var weight = Similarity(tokens[i].Text, word, words);
                if (weight <= 0) continue;
                matched += weight;
                found++;
                if (first < 0) first = i;
                last = i;
                next = i + 1;
                break;
            }
        }
        if (found == 0) return 0;
        var stretch = tokens.Skip(first).Take(last - first + 1).Count(t => !words.StopWords.Contains(t.Text));
        var completeness = matched / meaningful.Length;
        var closeness = (double)found / Math.Max(found, stretch);
        return completeness * closeness;
    }

    /// <summary>"goals" of "goal": <paramref name="plural"/> is <paramref name="one"/> with a plural ending (words.pluralEndings).</summary>
    private static bool IsPluralOf(string one, string plural, LanguageWords words)
    {
        foreach (var ending in words.PluralEndings)
            if (plural.Length == one.Length + ending.Length && plural.StartsWith(one, StringComparison.Ordinal) && plural.EndsWith(ending, StringComparison.Ordinal))
                return true;
        return false;
    }

    private static double Similarity(string said, string word, LanguageWords words)
    {
        if (said == word) return 1;
        if (said.Length > 3 && word.Length > 3 && (IsPluralOf(said, word, words) || IsPluralOf(word, said, words))) return PluralWeight;
        var allowed = EditDistance.AllowedFor(Math.Min(said.Length, word.Length));
        return allowed > 0 && char.IsLetter(said[0]) && EditDistance.Between(said, word, allowed) <= allowed ? TypoWeight : 0;
    }

    /// <summary>Items of a list answer: lines (bullets removed), then commas, semicolons and ampersands.</summary>
    private static IEnumerable<string> SplitItems(string text)
    {
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim().TrimStart('-', '*', '•', '·', '–', '—', '>').Trim();
            foreach (var item in line.Split([',', ';', '&', '+', '•', '·'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                yield return item;
        }
    }

    private static IEnumerable<List<Token>> SplitOnJoiners(List<Token> tokens, LanguageWords words)
    {
        var part = new List<Token>();
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Word && words.ListJoiners.Contains(token.Text))
            {
                if (part.Count > 0) yield return part;
                part = [];
            }
            else part.Add(token);
        }
        if (part.Count > 0) yield return part;
    }
}
