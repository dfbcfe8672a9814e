using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;

namespace CoachBot.BotFramework.Builder;

/// <summary>A turn for an activity a channel sent (authenticated, or in anonymous local mode): the bot handles it.</summary>
internal sealed class InboundTurn(Activity activity, BotClaims claims, string userKey) : Turn(userKey, claims)
{
    public Activity Activity => activity;

    public override string Kind => activity.Type ?? "activity";

    public override Activity ActivityFor(LoadedRecord loaded) => activity;

    public override Task RunAsync(IBot bot, ITurnContext context, CancellationToken cancellationToken) =>
        bot.OnTurnAsync(context, cancellationToken);

    /// <summary>The reference is refreshed from every inbound activity, but one from an authenticated activity is never replaced by an anonymous one.</summary>
    public override void BeforeCommit(UserRecord record)
    {
        if (!Claims.IsAuthenticated && record.ReferenceAuthenticated) return;
        var reference = activity.GetConversationReference();
        // Proactive messages start a new message in the conversation rather than reply to one, so the activity id is
        // not kept: a reference that only differs by it does not cost a write.
        reference.ActivityId = null;
        record.Reference = reference;
        record.ReferenceAuthenticated = Claims.IsAuthenticated;
    }
}
