using System.Text.RegularExpressions;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Assessment;

/// <summary>
/// Reads the outside-assessments answer: StrengthsFinder theme names, a Myers-Briggs type ("INTJ", "enfp-t") and
/// feedback from others (the clauses that name who said it or say "feedback"). A theme name in lower case counts
/// only when the answer is about StrengthsFinder ("my top 5: learner, focus"), since "focus" is also just a word.
/// </summary>
public static partial class OutsideReader
{
    public static OutsideResults Read(string text, AssessmentWords words)
    {
        var results = new OutsideResults();
        if (PersonalityType().Match(text) is { Success: true } type) results.PersonalityType = type.Value.ToUpperInvariant();

        var aboutThemes = words.ThemeCues.AnyIn(text);
        foreach (var theme in words.Themes)
        {
            foreach (var name in theme.Names)
            {
                var found = Regex.Match(text, @"\b" + Regex.Escape(name) + @"\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                if (found.Success && (aboutThemes || char.IsUpper(found.Value[0])) && !results.Themes.Contains(theme.Name))
                {
                    results.Themes.Add(theme.Name);
                    break;
                }
            }
        }

        foreach (var clause in Clauses().Split(UserText.Clean(text)))
        {
            var words_ = PhraseSet.Words(clause);
            if (words_.Count < 3 || !words.FeedbackCues.AnyIn(words_) || words.ThemeCues.AnyIn(words_)) continue;
            var kept = clause.Trim().TrimEnd('.', '!', ',');
            if (kept.Length > 0 && results.Feedback.Count < 5) results.Feedback.Add(kept.Length <= 160 ? kept : kept[..160]);
        }
        return results;
    }

    // A type needs all four letters and nothing glued on ("intj", "ENFP-T"); "ENTS" is no type.
    [GeneratedRegex(@"(?<![\p{L}])[IE][NS][TF][JP](?:-[AT])?(?![\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonalityType();

    [GeneratedRegex(@"[.;!\n]+")]
    private static partial Regex Clauses();
}
