using Microsoft.IdentityModel.Protocols;

namespace CoachBot.BotFramework.Authentication;

/// <summary>
/// The signing keys of one OpenID metadata document, fetched on first use and again every refresh interval, and on
/// demand when a token names a key the bot has not seen (keys rotate). Anyone can send a token with an unknown key id,
/// so those on-demand refreshes are at most one per <see cref="UnknownKeyRefreshInterval"/>; a request that finds a
/// refresh under way waits for it instead of being refused, so a refresh started by one request never holds off
/// another whose key the refresh brings. Fetches are shared by everyone waiting and never cancelled by one of them.
/// </summary>
public sealed class SigningKeyCache
{
    /// <summary>The most often an unknown key id can make the bot fetch the keys.</summary>
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly object _gate = new();
    private readonly string _metadataUrl;
    private readonly IConfigurationRetriever<BotSigningKeys> _retriever;
    private readonly IDocumentRetriever _documents;
    private readonly TimeSpan _refreshInterval;
    private readonly TimeProvider _clock;

    private BotSigningKeys? _keys;
    private DateTimeOffset _fetchedAt;
    private DateTimeOffset _lastFetchStarted = DateTimeOffset.MinValue;
    private DateTimeOffset _lastUnknownKeyRefresh = DateTimeOffset.MinValue;
    private Task<BotSigningKeys>? _fetch;

    public SigningKeyCache(string metadataUrl, IConfigurationRetriever<BotSigningKeys> retriever, IDocumentRetriever documents,
        TimeSpan refreshInterval, TimeProvider clock)
    {
        _metadataUrl = metadataUrl;
        _retriever = retriever;
        _documents = documents;
        _refreshInterval = refreshInterval;
        _clock = clock;
    }

    /// <summary>The current keys; fetched when there are none yet or they are older than the refresh interval.</summary>
    /// <exception cref="Exception">There are no keys and they could not be fetched (callers fail closed).</exception>
    public async Task<BotSigningKeys> GetAsync(CancellationToken cancellationToken)
    {
        Task<BotSigningKeys> fetch;
        BotSigningKeys? stale;
        lock (_gate)
        {
            var now = _clock.GetUtcNow();
            stale = _keys;
            if (stale is not null && (now - _fetchedAt < _refreshInterval || now - _lastFetchStarted < UnknownKeyRefreshInterval))
                return stale;
            fetch = StartFetch(now);
        }
        try
        {
            return await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (stale is not null && !cancellationToken.IsCancellationRequested)
        {
            // A scheduled refresh failed: the keys in hand are still the published ones as far as anyone knows.
            return stale;
        }
    }

    /// <summary>
    /// Keys newer than <paramref name="seen"/>, for a token whose key id <paramref name="seen"/> does not have: the keys
    /// another request fetched meanwhile, the result of a fetch under way, or of a fetch started now when none was in
    /// the last <see cref="UnknownKeyRefreshInterval"/>. Null when there is nothing newer to be had now.
    /// </summary>
    public async Task<BotSigningKeys?> RefreshForUnknownKeyAsync(BotSigningKeys seen, CancellationToken cancellationToken)
    {
        Task<BotSigningKeys> fetch;
        lock (_gate)
        {
            if (_keys is not null && !ReferenceEquals(_keys, seen)) return _keys;
            var now = _clock.GetUtcNow();
            if (_fetch is { } running) fetch = running;
            else if (now - _lastUnknownKeyRefresh < UnknownKeyRefreshInterval) return null;
            else
            {
                _lastUnknownKeyRefresh = now;
                fetch = StartFetch(now);
            }
        }
        try
        {
            var fresh = await fetch.WaitAsync(cancellationToken).ConfigureAwait(false);
            return ReferenceEquals(fresh, seen) ? null : fresh;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>Joins the fetch under way, or starts one; called under the lock.</summary>
    private Task<BotSigningKeys> StartFetch(DateTimeOffset now)
    {
        if (_fetch is { } running) return running;
        _lastFetchStarted = now;
        return _fetch = FetchAsync();
    }

    private async Task<BotSigningKeys> FetchAsync()
    {
        // Off the caller's lock; the metadata client's own timeout bounds the fetch.
        await Task.Yield();
        try
        {
            var keys = await _retriever.GetConfigurationAsync(_metadataUrl, _documents, CancellationToken.None).ConfigureAwait(false);
            lock (_gate)
            {
                _keys = keys;
                _fetchedAt = _clock.GetUtcNow();
            }
            return keys;
        }
        finally
        {
            lock (_gate) _fetch = null;
        }
    }
}
