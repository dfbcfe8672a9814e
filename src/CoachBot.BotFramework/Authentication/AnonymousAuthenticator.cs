using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Authentication;

/// <summary>Anonymous local mode: every request is accepted, and no token is ever sent back.</summary>
public sealed class AnonymousAuthenticator : IBotAuthenticator
{
    public bool IsAnonymousMode => true;

    public Task<BotToken> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken) =>
        Task.FromResult(BotToken.None);

    public BotClaims Authorize(BotToken token, Activity activity) => BotClaims.Anonymous;
}
