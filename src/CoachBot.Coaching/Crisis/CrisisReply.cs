using CoachBot.BotFramework.Builder;
using CoachBot.Coaching.Conversation;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.Crisis;

/// <summary>
/// The crisis path: a short, warm message that the coach is not the right help and where help is now, said where
/// the person wrote, with nothing personal in it. Whatever dialog was running ends, so no question follows it. No
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
        context.SendActivity(texts.Text(context, CrisisTexts.Message, ("help", help), ("contact", contact)));
        // Coaching stops here: the dialog that was asking something does not ask again.
        context.Record.DialogState.DialogStack.Clear();
        LogCrisisReply(logger, context.Activity.ChannelId ?? "", us);
        return true;
    }

    [LoggerMessage(EventId = 1300, Level = LogLevel.Warning, Message = "Crisis reply sent on {ChannelId} (US line: {UsLine})")]
    private static partial void LogCrisisReply(ILogger logger, string channelId, bool usLine);
}
