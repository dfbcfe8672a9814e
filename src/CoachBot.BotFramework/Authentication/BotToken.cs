using Microsoft.IdentityModel.JsonWebTokens;

namespace CoachBot.BotFramework.Authentication;

/// <summary>
/// A bearer token that passed the checks that need no activity (signature by a published key, issuer, audience or app id,
/// lifetime, algorithm); what it says about the activity is checked by <see cref="IBotAuthenticator.Authorize"/>.
/// </summary>
public sealed class BotToken
{
    internal BotToken(BotTokenKind kind, JsonWebToken? jwt, BotSigningKeys? keys)
    {
        Kind = kind;
        Jwt = jwt;
        Keys = keys;
    }

    /// <summary>Anonymous local mode: no token was asked for.</summary>
    public static BotToken None { get; } = new(BotTokenKind.None, null, null);

    public BotTokenKind Kind { get; }
    internal JsonWebToken? Jwt { get; }

    /// <summary>The key set the token was validated against, with the channels each key is endorsed for.</summary>
    internal BotSigningKeys? Keys { get; }
}

public enum BotTokenKind
{
    /// <summary>No token (anonymous local mode).</summary>
    None,
    /// <summary>Issued by Azure Bot Service for a channel.</summary>
    Channel,
    /// <summary>An Entra token the Emulator presents, for our own app id.</summary>
    Emulator,
}
