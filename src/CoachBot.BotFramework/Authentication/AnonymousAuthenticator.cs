using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Authentication;

/// <summary>Anonymous local mode: every request is accepted, and no token is ever sent back.</summary>
public sealed class AnonymousAuthenticator : IBotAuthenticator
{
    public bool IsAnonymousMode => true;

    public Task<BotClaims> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken) =>
        Task.FromResult(BotClaims.Anonymous);
}
