using CoachBot.BotFramework.Diagnostics;
using CoachBot.Coaching.CheckIns;
using Microsoft.Extensions.Options;

namespace CoachBot.Scheduling;

/// <summary>
/// The host's part of check-in delivery: a poll loop, and the pace of the channel. Each poll asks
/// <see cref="CheckInDelivery"/> who is due and hands it one user at a time per tenant, each tenant at its own pace
/// (<see cref="TenantPacer"/>); what is claimed, sent and recorded is the delivery's business.
/// </summary>
public sealed partial class CheckInScheduler(
    CheckInDelivery delivery,
    TenantPacer pacer,
    TimeProvider clock,
    IOptions<CheckInOptions> options,
    ILogger<CheckInScheduler> logger) : BackgroundService
{
    /// <summary>Tenants served at once in a poll: enough to keep the store and the channel busy while each waits on its pace.</summary>
    private const int ConcurrentTenants = 32;

    private readonly CheckInOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            LogDisabled(logger);
            return;
        }
        LogStarted(logger, _options.PollInterval);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // A storage outage must not stop the scheduler: the due rows are still there on the next poll.
                LogPollFailed(logger, ex);
            }
            try
            {
                await Task.Delay(_options.PollInterval, clock, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    }

    /// <summary>One poll: every user with a due row gets a delivery. Returns how many messages went out.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var due = await delivery.FindDueAsync(cancellationToken).ConfigureAwait(false);
        CheckInTelemetry.Polled(due.SelectMany(user => user.Entries), clock.GetUtcNow());
        var sent = 0;
        // Tenants are served side by side, each at its own pace, and a tenant's users one after another: served in
        // one line, the whole batch waited on each tenant's pace in turn (bench: 2,000 users over 100 tenants, 52 per second).
        var tenants = due.GroupBy(user => TenantPacer.TenantOf(user.UserKey), StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ConcurrentTenants, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(tenants, parallel, async (tenant, token) =>
        {
            foreach (var user in tenant)
            {
                await pacer.WaitAsync(tenant.Key, token).ConfigureAwait(false);
                if (await delivery.DeliverAsync(user, token).ConfigureAwait(false)) Interlocked.Increment(ref sent);
            }
        }).ConfigureAwait(false);
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in scheduler is off on this instance (CheckIns:Enabled=false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in scheduler started, polling every {PollInterval}")]
    private static partial void LogStarted(ILogger logger, TimeSpan pollInterval);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check-in poll failed; trying again on the next poll")]
    private static partial void LogPollFailed(ILogger logger, Exception ex);
}
