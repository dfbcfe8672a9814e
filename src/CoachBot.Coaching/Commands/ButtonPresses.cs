using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Commands;

/// <summary>
/// The commands behind the coach's own buttons: the menu (under the welcome and the help text) and a check-in's
/// answers. A button sends its title; the title's key says which command it is, so a title reworded in dialogs/
/// still does what it did. Only a whole title or synonym counts, as a press would send it.
/// </summary>
public sealed class ButtonPresses(CoachTexts texts)
{
    public CoachCommand? Recognize(ITurnContext context)
    {
        var text = context.Activity.Text;
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (CoachingTexts.Menu.Read(ChoiceRecognizer.RecognizeExact(text, texts.Choices(context, CoachingTexts.Menu))) is { } menu)
            return new CoachCommand(menu switch
            {
                MenuChoice.SelfAssessment => CoachCommandKind.SelfAssessment,
                MenuChoice.NewGoal => CoachCommandKind.NewGoal,
                MenuChoice.MyPlan => CoachCommandKind.MyPlan,
                MenuChoice.Schedule => CoachCommandKind.Schedule,
                _ => CoachCommandKind.Help,
            });
        return CheckInTexts.InviteAnswers.Read(ChoiceRecognizer.RecognizeExact(text, texts.Choices(context, CheckInTexts.InviteAnswers))) switch
        {
            InviteAnswer.StartNow => new CoachCommand(CoachCommandKind.CheckInStart),
            InviteAnswer.SnoozeHour => new CoachCommand(CoachCommandKind.CheckInSnooze, Part: CheckInCommands.SnoozeHour),
            InviteAnswer.SnoozeTomorrow => new CoachCommand(CoachCommandKind.CheckInSnooze, Part: CheckInCommands.SnoozeTomorrow),
            InviteAnswer.SkipThisTime => new CoachCommand(CoachCommandKind.CheckInSkip),
            _ => null,
        };
    }
}
