using CoachBot.BotFramework.Recognizers;

namespace CoachBot.Coaching.Smart;

/// <summary>
/// A date inside an answer that is not a date question ("by june" where the finish line or the reason was asked):
/// the date, and the answer without it and without the words that led it ("by", "before", "in"). A date is a
/// deadline, never a finish line or a reason, so what is left is the only part that may become one.
/// </summary>
/// <param name="Date">The date as the prompts read it; <see cref="DateRecognitionKind.None"/> when the answer holds none.</param>
/// <param name="Rest">The answer without the date (all of it when there is none), trimmed of the commas around it.</param>
/// <param name="OnlyDate">True when nothing but the date, its lead words and hedges is left ("by june i guess").</param>
public sealed record AnswerDate(DateRecognition Date, string Rest, bool OnlyDate)
{
    public bool HasDate => Date.Kind is DateRecognitionKind.Date or DateRecognitionKind.Past && Date.Start >= 0;

    public static AnswerDate Read(string text, DateTimeOffset now, TimeZoneInfo zone, string? locale, GoalVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(vocabulary);
        var date = DateRecognizer.Recognize(text, now, zone, locale, vocabulary.Recognizers);
        if (date.Kind is not (DateRecognitionKind.Date or DateRecognitionKind.Past) || date.Start < 0) return new(date, text, false);
        var before = text[..date.Start];
        var words = GoalWords.Split(before);
        // "by", "no later than", "sometime in": the words that only lead the date go with it.
        for (var k = Math.Max(0, words.Count - 3); k < words.Count; k++)
        {
            if (GoalVocabulary.MatchAt(words, k, vocabulary.DateLeads) != words.Count - k) continue;
            before = before[..words[k].Start];
            break;
        }
        var rest = (before.TrimEnd(' ', ',', ';', '-') + " " + text[(date.Start + date.Length)..].TrimStart(' ', ',', ';', '-', '.', '!')).Trim();
        var read = GoalText.Read(rest, vocabulary);
        return new(date, rest, !read.IsGoal || read.Cleaned.Length == 0);
    }
}
