using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Authentication;

/// <summary>
/// Anonymous local mode: no token is asked for and none is ever sent back. Since the serviceUrl is then only what the
/// sender claims, an activity is accepted only when it names a serviceUrl replies may go to (<see cref="AnonymousServiceUrls"/>).
/// </summary>
public sealed class AnonymousAuthenticator(AnonymousServiceUrls? serviceUrls = null) : IBotAuthenticator
{
    private readonly AnonymousServiceUrls _serviceUrls = serviceUrls ?? AnonymousServiceUrls.LoopbackOnly;

    public bool IsAnonymousMode => true;

    public Task<BotToken> AuthenticateAsync(string? authorizationHeader, CancellationToken cancellationToken) =>
        Task.FromResult(BotToken.None);

    public BotClaims Authorize(BotToken token, Activity activity)
    {
        // No serviceUrl (expectReplies): the replies go back in the HTTP response, to the caller itself.
        if (!string.IsNullOrEmpty(activity.ServiceUrl) && !_serviceUrls.Allows(activity.ServiceUrl))
            throw new BotAuthenticationException(
                $"In anonymous mode replies go only to loopback serviceUrls and those BotAuth:AnonymousServiceUrls allows; '{Host(activity.ServiceUrl)}' is neither.");
        return BotClaims.Anonymous;
    }

    private static string Host(string serviceUrl) => Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) ? url.Authority : "(not a URL)";
}
