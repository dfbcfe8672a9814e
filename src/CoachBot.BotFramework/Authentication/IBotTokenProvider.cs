namespace CoachBot.BotFramework.Authentication;

/// <summary>Outbound bot tokens (scope https://api.botframework.com/.default), cached until near expiry.</summary>
public interface IBotTokenProvider
{
    /// <summary>False in anonymous local mode (no MicrosoftAppId): no token is ever sent.</summary>
    bool IsEnabled { get; }

    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}

/// <summary>Anonymous local mode: no credentials, no token.</summary>
public sealed class NoBotTokenProvider : IBotTokenProvider
{
    public bool IsEnabled => false;
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
