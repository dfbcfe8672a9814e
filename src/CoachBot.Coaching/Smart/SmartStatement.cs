using System.Text;

namespace CoachBot.Coaching.Smart;

/// <summary>
/// The pieces of a rewritten SMART statement; the sentence itself is a template in dialogs/en-US/smart.yaml
/// (<see cref="TemplateKey"/>), filled by the dialog with the deadline formatted for the user.
/// </summary>
/// <param name="Outcome">What will be true, cleaned of wishes and deadline words: "get promoted to senior manager".</param>
/// <param name="Measure">The number or finish line that shows it is done ("three leadership courses"), or null.</param>
/// <param name="Deadline">The future deadline, or null when the goal has none yet.</param>
/// <param name="MeasureInOutcome">True when the outcome already says the measure, so the template need not repeat it.</param>
public sealed record SmartStatementParts(string Outcome, string? Measure, DateOnly? Deadline, bool MeasureInOutcome)
{
    /// <summary>Which template fits: with a deadline or without, with the measure spelled out or already in the outcome.</summary>
    public string TemplateKey => Deadline is null
        ? SmartTexts.StatementNoDeadline
        : Measure is null || MeasureInOutcome ? SmartTexts.Statement : SmartTexts.StatementWithMeasure;
}

/// <summary>Reads the outcome out of the goal text: the longest clause once deadlines, effort and fillers are cut away.</summary>
public static class SmartStatement
{
    public static SmartStatementParts From(SmartInput input, SmartAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(analysis);
        var reading = new GoalReading(input.GoalText, input.Now, input.Zone, input.Locale);
        var outcome = OutcomeOf(reading);
        var measure = analysis.Measurable.Met ? analysis.Measurable.Evidence : null;
        var inOutcome = measure is not null && outcome.Contains(Tidy(measure), StringComparison.OrdinalIgnoreCase);
        return new SmartStatementParts(outcome, measure, analysis.Deadline, inOutcome);
    }

    private static string OutcomeOf(GoalReading reading)
    {
        var text = reading.Text;
        var cuts = new List<TextSpan>(reading.Effort.Spans);
        if (reading.DateSpan is { } d) cuts.Add(d);

        // Clauses: split at the cut spans and at sentence punctuation and commas.
        var clauses = new List<List<GoalWord>>();
        var current = new List<GoalWord>();
        GoalWord? previous = null;
        foreach (var w in reading.Words)
        {
            var cutBetween = previous is { } p && (cuts.Any(c => c.Start >= p.End && c.End <= w.Start)
                || text.AsSpan(p.End, w.Start - p.End).IndexOfAny(",.;:!?()\n") >= 0);
            if (cuts.Any(c => c.Overlaps(w.Start, w.End)) || cutBetween)
            {
                if (current.Count > 0) clauses.Add(current);
                current = [];
            }
            if (!cuts.Any(c => c.Overlaps(w.Start, w.End))) current.Add(w);
            previous = w;
        }
        if (current.Count > 0) clauses.Add(current);

        List<GoalWord>? best = null;
        var bestScore = 0;
        foreach (var clause in clauses)
        {
            var trimmed = Trim(clause);
            var score = trimmed.Count(w => !SmartVocabulary.StopWords.Contains(w.Text));
            if (trimmed.Count > 0 && score > bestScore) { best = trimmed; bestScore = score; }
        }
        if (best is null) return Tidy(text);
        var outcome = Tidy(text[best[0].Start..best[^1].End]);
        return LowerFirstVerb(outcome, best[0].Text);
    }

    /// <summary>Drops the wish in front ("I want to", "my goal is to", "I'm confident I can") and connectors at the end.</summary>
    private static List<GoalWord> Trim(List<GoalWord> clause)
    {
        var first = 0;
        var last = clause.Count - 1;
        while (first <= last && LeadingFiller.Contains(clause[first].Text)) first++;
        while (last >= first && TrailingFiller.Contains(clause[last].Text)) last--;
        return first > last ? [] : clause.GetRange(first, last - first + 1);
    }

    private static readonly HashSet<string> LeadingFiller = new(StringComparer.Ordinal)
    {
        "i", "i'm", "im", "i'd", "id", "i'll", "am", "my", "our", "goal", "is", "want", "wanna", "would", "like", "love",
        "hope", "plan", "need", "will", "going", "gonna", "to", "really", "also", "so", "and", "honestly", "think",
        "believe", "should", "must", "can", "could", "confident", "sure", "that", "try", "able", "aim", "intend",
        "this", "year", "next", "by", "within", "in", "before", "the", "dream", "is", "be", "able", "then", "well",
    };

    private static readonly HashSet<string> TrailingFiller = new(StringComparer.Ordinal)
    {
        "by", "within", "before", "in", "until", "till", "and", "or", "so", "at", "on", "the", "a", "an", "to", "of",
        "for", "from", "i", "i'm", "im", "with", "please", "ideally", "hopefully", "maybe", "somehow", "this", "next",
    };

    private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
    {
        "get", "become", "earn", "pass", "learn", "land", "lead", "run", "complete", "finish", "publish", "launch",
        "start", "find", "give", "read", "reach", "move", "grow", "mentor", "build", "write", "increase", "ask", "work",
        "be", "make", "take", "join", "switch", "improve", "advance", "do", "speak", "present", "teach", "save", "open",
        "help", "create", "negotiate", "transition", "change", "attend", "apply", "hire", "master", "study", "train",
        "organize", "organise", "double", "cut", "reduce", "ship", "release", "present", "design", "develop",
    };

    /// <summary>"Get promoted" becomes "get promoted" so it reads inside a sentence; "Python course" keeps its capital.</summary>
    private static string LowerFirstVerb(string outcome, string firstWord) =>
        outcome.Length > 1 && Verbs.Contains(firstWord) && char.IsUpper(outcome[0]) && !char.IsUpper(outcome[1])
            ? char.ToLowerInvariant(outcome[0]) + outcome[1..]
            : outcome;

    /// <summary>Removes markup (HTML tags, markdown emphasis) and squeezes spaces; the statement is shown back to the user.</summary>
    internal static string Tidy(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '<' && text.IndexOf('>', i, Math.Min(21, text.Length - i)) is var close and > 0 && close > i + 1 && (char.IsLetter(text[i + 1]) || text[i + 1] == '/'))
            {
                i = close;
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                continue;
            }
            if (c is '*' or '`' or '_' or '#' && !(c == '#' && i > 0 && char.IsLetter(text[i - 1]))) continue;
            if (char.IsWhiteSpace(c))
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString().Trim().TrimEnd('.', ',', ';', ':', '!').Trim();
    }
}
