using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Builder;

/// <summary>
/// A turn the bot starts for a stored user: a synthetic <c>event</c> named <c>ContinueConversation</c>, addressed from
/// the user's personal conversation reference, handled by the caller's logic instead of the bot's. Nothing runs for a
/// user with no record, and nothing for one whose record holds no personal reference (only channels or group chats:
/// delivery waits until the user writes in the personal chat).
/// </summary>
internal sealed class ProactiveTurn(string userKey, Func<ITurnContext, CancellationToken, Task> logic)
    : Turn(userKey, BotClaims.Anonymous)
{
    public override string Kind => "proactive";

    public override Activity? ActivityFor(LoadedRecord loaded) =>
        !loaded.IsNew && loaded.Record.PersonalReference is { } reference ? ContinuationOf(reference) : null;

    public override Task RunAsync(IBot bot, ITurnContext context, CancellationToken cancellationToken) =>
        logic(context, cancellationToken);

    /// <summary>Addressed like a message from the user in the stored conversation.</summary>
    private static Activity ContinuationOf(ConversationReference reference) => new()
    {
        Type = ActivityTypes.Event,
        Name = "ContinueConversation",
        ChannelId = reference.ChannelId,
        ServiceUrl = reference.ServiceUrl,
        Conversation = reference.Conversation?.Clone(),
        From = reference.User?.CloneIdentity(),
        Recipient = reference.Bot?.CloneIdentity(),
        Locale = reference.Locale,
        RelatesTo = reference,
    };
}
