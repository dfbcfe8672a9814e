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

    /// <summary>
    /// The reference of the activity's conversation is kept (DESIGN.md "Conversation scopes"): a personal one replaces
    /// the personal reference, except that one from an authenticated activity is never replaced by an anonymous one; a
    /// shared one (channel, group chat) goes to the shared references and never becomes a target of proactive messages.
    /// </summary>
    public override void BeforeCommit(UserRecord record)
    {
        var reference = activity.GetConversationReference();
        // Proactive messages start a new message in the conversation rather than reply to one, so the activity id is
        // not kept: a reference that only differs by it does not cost a write.
        reference.ActivityId = null;
        if (ConversationScopes.IsPersonal(activity))
        {
            if (!Claims.IsAuthenticated && record.PersonalReferenceAuthenticated) return;
            record.PersonalReference = reference;
            record.PersonalReferenceAuthenticated = Claims.IsAuthenticated;
            return;
        }
        var shared = record.SharedReferences ??= [];
        shared.RemoveAll(r => r.Conversation?.Id == reference.Conversation?.Id && r.ChannelId == reference.ChannelId);
        shared.Add(reference);
        if (shared.Count > UserRecord.MaxSharedReferences) shared.RemoveRange(0, shared.Count - UserRecord.MaxSharedReferences);
    }
}
