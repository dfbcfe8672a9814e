using Azure.Core;
using Azure.Identity;

namespace CoachBot.BotFramework.Authentication;

/// <summary>Outbound tokens for a UserAssignedMSI bot: the managed identity whose client id is MicrosoftAppId, no secret.</summary>
public sealed class ManagedIdentityBotTokenProvider(TokenCredential credential, string scope, TimeProvider clock)
    : CachedBotTokenProvider(clock)
{
    public ManagedIdentityBotTokenProvider(BotFrameworkOptions app, BotAuthOptions auth, TimeProvider clock)
        : this(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(
            app.IsAnonymous ? throw new ArgumentException("A UserAssignedMSI bot needs MicrosoftAppId.", nameof(app)) : app.MicrosoftAppId)),
            auth.OAuthScope, clock)
    {
    }

    protected override async Task<BotAccessToken> FetchAsync(bool forceRefresh, CancellationToken cancellationToken)
    {
        // Azure.Identity keeps its own cache and refreshes before expiry; forceRefresh has no counterpart there.
        var token = await credential.GetTokenAsync(new TokenRequestContext([scope]), cancellationToken).ConfigureAwait(false);
        return new BotAccessToken(token.Token, token.ExpiresOn);
    }
}
