using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Authentication;

/// <summary>Inbound authentication of <c>POST /api/messages</c>.</summary>
public interface IBotAuthenticator
{
    /// <summary>True when no MicrosoftAppId is configured: requests are accepted without a token (Emulator, Playground).</summary>
    bool IsAnonymousMode { get; }

    /// <summary>Validates the Authorization header against the activity; returns who sent it.</summary>
    /// <exception cref="BotAuthenticationException">The request must be refused with 401.</exception>
    Task<BotClaims> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}

public sealed class BotAuthenticationException(string reason) : Exception(reason);
