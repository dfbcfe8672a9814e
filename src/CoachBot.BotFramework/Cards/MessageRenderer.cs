using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Cards;

/// <summary>Renders a <see cref="RichMessage"/> as the channel shows it best (DESIGN.md "Channels").</summary>
public static class MessageRenderer
{
    public static Activity Render(RichMessage message, string? channelId)
    {
        var plain = PlainTextRenderer.Render(message);
        var channel = ChannelCapabilities.For(channelId);
        if (channel.AdaptiveCards)
        {
            return new Activity
            {
                Type = ActivityTypes.Message,
                // The text fallback travels with the card: read by screen readers and by clients that cannot show cards.
                Summary = message.Title,
                Text = null,
                Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = AdaptiveCardRenderer.Render(message, plain) }],
            };
        }
        if (channel.SlackMarkdown)
        {
            var activity = new Activity { Type = ActivityTypes.Message, Text = SlackRenderer.Render(message), TextFormat = "markdown" };
            if (message.Actions.Count > 0 && channel.HeroCardButtons)
            {
                // Slack shows no suggested actions and renders Adaptive Cards as images: buttons go on a hero card.
                var hero = new HeroCard { Buttons = message.Actions.Select(a => CardAction.ImBack(a.Title, a.Value)).ToList() };
                activity.Attachments = [new Attachment { ContentType = ContentTypes.HeroCard, Content = System.Text.Json.JsonSerializer.SerializeToNode(hero, BotJsonContext.Default.HeroCard) }];
            }
            return activity;
        }
        return new Activity { Type = ActivityTypes.Message, Text = plain, TextFormat = "plain" };
    }
}
