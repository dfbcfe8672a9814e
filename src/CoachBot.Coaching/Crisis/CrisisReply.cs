using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Schema;
using CoachBot.Coaching.Conversation;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Crisis;

/// <summary>
/// The crisis path: a short, warm message that the coach is not the right help and where help is now, said where
/// the person wrote, with nothing personal in it, and, when that was a channel or group chat, also in the person's
/// personal chat (<see cref="AlsoInPersonalChatAsync"/>). Whatever dialog was running ends, so no question follows it.
/// No LLM is ever asked; the log counts the event and never holds the text.
/// </summary>
/// <param name="personalChats">Opens the personal chat on Teams when none is stored; null: only a stored one is used.</param>
public sealed partial class CrisisReply(CoachTexts texts, CrisisDetector detector, CoachingOptions options, ILogger logger,
    IPersonalChats? personalChats = null)
{
    /// <summary>Sends the crisis reply when the message calls for it; true when it did (the turn then ends).</summary>
    public async Task<bool> TryHandleAsync(ITurnContext context, CancellationToken cancellationToken)
    {
        if (!detector.IsCrisis(context.Activity.Text)) return false;
        var us = (context.Activity.Locale ?? "").Equals("en-US", StringComparison.OrdinalIgnoreCase) || detector.IsUsZone(CoachTurn.ZoneId(context));
        var help = texts.Text(context, us ? CrisisTexts.Help988 : CrisisTexts.HelpAnywhere);
        var contact = string.IsNullOrWhiteSpace(options.SupportContact)
            ? ""
            : texts.Text(context, CrisisTexts.Contact, ("contact", options.SupportContact.Trim()));
        var message = texts.Text(context, CrisisTexts.Message, ("help", help), ("contact", contact));
        context.SendActivity(message);
        if (!ConversationScopes.IsPersonal(context.Activity)) await AlsoInPersonalChatAsync(context, message, cancellationToken).ConfigureAwait(false);
        // Coaching stops here: the dialog that was asking something does not ask again.
        context.Record.DialogState.DialogStack.Clear();
        LogCrisisReply(logger, context.Activity.ChannelId ?? "", us);
        return true;
    }

    /// <summary>
    /// The same message in the personal chat, as one more reply of this turn: it goes out after the commit like the
    /// others, after the channel's reply. Addressed to the stored personal reference when that lives at the serviceUrl
    /// this turn came from (the one a token may go to, TrustedServiceUrl) and was learned with the same authentication
    /// as this turn. Without one, on Teams the bot opens the personal chat itself (<see cref="IPersonalChats"/>, bounded
    /// by one connector attempt); that conversation is not stored as the personal reference: only an activity the user
    /// sent there sets it (README "Security"). Otherwise, or when opening fails, the log says it could not be sent
    /// (event 1301), and the channel reply stands alone.
    /// </summary>
    private async Task AlsoInPersonalChatAsync(ITurnContext context, string message, CancellationToken cancellationToken)
    {
        var personal = context.Record.PersonalReference;
        var activity = context.Activity;
        var usable = personal is { Conversation.Id: { Length: > 0 } }
            && string.Equals(personal.ChannelId, activity.ChannelId, StringComparison.Ordinal)
            && string.Equals(personal.ServiceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase)
            && (!context.Claims.IsAuthenticated || context.Record.PersonalReferenceAuthenticated);
        if (!usable)
        {
            var opened = personalChats is null
                ? PersonalChat.Failed("opening a personal chat is not set up")
                : await personalChats.OpenAsync(activity, context.Claims, cancellationToken).ConfigureAwait(false);
            if (opened.Reference is not { } created)
            {
                LogNoPersonalChat(logger, activity.ChannelId ?? "", personal is not null, opened.Reason);
                return;
            }
            personal = created;
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
        if (!usable) LogOpened(logger, activity.ChannelId ?? "");
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning,
        Message = "Crisis reply on {ChannelId} could not also go to the personal chat (a personal reference stored: {HasReference}; {Reason})")]
    private static partial void LogNoPersonalChat(ILogger logger, string channelId, bool hasReference, string reason);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Information,
        Message = "Crisis reply on {ChannelId} also goes to the personal chat the bot opened for it")]
    private static partial void LogOpened(ILogger logger, string channelId);

    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message = "Crisis reply sent on {ChannelId} (US line: {UsLine})")]
    private static partial void LogCrisisReply(ILogger logger, string channelId, bool usLine);
}
