using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>How a question's choices are shown where the channel can show buttons.</summary>
public enum ChoiceStyle
{
    /// <summary>Suggested actions: one tap, and gone at the next message; for questions answered right away.</summary>
    SuggestedActions,
    /// <summary>
    /// An Adaptive Card that stays with its message (<see cref="ChoiceCard"/>), for a question that may be answered
    /// later (a check-in): <c>Action.Execute</c> on Teams, updated once answered; <c>Action.Submit</c> on the Emulator
    /// and Web Chat. Channels without Adaptive Cards show their usual buttons or numbered list.
    /// </summary>
    Card,
}

/// <summary>
/// Shows a question with its choices as the channel can (<see cref="ChannelCapabilities"/>): suggested actions
/// (Teams personal chats, Emulator, Web Chat, Direct Line) or a card (<see cref="ChoiceStyle.Card"/>), hero-card
/// buttons on Slack (it ignores suggested actions), and a numbered list everywhere else (the terminal), so an answer by
/// number always works. A button sends the choice's title, which the recognizer maps back to its key.
/// </summary>
public static class ChoiceFactory
{
    public static Activity ForChannel(Activity incoming, string text, IReadOnlyList<Choice> choices, bool numbered = false,
        ChoiceStyle style = ChoiceStyle.SuggestedActions)
    {
        var reply = incoming.CreateReply();
        var channel = ChannelCapabilities.For(incoming.ChannelId);
        if (!numbered && style == ChoiceStyle.Card && channel.AdaptiveCards && choices.Count > 0)
            return ChoiceCard.Message(reply, text, ChoiceCard.Open(text, [.. choices.Select(c => c.Title)], channel, incoming.From?.Id));
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
