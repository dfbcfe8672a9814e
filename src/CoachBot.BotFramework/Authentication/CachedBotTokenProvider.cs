namespace CoachBot.BotFramework.Authentication;

/// <summary>An access token and the moment it stops being valid.</summary>
public sealed record BotAccessToken(string Value, DateTimeOffset ExpiresOn);

/// <summary>
/// Keeps one outbound token for every send until <see cref="RefreshMargin"/> before it expires, then fetches the next,
/// one caller at a time, so a burst of sends on a cold start asks the identity provider once.
/// </summary>
public abstract class CachedBotTokenProvider(TimeProvider clock) : IBotTokenProvider, IDisposable
{
    /// <summary>A token this close to expiry is not used again (the margin MSAL and Azure.Identity use too).</summary>
    public static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private BotAccessToken? _current;

    public bool IsEnabled => true;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh(Volatile.Read(ref _current)) is { } cached) return cached;
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _current;
            if (Fresh(current) is { } fresh) return fresh;
            // A stale token in hand means the provider's own cache would hand back the same one: ask past it.
            var fetched = await FetchAsync(forceRefresh: current is not null, cancellationToken).ConfigureAwait(false);
            // Identity libraries stamp expiry with the wall clock; keep the remaining lifetime on our clock (one and the
            // same in production, a fake one in tests).
            var next = fetched with { ExpiresOn = clock.GetUtcNow() + (fetched.ExpiresOn - DateTimeOffset.UtcNow) };
            Volatile.Write(ref _current, next);
            return fetched.Value;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Gets a new token from the identity provider.</summary>
    protected abstract Task<BotAccessToken> FetchAsync(bool forceRefresh, CancellationToken cancellationToken);

    private string? Fresh(BotAccessToken? token) =>
        token is not null && clock.GetUtcNow() < token.ExpiresOn - RefreshMargin ? token.Value : null;

    public void Dispose()
    {
        _gate.Dispose();
        GC.SuppressFinalize(this);
    }
}
