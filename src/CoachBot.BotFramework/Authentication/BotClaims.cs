namespace CoachBot.BotFramework.Authentication;

/// <summary>Who sent an inbound request, as established by inbound authentication.</summary>
public sealed class BotClaims
{
    private BotClaims(bool isAuthenticated, string? appId, string? callerId)
    {
        IsAuthenticated = isAuthenticated;
        AppId = appId;
        CallerId = callerId;
    }

    /// <summary>True when a valid token was presented; false in anonymous local mode (no MicrosoftAppId configured).</summary>
    public bool IsAuthenticated { get; }

    /// <summary>The app id the token was issued for (our MicrosoftAppId), when authenticated.</summary>
    public string? AppId { get; }

    /// <summary>The callerId the bot records on the activity (e.g. <c>urn:botframework:azure</c>).</summary>
    public string? CallerId { get; }

    public static BotClaims Anonymous { get; } = new(false, null, null);

    public static BotClaims Authenticated(string appId, string? callerId) => new(true, appId, callerId);
}
