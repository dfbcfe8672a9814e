using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// Shows a question with its choices as the channel can (<see cref="ChannelCapabilities"/>): suggested actions
/// (Teams personal chats, Emulator, Web Chat, Direct Line), hero-card buttons on Slack (it ignores suggested actions),
/// and a numbered list everywhere else (the terminal), so an answer by number always works. A button sends the
/// choice's title, which the recognizer maps back to its key.
/// </summary>
public static class ChoiceFactory
{
    public static Activity ForChannel(Activity incoming, string text, IReadOnlyList<Choice> choices, bool numbered = false)
    {
        var reply = incoming.CreateReply();
        var channel = ChannelCapabilities.For(incoming.ChannelId);
        if (!numbered && channel.ShowsSuggestedActions(incoming.Conversation, choices.Count))
        {
            reply.Text = text;
            reply.SuggestedActions = new SuggestedActions
            {
                To = incoming.From?.Id is { } userId ? [userId] : null,
                Actions = choices.Select(c => CardAction.ImBack(c.Title, c.Title)).ToList(),
            };
            return reply;
        }
        reply.Text = text + "\n\n" + NumberedList(choices);
        if (channel.HeroCardButtons && !numbered)
        {
            var hero = new HeroCard { Buttons = choices.Select(c => CardAction.ImBack(c.Title, c.Title)).ToList() };
            reply.Attachments = [new Attachment
            {
                ContentType = ContentTypes.HeroCard,
                Content = System.Text.Json.JsonSerializer.SerializeToNode(hero, BotJsonContext.Default.HeroCard),
            }];
        }
        return reply;
    }

    public static string NumberedList(IReadOnlyList<Choice> choices) =>
        string.Join('\n', choices.Select((c, i) => $"{i + 1}. {c.Title}"));
}
