using System.Collections.Concurrent;

namespace CoachBot.Coaching.Suggestions;

/// <summary>
/// Keeps an LLM answer for the activity that asked for it, so a turn re-run after a storage conflict reuses it
/// instead of asking again (DESIGN.md "One turn"). Entries live for a couple of minutes: long enough for re-runs
/// and channel retries, short enough to stay small.
/// </summary>
public sealed class SuggestionCache(TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Expires, object? Value)> _entries = new(StringComparer.Ordinal);

    public async Task<T?> GetOrAddAsync<T>(string key, Func<Task<T?>> create) where T : class
    {
        var now = clock.GetUtcNow();
        if (_entries.TryGetValue(key, out var entry) && entry.Expires > now) return entry.Value as T;
        var value = await create().ConfigureAwait(false);
        _entries[key] = (now + Lifetime, value);
        if (_entries.Count > 1000) Prune(now);
        return value;
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var (key, entry) in _entries)
            if (entry.Expires <= now) _entries.TryRemove(key, out _);
    }
}
