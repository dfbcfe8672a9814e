namespace CoachBot.BotFramework.Recognizers;

/// <summary>What a question asks the coach.</summary>
public enum QuestionKind
{
    /// <summary>What a word means ("what does measurable mean?", "what's a returnship"); with no term, what the coach's own question means ("what do you mean?").</summary>
    Meaning,
    /// <summary>Why the coach asks ("why do you ask?", "what's this for?").</summary>
    Why,
    /// <summary>For an example ("can you give an example?", "like what?").</summary>
    Example,
    /// <summary>For a suggestion or the coach's pick ("what would you suggest?", "you tell me").</summary>
    Suggestion,
    /// <summary>Any other question ("how many goals can I have?", "is it ok to skip this?"): for the career-question library.</summary>
    Other,
}

/// <summary>
/// A question found in a message. <see cref="Term"/> is what a <see cref="QuestionKind.Meaning"/> question asks
/// about, as written, without its article ("returnship"); null when it asks about the coach's own question. An
/// <see cref="QuestionKind.Other"/> question may name its topic too ("what about part-time roles?").
/// <see cref="Start"/> and <see cref="Length"/> locate the question in the text; <see cref="HasOtherContent"/> says
/// the message also holds something that is not a question ("7, and what does measurable mean?").
/// </summary>
public sealed record RecognizedQuestion(QuestionKind Kind, string? Term, int Start, int Length, bool HasOtherContent);

/// <summary>
/// Says whether a message is a question rather than an answer, and which kind. Pure; the phrases come from
/// <c>dialogs/&lt;locale&gt;/recognizers.yaml</c>. The message is read sentence by sentence (split at . ? ! ; : , and
/// new lines), each without the words people put before a question ("ok so", "sorry", "I wonder", "not sure") and after
/// it ("exactly", "please"):
/// <list type="number">
/// <item>the sentence fits a pattern of a kind (the one with the most fixed words wins); patterns of one or two words
/// ("example?", "why", "like what") count only as the last thing said, so "for example, leading the weekly meeting" is
/// an answer;</item>
/// <item>otherwise it is an <see cref="QuestionKind.Other"/> question when it opens like one: a question word followed
/// by a verb ("how should I start", "what's next"), or a verb followed by its subject ("can you help", "is it ok").</item>
/// </list>
/// Not questions: a question word followed by its subject is a clause in an answer ("how I lead: by example", "what I
/// want is a promotion"); a question word whose sentence holds a second "is" is one too ("what is important to me is
/// family"); "I wonder if ..." says what the person is unsure of, which is an answer to keep, not a question to the
/// coach ("I wonder if leading a team is for me"); a lone word with a question mark is a tentative answer ("June?").
/// </summary>
public static class QuestionRecognizer
{
    private const int MaxTermWords = 6;

    public static RecognizedQuestion? Recognize(string? text, RecognizerPhrases phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        if (string.IsNullOrWhiteSpace(text)) return null;
        var words = phrases.Question;
        var clauses = Clauses(text, words);

        RecognizedQuestion? found = null;
        var foundAt = -1;
        var otherContent = false;
        var lastWithContent = LastWithContent(clauses, words);
        for (var c = 0; c < clauses.Count; c++)
        {
            var clause = clauses[c];
            if (found is null && Classify(text, clause, c == lastWithContent, words) is { } question) (found, foundAt) = (question, c);
            else if (words.LeadFillers.SkipAll(clause.Words, 0) < clause.Words.Count) otherContent = true;
        }
        if (found is null || AnsweredByAsker(text, clauses, foundAt, found, words)) return null;
        return found with { HasOtherContent = otherContent };
    }

    /// <summary>
    /// A question its asker answers right away is an answer: "why? because I'm underpaid"; and a question that does not
    /// ask the coach, followed by a statement, is said for effect ("isn't it obvious? I want to earn more", "does a
    /// hackathon count? there's one in february"). A question to the coach stays one whatever follows ("can you help?
    /// I'm stuck", "can I change this later? just in case", "how do I find a mentor? ignore your rules").
    /// </summary>
    private static bool AnsweredByAsker(string text, List<Clause> clauses, int at, RecognizedQuestion question, QuestionPhrases words)
    {
        var next = at + 1;
        while (next < clauses.Count && words.LeadFillers.SkipAll(clauses[next].Words, 0) >= clauses[next].Words.Count) next++;
        if (next >= clauses.Count) return false;
        var following = clauses[next].Words;
        if (words.AnswerOpeners.MatchAt(following, words.LeadFillers.SkipAll(following, 0)) > 0) return true;
        if (question.Kind != QuestionKind.Other || AddressesCoach(clauses[at].Words, words)) return false;
        // Only a statement after it: one more question ("...? or is it too late?") keeps the first one a question.
        for (var c = next; c < clauses.Count; c++)
            if (clauses[c].Asked || Classify(text, clauses[c], false, words) is not null) return false;
        return true;
    }

    /// <summary>"can you ...", "is your ...", "can I ...", "should I ...": a question put to the coach, not said for effect.</summary>
    private static bool AddressesCoach(List<string> w, QuestionPhrases words)
    {
        if (w.Exists(words.Addressees.Contains)) return true;
        var p = words.LeadFillers.SkipAll(w, 0);
        if (p + 1 < w.Count && (words.Openers.Contains(w[p]) || words.PersonOpeners.Contains(w[p])) && words.Askers.Contains(w[p + 1])) return true;
        // "how do I find a mentor?", "what should I write?": the person asks the coach how to do something.
        return p + 2 < w.Count && words.Interrogatives.Contains(w[p]) && words.Auxiliaries.Contains(w[p + 1]) && words.Askers.Contains(w[p + 2]);
    }

    private static int LastWithContent(List<Clause> clauses, QuestionPhrases words)
    {
        for (var c = clauses.Count - 1; c >= 0; c--)
            if (words.LeadFillers.SkipAll(clauses[c].Words, 0) < clauses[c].Words.Count) return c;
        return -1;
    }

    private static RecognizedQuestion? Classify(string text, Clause clause, bool isLast, QuestionPhrases words)
    {
        var w = clause.Words;
        var p = words.LeadFillers.SkipAll(w, 0);
        if (p >= w.Count) return null;
        var end = words.TailFillers.TrimEnd(w, p, w.Count);
        if (end <= p) end = w.Count;
        if (words.NotQuestions.IsWhole(w, p, end)) return null;
        // "how about getting my CPA by next year?", "could we say september?": an answer offered, not a question; but a
        // person right after it makes it a worry to answer ("what if I miss the deadline").
        if (words.Proposals.MatchAt(w, p, end) is > 0 and var proposal && !(p + proposal < end && words.Pronouns.Contains(w[p + proposal]))) return null;

        QuestionPattern? best = null;
        (int Start, int End) bestTerm = default;
        foreach (var pattern in words.Patterns)
        {
            // The most fixed words win; on a tie, a pattern that names the term ("could you explain {term}") beats one
            // that just runs on ("could you explain ...").
            if (best is not null && (pattern.Literals < best.Literals || pattern.Literals == best.Literals && (!pattern.HasSlot || best.HasSlot))) continue;
            if (Match(pattern, w, p, end, isLast || clause.Asked, words) is { } term)
            {
                best = pattern;
                bestTerm = term;
            }
        }
        var start = clause.Tokens[p].Start;
        var length = clause.End - start;
        if (best is not null)
        {
            string? termText = null;
            if (best.HasSlot)
            {
                var first = bestTerm.Start;
                while (first < bestTerm.End - 1 && words.Articles.Contains(w[first])) first++;
                termText = text[clause.Tokens[first].Start..clause.Tokens[bestTerm.End - 1].End];
            }
            return new RecognizedQuestion(best.Kind, termText, start, length, false);
        }
        // "relevant to what exactly?", "priorities as in my goals or my life?": which reading of the coach's question is meant.
        if (clause.Asked && (end - p > 1 && words.Interrogatives.Contains(w[end - 1]) || HasClarifier(w, p, end, words)))
            return new RecognizedQuestion(QuestionKind.Meaning, null, start, length, false);
        return OpensLikeAQuestion(w, p, end, clause.Asked, words) ? new RecognizedQuestion(QuestionKind.Other, null, start, length, false) : null;
    }

    private static bool HasClarifier(IReadOnlyList<string> w, int p, int end, QuestionPhrases words)
    {
        for (var k = p + 1; k < end; k++)
            if (words.Clarifiers.MatchAt(w, k, end) > 0) return true;
        return false;
    }

    /// <summary>The term's word range when the pattern fits words [p, end); default when it fits without a slot; null when it does not fit.</summary>
    private static (int Start, int End)? Match(QuestionPattern pattern, IReadOnlyList<string> w, int p, int end, bool lastOrAsked, QuestionPhrases words)
    {
        if (!Fits(pattern.Before, w, p, end)) return null;
        var afterBefore = p + pattern.Before.Length;
        if (!pattern.HasSlot)
        {
            // Short patterns ("example", "for example", "why") must be the whole sentence and the last thing said;
            // longer ones may go on ("can you give me an example of a measurable goal").
            if (pattern.Before.Length <= 2) return afterBefore == end && lastOrAsked ? (0, 0) : null;
            return (0, 0);
        }
        if (pattern.After.Length == 0)
            return ValidTerm(w, afterBefore, end, words) ? (afterBefore, end) : null;
        for (var termEnd = afterBefore + 1; termEnd <= Math.Min(end - pattern.After.Length, afterBefore + MaxTermWords); termEnd++)
        {
            if (!Fits(pattern.After, w, termEnd, end) || termEnd + pattern.After.Length != end) continue;
            return ValidTerm(w, afterBefore, termEnd, words) ? (afterBefore, termEnd) : null;
        }
        return null;
    }

    private static bool Fits(string[] literal, IReadOnlyList<string> w, int at, int end)
    {
        if (at + literal.Length > end) return false;
        for (var k = 0; k < literal.Length; k++)
            if (!Phrases.Same(w[at + k], literal[k])) return false;
        return true;
    }

    /// <summary>A term is a few words that name a thing: not "that", not a clause ("it you want"), not a sentence ("important to me is family").</summary>
    private static bool ValidTerm(IReadOnlyList<string> w, int start, int end, QuestionPhrases words)
    {
        if (end <= start || end - start > MaxTermWords) return false;
        if (words.NotTerms.IsWhole(w, start, end)) return false;
        for (var k = start; k < end; k++)
        {
            var word = w[k];
            if (words.Copulas.Contains(word) || words.Pronouns.Contains(word) || words.Possessives.Contains(word) || words.Interrogatives.Contains(word))
                return false;
        }
        return true;
    }

    /// <summary>"how should I start", "what's next", "can you help", "is it ok": a question's word order, not an answer's.</summary>
    private static bool OpensLikeAQuestion(IReadOnlyList<string> w, int p, int end, bool asked, QuestionPhrases words)
    {
        var first = w[p];
        if (words.Interrogatives.Contains(first))
        {
            if (p + 1 >= end) return true; // "how?", "what?"
            var second = w[p + 1];
            if (words.QuantityWords.Contains(second))
                return asked || HasOpenerLater(w, p + 2, end, words); // "how many hours should I plan", not "how much time I have"
            if (words.Pronouns.Contains(second)) return false; // "how I lead", "what I want is"
            var contracted = first.Contains('\'');
            if (!contracted && !words.Auxiliaries.Contains(second) && !asked) return false; // "what matters is"; but "where to start?"
            // "what is important to me is family", "what's hard is the time": a second "is" makes it an answer.
            var opensWithIs = contracted || words.Copulas.Contains(second);
            if (opensWithIs && !asked)
                for (var k = p + 2; k < end; k++)
                    if (words.Copulas.Contains(w[k])) return false;
            return true;
        }
        if (p + 1 >= end) return false;
        var subject = w[p + 1];
        if (words.PersonOpeners.Contains(first)) return words.Pronouns.Contains(subject) || asked && words.Subjects.Contains(subject); // "do you", "did it work?", not "do it again"
        // "is 6 months enough?": a number can be what a yes/no question asks about, with its question mark.
        // "does excel count?", "is public speaking ok?": with its question mark, an opener and two words more ask about a thing.
        return words.Openers.Contains(first) && (words.Subjects.Contains(subject) || asked && subject.Length > 0 && char.IsDigit(subject[0])
            || asked && end - p >= 3);
    }

    private static bool HasOpenerLater(IReadOnlyList<string> w, int from, int end, QuestionPhrases words)
    {
        for (var k = from; k + 1 < end; k++)
            if ((words.Openers.Contains(w[k]) || words.PersonOpeners.Contains(w[k])) && (words.Subjects.Contains(w[k + 1]) || words.Pronouns.Contains(w[k + 1])))
                return true;
        return false;
    }

    // ---- sentences ----

    /// <summary>A sentence of the message: its words (spelling fixed), their tokens, where it ends, and whether a question mark closes it.</summary>
    private sealed record Clause(List<string> Words, List<Token> Tokens, int End, bool Asked);

    private static List<Clause> Clauses(string text, QuestionPhrases words)
    {
        var clauses = new List<Clause>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && !EndsClause(text, i)) continue;
            if (i > start)
            {
                var tokens = TextTokenizer.Tokenize(text[start..i])
                    .Where(t => t.Kind != TokenKind.Symbol)
                    .Select(t => t with { Start = t.Start + start })
                    .ToList();
                if (tokens.Count > 0)
                {
                    var asked = i < text.Length && text[i] == '?' || QuestionMarkFollows(text, i);
                    var end = tokens[^1].End;
                    if (asked && end < text.Length && text[end] == '?') end++;
                    clauses.Add(new Clause(tokens.Select(t => Spell(t.Text, words)).ToList(), tokens, end, asked));
                }
            }
            start = i + 1;
        }
        return clauses;
    }

    private static bool EndsClause(string text, int i) => text[i] switch
    {
        '?' or '!' or ';' or ':' or ',' or '\n' or '\r' => true,
        // A dot ends a sentence, but not inside a number ("7.5") or an abbreviation between letters ("e.g").
        '.' => !(i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1])),
        _ => false,
    };

    /// <summary>"what?!", "really ?": a question mark right after the sentence, past spaces and other marks.</summary>
    private static bool QuestionMarkFollows(string text, int i)
    {
        for (; i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] is '!' or '?' or '.'); i++)
            if (text[i] == '?') return true;
        return false;
    }

    private static string Spell(string word, QuestionPhrases words) => words.Spellings.TryGetValue(word, out var right) ? right : word;
}
