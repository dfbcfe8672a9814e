using System.Globalization;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Assessment;

/// <summary>
/// A goal named during the self-assessment ("I want to get back to work as a business analyst by 30.06.2027"): a goal
/// opening followed by a role or a date, so "I want to get better at public speaking" stays a growth area. Given back
/// in the user's words with the date written out ("... by 30 June 2027"), to be offered as the first goal at the end.
/// </summary>
public sealed class NamedGoal(TextCatalog texts, CareerVocabulary careers)
{
    public string? Find(ITurnContext context, string? text)
    {
        var locale = context.Activity.Locale;
        if (string.IsNullOrWhiteSpace(text) || Commands.GoalStatement.Find(texts, text, locale) is not { } goal) return null;
        var date = TurnDates.Read(context, texts, goal);
        if (date.Kind != DateRecognitionKind.Date && careers.FindRoles(goal).Count == 0) return null;
        if (date is { Kind: DateRecognitionKind.Date, Date: { } day, Start: >= 0, Length: > 0 } && date.Start + date.Length <= goal.Length)
            goal = goal[..date.Start] + day.ToString("d MMMM yyyy", English) + goal[(date.Start + date.Length)..];
        return UserText.Clean(goal);
    }

    // The goal is an English sentence, so its date is written in English whatever the activity's locale.
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
}
