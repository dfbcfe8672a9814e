using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// A day today or later, absolute or relative ("June 30 2027", "in six months", "end of next quarter"), resolved in
/// the user's zone against the turn's clock. Past and impossible dates are refused with a message that says so.
/// </summary>
public sealed class DatePrompt(string id, PromptValidator<DateOnly>? validator = null) : Prompt<DateOnly>(id, validator)
{
    protected override PromptRecognizerResult<DateOnly> Recognize(DialogContext dc, PromptOptions options)
    {
        var activity = dc.Context.Activity;
        var zone = UserTimeZone.Resolve(options.TimeZoneId ?? UserTimeZone.FromActivity(activity));
        var found = DateRecognizer.Recognize(activity.Text, dc.Context.Clock.GetUtcNow(), zone, activity.Locale);
        return found.Kind switch
        {
            DateRecognitionKind.Date => new(true, found.Date!.Value),
            DateRecognitionKind.Past => PromptRecognizerResult<DateOnly>.Failed(
                dc.Texts.Get(DialogTexts.PastDate, activity.Locale, ("date", UserTimeZone.FormatDate(found.Date!.Value, activity.Locale)))),
            DateRecognitionKind.Invalid => PromptRecognizerResult<DateOnly>.Failed(dc.Texts.Get(DialogTexts.InvalidDate, activity.Locale)),
            _ => PromptRecognizerResult<DateOnly>.Failed(dc.Texts.Get(DialogTexts.NoDate, activity.Locale)),
        };
    }
}
