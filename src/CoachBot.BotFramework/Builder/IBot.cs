namespace CoachBot.BotFramework.Builder;

/// <summary>The bot's logic: a function of the turn. It must not send anything itself; it collects replies.</summary>
public interface IBot
{
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
