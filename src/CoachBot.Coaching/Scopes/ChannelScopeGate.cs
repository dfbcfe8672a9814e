using System.Text.Json.Nodes;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Scopes;

/// <summary>
/// The coach in a conversation others can read (a Teams team channel or group chat, a Slack channel or group DM;
/// <see cref="ConversationScopes"/>): it answers a mention with one sentence pointing to the personal chat, says a
/// one-line public hello when it is added there, and does nothing else. No dialog runs, so the plan, the profile, the
/// export and the private welcome never appear there, and nothing in the user's coaching state changes (the welcome
/// still waits for the personal chat). In the personal chat it lets the turn through.
/// </summary>
public sealed class ChannelScopeGate(CoachTexts texts)
{
    /// <summary>True when the turn is in a shared conversation and was answered here; the coach must not run it.</summary>
    public bool Handle(ITurnContext context)
    {
        var activity = context.Activity;
        if (ConversationScopes.IsPersonal(activity)) return false;
        switch (activity.Type)
        {
            case ActivityTypes.Message when MentionText.MentionsRecipient(activity):
                // Teams delivers channel messages only when the bot is mentioned; Slack may deliver every message of a
                // channel the app is in, and the coach does not answer what was not said to it.
                texts.Say(context, ScopeTexts.Mentioned);
                break;
            case ActivityTypes.ConversationUpdate when BotWasAdded(activity):
                texts.Say(context, ScopeTexts.Hello);
                break;
            case ActivityTypes.Invoke:
                // A card action in a shared conversation (the coach posts no cards there, so an old or forwarded one).
                context.InvokeResponse = new InvokeResponse
                {
                    Status = 200,
                    Body = new JsonObject
                    {
                        ["statusCode"] = 200, ["type"] = ContentTypes.InvokeMessage, ["value"] = texts.Text(context, ScopeTexts.Mentioned),
                    },
                };
                break;
        }
        // Everything else (members joining, installs and removals of the team app, reactions) says nothing: a removal
        // from a team is no uninstall from the personal chat, so check-ins go on.
        return true;
    }

    private static bool BotWasAdded(Activity activity) =>
        activity.Recipient?.Id is { } botId && activity.MembersAdded?.Any(m => m?.Id == botId) == true;
}
