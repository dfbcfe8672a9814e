using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Conversation;

/// <summary>
/// The one way the coach reads a date typed outside a date prompt (a plan edit, a deadline change, a check-in pause):
/// the date prompt's reader, with the same words of dialogs/&lt;locale&gt;/recognizers.yaml and the same day-first and
/// locale rules, in the person's zone, against the turn's clock.
/// </summary>
public static class TurnDates
{
    public static DateRecognition Read(ITurnContext context, TextCatalog texts, string? text, TimeZoneInfo? zone = null) =>
        DateRecognizer.Recognize(text, context.Clock.GetUtcNow(), zone ?? CoachTurn.Zone(context), context.Activity.Locale,
            RecognizerPhrases.From(texts, context.Activity.Locale));
}
