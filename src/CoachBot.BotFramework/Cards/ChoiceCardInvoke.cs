using System.Text.Json.Nodes;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Cards;

/// <summary>
/// The bot's side of a <see cref="ChoiceCard"/> on Teams. A refresh is answered with the card as it was sent, without
/// running the bot. A press runs the bot as usual (it reads the choice as the user's answer); when the bot answered
/// 200, the invoke is answered with the answered card (Teams shows it to the user at once) and the card's message is
/// updated to it for everyone (a PUT of that activity, sent after the commit with the other replies), so its buttons
/// are gone on every device. Any other <c>adaptiveCard/action</c> goes to the bot unchanged.
/// </summary>
internal static class ChoiceCardInvoke
{
    public static async Task HandleAsync(ITurnContext context, Func<ITurnContext, CancellationToken, Task> bot, CancellationToken cancellationToken)
    {
        if (ChoiceCard.Read(context.Activity.Value) is not { } action)
        {
            await bot(context, cancellationToken).ConfigureAwait(false);
            return;
        }
        var channel = ChannelCapabilities.For(context.Activity.ChannelId);
        if (action.IsRefresh)
        {
            context.InvokeResponse = CardAnswer(ChoiceCard.Open(action.Question, action.Choices, channel, context.Activity.From?.Id));
            return;
        }

        await bot(context, cancellationToken).ConfigureAwait(false);
        if (context.InvokeResponse?.Status != 200 || action.Answer is null) return;
        var answered = ChoiceCard.Answered(action.Answer);
        context.InvokeResponse = CardAnswer(answered);
        if (context.Activity.ReplyToId is { Length: > 0 } cardMessageId)
            context.SendActivity(UpdateOf(context.Activity, cardMessageId, action.Question, answered));
    }

    /// <summary>
    /// The card's message as it is now: collected as a reply of type <c>messageUpdate</c> whose id is the message to
    /// replace, which the reply sender PUTs instead of posting (and a channel's retry re-sends like any reply).
    /// </summary>
    private static Activity UpdateOf(Activity invoke, string cardMessageId, string question, JsonObject answered)
    {
        var update = ChoiceCard.Message(invoke.CreateReply(), question, (JsonObject)answered.DeepClone());
        update.Type = ActivityTypes.MessageUpdate;
        update.Id = cardMessageId;
        update.ReplyToId = null;
        return update;
    }

    private static InvokeResponse CardAnswer(JsonObject card) => new()
    {
        Status = 200,
        Body = new JsonObject { ["statusCode"] = 200, ["type"] = ContentTypes.AdaptiveCard, ["value"] = card },
    };
}
