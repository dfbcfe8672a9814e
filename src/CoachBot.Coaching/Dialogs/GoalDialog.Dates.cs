using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Dialogs;

/// <summary>
/// A date said where no date was asked ("by june" at "how will you know you got there?"): a date is a deadline, never a
/// finish line, a reason, a number or the goal itself. It is taken as the deadline and said back ("So the deadline is
/// Wed, 30 June 2027."), and the question is asked again. A date beside a real answer ("when I get an offer, by june")
/// is left to the facts reading, and the analysis keeps it out of the finish line (<see cref="AnswerDate"/>).
/// </summary>
public sealed partial class GoalDialog
{
    /// <summary>The questions whose answer is never a date (the deadline, the smaller goal and the switch are asked elsewhere).</summary>
    private static bool AsksNoDate(GoalQuestion question) =>
        question is GoalQuestion.Goal or GoalQuestion.Specific or GoalQuestion.Measurable or GoalQuestion.Relevant or GoalQuestion.Confidence or GoalQuestion.Hours;

    /// <summary>True when the answer was only a date: it is folded in as the deadline (or refused when past), and the question stays open.</summary>
    private bool HeardOnlyADate(ITurnContext context, GoalDraft draft, GoalQuestion question, string said)
    {
        if (!AsksNoDate(question)) return false;
        var read = AnswerDate.Read(said, context.Clock.GetUtcNow(), CoachTurn.Zone(context), context.Activity.Locale, Vocabulary(context));
        if (!read.HasDate || !read.OnlyDate) return false;
        // Where a number is asked, "7/10" is a rating and "5 hours a week" the hours, never a date.
        if (question is GoalQuestion.Confidence or GoalQuestion.Hours
            && (!read.Date.Matched!.Any(char.IsLetter) || NumberRecognizer.RecognizeAll(read.Rest, context.Activity.Locale).Count > 0))
            return false;
        var date = read.Date.Date!.Value;
        if (draft.Text.Length > 0) draft.CountAsked(question); // asked at most twice, whatever the answers were
        if (read.Date.Kind == DateRecognitionKind.Past || date <= CoachTurn.Today(context))
        {
            _texts.Say(context, GoalTexts.PastDateNotDeadline, ("date", CoachTurn.Date(context, date)));
            return true;
        }
        var stated = draft.Text.Length > 0 ? Analyze(context, draft).StatedDeadline : null;
        draft.Deadline = date;
        // The goal's words name another date: which one holds is asked (the conflict question says both dates).
        draft.DeadlineSettled = stated is null || stated == date;
        if (draft.DeadlineSettled) _texts.Say(context, GoalTexts.DateIsDeadline, ("date", CoachTurn.Date(context, date)));
        return true;
    }
}
