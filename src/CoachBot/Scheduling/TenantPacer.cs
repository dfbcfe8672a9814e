using System.Collections.Concurrent;
using CoachBot.BotFramework.Schema;

namespace CoachBot.Scheduling;

/// <summary>
/// Spaces proactive sends per tenant (research notes 1.8: Teams throttles per app per tenant, and per conversation at
/// 7 per second; a check-in is one message per user, so the tenant rate is the one that binds), and per Slack workspace
/// the same way (research notes 2.1: Slack limits each app per workspace). Each tenant gets
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

    /// <summary>
    /// The tenant part of a user key (channel|tenant|user). Slack names no tenant, so a Slack user's key has none; the
    /// workspace is the team id, which Azure Bot Service puts in <c>channelData.SlackMessage.team_id</c> and in every id
    /// it gives (user <c>U…:T…</c>): the due index keeps only the key, so it is read from the user id there. Other
    /// users without a tenant share their channel's bucket.
    /// </summary>
    public static string TenantOf(string userKey)
    {
        var parts = userKey.Split('|');
        if (parts.Length < 2) return userKey;
        if (parts[0] == Channels.Slack && parts[1].Length == 0 && SlackTeamOf(string.Join('|', parts[2..])) is { } team)
            return Channels.Slack + "|" + team;
        return parts[0] + "|" + parts[1];
    }

    /// <summary>The <c>T…</c> part of a Slack id through Azure Bot Service (<c>U0ADA:T0TEAM</c>); null when it has none.</summary>
    private static string? SlackTeamOf(string userId)
    {
        var colon = userId.LastIndexOf(':');
        if (colon < 0) return null;
        var team = userId[(colon + 1)..];
        return team.Length > 1 && team[0] == 'T' ? team : null;
    }
}
