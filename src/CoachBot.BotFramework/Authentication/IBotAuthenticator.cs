using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Authentication;

/// <summary>
/// Inbound authentication of <c>POST /api/messages</c>, in two steps so nothing of an unauthenticated body is read:
/// the token alone first (signature, issuer, audience, lifetime), then, once the body is parsed, what the token says
/// about the activity it came with (the channel its key is endorsed for, the serviceUrl it was signed for).
/// </summary>
public interface IBotAuthenticator
{
    /// <summary>True when no MicrosoftAppId is configured: requests are accepted without a token (Emulator, Playground).</summary>
    bool IsAnonymousMode { get; }

    /// <summary>Validates the Authorization header on its own, before the body is read.</summary>
    /// <exception cref="BotAuthenticationException">The request must be refused with 401.</exception>
    Task<BotToken> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken);

    /// <summary>Checks the parsed activity against the token it came with; returns who sent it.</summary>
    /// <exception cref="BotAuthenticationException">The request must be refused with 401.</exception>
    BotClaims Authorize(BotToken token, Activity activity);
}

public static class BotAuthenticatorExtensions
{
    /// <summary>Both steps, for a caller that holds the activity already; the endpoint runs the first before reading the body.</summary>
    public static async Task<BotClaims> AuthenticateAsync(this IBotAuthenticator authenticator, string? authorizationHeader,
        Activity activity, CancellationToken cancellationToken) =>
        authenticator.Authorize(await authenticator.AuthenticateAsync(authorizationHeader, cancellationToken).ConfigureAwait(false), activity);
}

public sealed class BotAuthenticationException(string reason) : Exception(reason);
