using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.Coaching.Conversation;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Crisis;

/// <summary>
/// The crisis path: a short, warm message that the coach is not the right help and where help is now, said where
/// the person wrote, with nothing personal in it, and, when that was a channel or group chat, also in the person's
/// personal chat (<see cref="AlsoInPersonalChat"/>). Whatever dialog was running ends, so no question follows it. No
/// LLM is ever asked; the log counts the event and never holds the text.
/// </summary>
public sealed partial class CrisisReply(CoachTexts texts, CrisisDetector detector, CoachingOptions options, ILogger logger)
{
    /// <summary>Sends the crisis reply when the message calls for it; true when it did (the turn then ends).</summary>
    public bool TryHandle(ITurnContext context)
    {
        if (!detector.IsCrisis(context.Activity.Text)) return false;
        var us = (context.Activity.Locale ?? "").Equals("en-US", StringComparison.OrdinalIgnoreCase) || detector.IsUsZone(CoachTurn.ZoneId(context));
        var help = texts.Text(context, us ? CrisisTexts.Help988 : CrisisTexts.HelpAnywhere);
        var contact = string.IsNullOrWhiteSpace(options.SupportContact)
            ? ""
            : texts.Text(context, CrisisTexts.Contact, ("contact", options.SupportContact.Trim()));
        var message = texts.Text(context, CrisisTexts.Message, ("help", help), ("contact", contact));
        context.SendActivity(message);
        if (!ConversationScopes.IsPersonal(context.Activity)) AlsoInPersonalChat(context, message);
        // Coaching stops here: the dialog that was asking something does not ask again.
        context.Record.DialogState.DialogStack.Clear();
        LogCrisisReply(logger, context.Activity.ChannelId ?? "", us);
        return true;
    }

    /// <summary>
    /// The same message in the personal chat, as one more reply of this turn: it goes out after the commit like the
    /// others, addressed to the stored personal reference. Only when that reference lives at the serviceUrl this turn
    /// came from (the one a token may go to, TrustedServiceUrl) and was learned with the same authentication as this
    /// turn; otherwise the log says it could not be sent, and the channel reply stands alone.
    /// </summary>
    private void AlsoInPersonalChat(ITurnContext context, string message)
    {
        var personal = context.Record.PersonalReference;
        var activity = context.Activity;
        var usable = personal is { Conversation.Id: { Length: > 0 } }
            && string.Equals(personal.ChannelId, activity.ChannelId, StringComparison.Ordinal)
            && string.Equals(personal.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            && (!context.Claims.IsAuthenticated || context.Record.PersonalReferenceAuthenticated);
        if (!usable)
        {
            LogNoPersonalChat(logger, activity.ChannelId ?? "", personal is not null);
            return;
        }
        context.SendActivity(new Activity
        {
            Type = ActivityTypes.Message,
            Text = texts.Text(context, CrisisTexts.Personal) + "\n\n" + message,
            ChannelId = personal!.ChannelId,
            ServiceUrl = personal.ServiceUrl,
            Conversation = personal.Conversation!.Clone(),
            From = personal.Bot?.CloneIdentity(),
            Recipient = personal.User?.CloneIdentity(),
            Locale = personal.Locale ?? activity.Locale,
        });
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning,
        Message = "Crisis reply on {ChannelId} could not also go to the personal chat (a personal reference stored: {HasReference})")]
    private static partial void LogNoPersonalChat(ILogger logger, string channelId, bool hasReference);

    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message = "Crisis reply sent on {ChannelId} (US line: {UsLine})")]
    private static partial void LogCrisisReply(ILogger logger, string channelId, bool usLine);
}
