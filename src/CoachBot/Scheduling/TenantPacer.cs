using System.Collections.Concurrent;

namespace CoachBot.Scheduling;

/// <summary>
/// Spaces proactive sends per tenant (research notes 1.8: Teams throttles per app per tenant, and per conversation at
/// 7 per second; a check-in is one message per user, so the tenant rate is the one that binds). Each tenant gets
/// evenly spaced slots at the configured rate. Rate limits are wall-clock limits of the channel, so the host gives
/// the pacer the system clock, not the (testable) business clock; tests give it a fake one of its own.
/// </summary>
public sealed class TenantPacer(TimeProvider clock, double perSecond)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.Ordinal);
    private readonly TimeSpan _spacing = TimeSpan.FromSeconds(1 / perSecond);

    /// <summary>Waits for the tenant's next free slot and takes it.</summary>
    public async Task WaitAsync(string tenant, CancellationToken cancellationToken)
    {
        var wait = Reserve(tenant);
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes the tenant's next free slot; returns how long until it comes.</summary>
    internal TimeSpan Reserve(string tenant)
    {
        var now = clock.GetUtcNow();
        var slot = now;
        _nextSlot.AddOrUpdate(tenant, _ => (slot = now) + _spacing, (_, next) => (slot = next > now ? next : now) + _spacing);
        return slot - now;
    }

    /// <summary>The tenant part of a user key (channel|tenant|user); users without a tenant share the channel's bucket.</summary>
    public static string TenantOf(string userKey)
    {
        var parts = userKey.Split('|');
        return parts.Length >= 2 ? parts[0] + "|" + parts[1] : userKey;
    }
}
