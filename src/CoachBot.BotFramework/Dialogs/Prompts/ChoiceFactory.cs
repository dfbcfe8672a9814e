using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Shows a question with its choices as the channel can: suggested actions (Teams personal chats, Emulator, Web Chat,
/// Direct Line), hero-card buttons on Slack (it ignores suggested actions), and a numbered list everywhere else
/// (the terminal), so an answer by number always works.
/// </summary>
public static class ChoiceFactory
{
    /// <summary>Teams shows at most six suggested actions, and only in personal chats.</summary>
    private const int MaxSuggestedActions = 6;

    public static Activity ForChannel(Activity incoming, string text, IReadOnlyList<Choice> choices, bool numbered = false)
    {
        var reply = incoming.CreateReply();
        var channel = incoming.ChannelId;
        var personal = incoming.Conversation?.ConversationType is null or "personal";
        if (!numbered && choices.Count <= MaxSuggestedActions && SupportsSuggestedActions(channel) && (channel != Channels.Msteams || personal))
        {
            reply.Text = text;
            reply.SuggestedActions = new SuggestedActions
            {
                To = incoming.From?.Id is { } userId ? [userId] : null,
                Actions = choices.Select(c => CardAction.ImBack(c.Value, c.Value)).ToList(),
            };
            return reply;
        }
        reply.Text = text + "\n\n" + NumberedList(choices);
        if (channel == Channels.Slack && !numbered)
        {
            var hero = new HeroCard { Buttons = choices.Select(c => CardAction.ImBack(c.Value, c.Value)).ToList() };
            reply.Attachments = [new Attachment
            {
                ContentType = ContentTypes.HeroCard,
                Content = System.Text.Json.JsonSerializer.SerializeToNode(hero, BotJsonContext.Default.HeroCard),
            }];
        }
        return reply;
    }

    public static string NumberedList(IReadOnlyList<Choice> choices) =>
        string.Join('\n', choices.Select((c, i) => $"{i + 1}. {c.Value}"));

    private static bool SupportsSuggestedActions(string? channel) =>
        channel is Channels.Msteams or Channels.Emulator or Channels.Webchat or Channels.DirectLine or Channels.Test;
}
