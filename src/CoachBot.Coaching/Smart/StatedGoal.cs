using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Smart;

/// <summary>
/// A goal typed without a lead-in ("idk maybe like get a ux job by next summer i guess"): once hedges are dropped it
/// starts with a verb and names a concrete outcome with a finish line or a deadline. Strict on purpose, so a command
/// or a request for help said as a sentence is never taken for a goal: the menu asks this only after nothing else
/// took the message.
/// </summary>
public static class StatedGoal
{
    public static bool Is(string? text, DateTimeOffset now, TimeZoneInfo zone, string? locale, GoalVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var read = GoalText.Read(text, vocabulary);
        if (!read.IsGoal || read.HadQuestion) return false;
        var words = GoalWords.Split(read.Cleaned);
        var first = 0;
        while (first < words.Count && GoalVocabulary.MatchAt(words, first, vocabulary.Wishes) is var wish and > 0) first += wish;
        var analysis = SmartAnalyzer.Analyze(new SmartInput(text!, new Profile(), now, zone, locale, Vocabulary: vocabulary));
        if (first >= words.Count || !VerbPhrase.StartsVerb(words, first, vocabulary))
        {
            // "im a final year student, i want to get my first job as a junior data analyst by august": the person's
            // situation first, then the goal said as one.
            if (GoalVocabulary.MatchAt(words, 0, vocabulary.BackgroundLeads) == 0) return false;
            var main = GoalWords.Split(analysis.MainClause);
            var at = 0;
            while (at < main.Count && GoalVocabulary.MatchAt(main, at, vocabulary.Wishes) is var w and > 0) at += w;
            if (at >= main.Count || at == 0 || !VerbPhrase.StartsVerb(main, at, vocabulary)) return false;
        }
        return analysis.Specific.Met && (analysis.Measurable.Met || analysis.TimeBound.Met);
    }
}
