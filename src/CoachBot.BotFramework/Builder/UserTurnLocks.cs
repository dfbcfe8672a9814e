namespace CoachBot.BotFramework.Builder;

/// <summary>
/// Runs one user's turns on this instance one after another. Without it, 20 messages at once from one user all read the
/// same record, all but one lose the ETag race, and the re-runs exhaust the conflict retries (issue 14.12): now a turn
/// waits (asynchronously, no thread blocked) for the user's previous one to commit, and reads what it wrote. Other
/// instances are still kept apart by the ETag alone. A user's entry exists only while a turn of theirs runs or waits.
/// </summary>
internal sealed class UserTurnLocks
{
    private sealed class Entry
    {
        public readonly SemaphoreSlim Gate = new(1, 1);
        public int Holders; // running or waiting; guarded by _entries
    }

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Users with a turn running or waiting; for tests.</summary>
    public int Count
    {
        get
        {
            lock (_entries) return _entries.Count;
        }
    }

    /// <summary>Waits until no other turn of the user runs here; dispose the result to let the next one in.</summary>
    public async ValueTask<IDisposable> EnterAsync(string userKey, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (_entries)
        {
            if (!_entries.TryGetValue(userKey, out entry!)) _entries[userKey] = entry = new Entry();
            entry.Holders++;
        }
        try
        {
            await entry.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(userKey, entry);
            throw;
        }
        return new Held(this, userKey, entry);
    }

    private void Leave(string userKey, Entry entry)
    {
        lock (_entries)
        {
            if (--entry.Holders == 0) _entries.Remove(userKey);
        }
    }

    private sealed class Held(UserTurnLocks locks, string userKey, Entry entry) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
            entry.Gate.Release();
            locks.Leave(userKey, entry);
        }
    }
}
