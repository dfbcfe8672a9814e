using System.Collections.Concurrent;

namespace CoachBot.Scheduling;

/// <summary>
/// Spaces proactive sends per tenant (research notes 1.8: Teams throttles per app per tenant, and per conversation at
/// 7 per second; a check-in is one message per user, so the tenant rate is the one that binds). Each tenant gets
/// evenly spaced slots at the configured rate; waiting uses the injected clock.
/// </summary>
public sealed class TenantPacer(TimeProvider clock, double perSecond)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _nextSlot = new(StringComparer.Ordinal);
    private readonly TimeSpan _spacing = TimeSpan.FromSeconds(1 / perSecond);

    public async Task WaitAsync(string tenant, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        DateTimeOffset slot = now;
        _nextSlot.AddOrUpdate(tenant, _ => (slot = now) + _spacing, (_, next) => (slot = next > now ? next : now) + _spacing);
        var wait = slot - now;
        if (wait > TimeSpan.Zero) await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The tenant part of a user key (channel|tenant|user); users without a tenant share the channel's bucket.</summary>
    public static string TenantOf(string userKey)
    {
        var parts = userKey.Split('|');
        return parts.Length >= 2 ? parts[0] + "|" + parts[1] : userKey;
    }
}
