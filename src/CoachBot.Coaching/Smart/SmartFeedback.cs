using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Smart;

/// <summary>One line of feedback: the letter, whether it is met, and the sentence key with its placeholders.</summary>
public sealed record FeedbackLine(SmartLetter Letter, bool Met, string TextKey, string? Evidence);

/// <summary>
/// Feedback on a goal letter by letter, in the user's terms, naming each letter ("Specific: you named the role (junior
/// dev). Measurable: how will you know you got there?"). It says what each met letter has and asks only for the first
/// letter still missing, one question at a time as the method says; and it lists the five verdicts under a proposed
/// statement, with a checkmark only where the letter is really met.
/// </summary>
public static class SmartFeedback
{
    /// <summary>The met letters (what each has), then the first missing letter's question; nothing for a message that is no goal.</summary>
    public static IReadOnlyList<FeedbackLine> For(SmartAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        if (!analysis.IsGoal) return [];
        var lines = analysis.Letters.Where(l => l.Met).Select(Line).ToList();
        if (analysis.FirstMissing is { } missing) lines.Add(Line(missing));
        return lines;
    }

    /// <summary>The feedback as one message, a line per letter.</summary>
    public static string Say(TextCatalog texts, string? locale, SmartAnalysis analysis) =>
        string.Join("\n", For(analysis).Select(line => Format(texts, locale, line)));

    /// <summary>"✓ Specific: you named the role (junior dev)", one line per letter, all five, in S-M-A-R-T order.</summary>
    public static string Verdicts(TextCatalog texts, string? locale, SmartAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return string.Join("\n", analysis.Letters.Select(verdict =>
        {
            var line = Line(verdict);
            return texts.Get(SmartTexts.VerdictLine, locale,
                ("mark", texts.Get(verdict.Met ? SmartTexts.MarkMet : SmartTexts.MarkNotMet, locale)),
                ("letter", texts.Get(SmartTexts.LetterKey(verdict.Letter), locale)),
                ("verdict", Sentence(texts, locale, line)));
        }));
    }

    /// <summary>One verdict as a line of feedback: "Specific: you named the role (junior dev)."</summary>
    public static string Line(TextCatalog texts, string? locale, LetterVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        return Format(texts, locale, Line(verdict));
    }

    private static FeedbackLine Line(LetterVerdict verdict) => new(verdict.Letter, verdict.Met, SmartTexts.FeedbackKey(verdict), verdict.Evidence);

    private static string Format(TextCatalog texts, string? locale, FeedbackLine line) =>
        texts.Get(SmartTexts.FeedbackLine, locale, ("letter", texts.Get(SmartTexts.LetterKey(line.Letter), locale)), ("text", Sentence(texts, locale, line)));

    /// <summary>The sentence with its evidence; a sentence that quotes evidence it lacks drops the brackets.</summary>
    private static string Sentence(TextCatalog texts, string? locale, FeedbackLine line)
    {
        // The evidence quotes the user, spelled as a statement spells it ("junor dev" -> "junior dev").
        var evidence = line.Evidence is null ? null : GoalVocabulary.From(texts, locale).Spelled(line.Evidence);
        var text = texts.Get(line.TextKey, locale, ("evidence", evidence));
        return text.Replace(" ()", "", StringComparison.Ordinal);
    }
}
