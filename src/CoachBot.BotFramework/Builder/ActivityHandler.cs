using CoachBot.BotFramework.Cards;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Builder;

/// <summary>
/// Routes a turn by activity type, with the handler names Bot Framework developers know. Every type is accepted;
/// the ones a bot does not handle are acknowledged and ignored (spec A2006).
/// </summary>
public abstract class ActivityHandler : IBot
{
    public const string AdaptiveCardInvokeName = "adaptiveCard/action";

    public virtual Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Type switch
        {
            ActivityTypes.Message => OnMessageActivityAsync(turnContext, cancellationToken),
            ActivityTypes.ConversationUpdate => OnConversationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.InstallationUpdate => OnInstallationUpdateActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Invoke => OnInvokeActivityAsync(turnContext, cancellationToken),
            ActivityTypes.Event => OnEventActivityAsync(turnContext, cancellationToken),
            ActivityTypes.MessageReaction => OnMessageReactionActivityAsync(turnContext, cancellationToken),
            _ => OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken),
        };

    protected virtual Task OnMessageActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnConversationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        // JSON allows a null in the list; it names nobody.
        var added = activity.MembersAdded?.Where(m => m is not null).ToList() ?? [];
        var botAdded = added.Any(m => m.Id == botId);
        var othersAdded = added.Where(m => m.Id != botId).ToList();
        if (othersAdded.Count > 0) return OnMembersAddedAsync(othersAdded, turnContext, cancellationToken);
        if (botAdded) return OnBotAddedAsync(turnContext, cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>Users (not the bot) joined the conversation.</summary>
    protected virtual Task OnMembersAddedAsync(IReadOnlyList<ChannelAccount> membersAdded, ITurnContext turnContext,
        CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The bot itself was added to the conversation (Teams: on install into a personal chat).</summary>
    protected virtual Task OnBotAddedAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Action switch
        {
            InstallationActions.Add or InstallationActions.AddUpgrade => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            InstallationActions.Remove or InstallationActions.RemoveUpgrade => OnInstallationUpdateRemoveAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInvokeActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Name == AdaptiveCardInvokeName) return ChoiceCardInvoke.HandleAsync(turnContext, OnAdaptiveCardInvokeAsync, cancellationToken);
        turnContext.InvokeResponse = new InvokeResponse { Status = 501 };
        return Task.CompletedTask;
    }

    /// <summary>An Adaptive Card Action.Execute. Set <see cref="ITurnContext.InvokeResponse"/> to answer it.</summary>
    protected virtual Task OnAdaptiveCardInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turnContext.InvokeResponse = new InvokeResponse { Status = 501 };
        return Task.CompletedTask;
    }

    protected virtual Task OnEventActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageReactionActivityAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;
}
