using System.Net;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Conversation;
using Microsoft.Extensions.Options;

namespace CoachBot.Scheduling;

/// <summary>
/// Sends check-ins, reminders and nudges when they are due. Every instance may run it (no leader): each poll reads
/// the due index, and for each user runs a proactive turn that re-reads the record (the source of truth), claims
/// what is due with the turn's conditional write, and only then sends; a second turn records the result.
/// An instance that loses the write re-runs the turn on fresh state and finds the claim, so it sends nothing.
/// See README "Check-ins" for the delivery guarantees.
/// </summary>
public sealed partial class CheckInScheduler(
    CloudAdapter adapter,
    IUserStore store,
    CoachTexts texts,
    TimeProvider clock,
    IOptions<SchedulerOptions> schedulerOptions,
    IOptions<CheckInOptions> checkInOptions,
    ILogger<CheckInScheduler> logger) : BackgroundService
{
    /// <summary>Tenants served at once in a poll: enough to keep the store and the channel busy while each waits on its pace.</summary>
    private const int ConcurrentTenants = 32;

    private readonly SchedulerOptions _options = schedulerOptions.Value;
    private readonly CheckInOptions _rules = checkInOptions.Value;
    // Rate limits are wall-clock limits of the channel, so pacing uses the system clock, not the (testable) business clock.
    private readonly TenantPacer _pacer = new(TimeProvider.System, schedulerOptions.Value.TenantMessagesPerSecond);

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

    /// <summary>One poll: every user with a due row gets one proactive turn. Returns how many messages went out.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var due = await store.QueryDueAsync(clock.GetUtcNow(), _options.BatchSize, cancellationToken).ConfigureAwait(false);
        var sent = 0;
        // Tenants are served side by side, each at its own pace, and a tenant's users one after another: served in
        // one line, the whole batch waited on each tenant's pace in turn (bench: 2,000 users over 100 tenants, 52 per second).
        var tenants = due.GroupBy(d => d.UserKey, StringComparer.Ordinal).GroupBy(user => TenantPacer.TenantOf(user.Key), StringComparer.Ordinal);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = ConcurrentTenants, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(tenants, parallel, async (tenant, token) =>
        {
            foreach (var user in tenant)
            {
                await _pacer.WaitAsync(tenant.Key, token).ConfigureAwait(false);
                if (await ProcessUserAsync(user.Key, [.. user], token).ConfigureAwait(false)) Interlocked.Increment(ref sent);
            }
        }).ConfigureAwait(false);
        return sent;
    }

    private async Task<bool> ProcessUserAsync(string userKey, List<DueEntry> entries, CancellationToken cancellationToken)
    {
        Delivery? delivery = null;
        DateTimeOffset? nextDue = null;
        ProactiveResult claim;
        using (ExitAfterClaimHook.SchedulerSendScope())
        {
            claim = await adapter.ContinueConversationAsync(userKey, (context, _) =>
            {
                // Re-run after an ETag conflict: the fresh state decides again (and finds another instance's claim).
                delivery = CheckInTurns.Claim(context, texts, _rules, out nextDue);
                return Task.CompletedTask;
            }, cancellationToken).ConfigureAwait(false);
        }

        switch (claim.Status)
        {
            case ProactiveStatus.NoReference:
                // No record (deleted) or no conversation to write to: nothing will ever be due here.
                foreach (var entry in entries) await store.DeleteDueAsync(entry, cancellationToken).ConfigureAwait(false);
                return false;
            case ProactiveStatus.Failed:
                return false; // logged by the adapter; the rows stay for the next poll
        }
        if (delivery is null)
        {
            await TidyIndexAsync(userKey, entries, nextDue, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var outcome = claim.Status == ProactiveStatus.Sent ? SendOutcome.Sent : Classify(claim.Error);
        if (outcome == SendOutcome.Sent) LogSent(logger, delivery.Kind, delivery.Id, userKey);
        else LogSendFailed(logger, delivery.Kind, delivery.Id, outcome, (claim.Error as ConnectorException)?.Status);

        var confirmed = await adapter.ContinueConversationAsync(userKey, (context, _) =>
        {
            nextDue = CheckInTurns.Confirm(context, delivery, outcome, _rules);
            return Task.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
        // If recording the result failed, the claim expires and the message is sent again: at-least-once.
        if (confirmed.Status == ProactiveStatus.Failed) return outcome == SendOutcome.Sent;
        await TidyIndexAsync(userKey, entries, nextDue, cancellationToken).ConfigureAwait(false);
        return outcome == SendOutcome.Sent;
    }

    /// <summary>Makes sure the row for the user's next due time exists, then drops the rows just handled.</summary>
    private async Task TidyIndexAsync(string userKey, List<DueEntry> handled, DateTimeOffset? nextDue, CancellationToken cancellationToken)
    {
        if (nextDue is { } next) await store.UpsertDueAsync(new DueEntry(next, userKey), cancellationToken).ConfigureAwait(false);
        foreach (var entry in handled.Where(e => e.DueUtc != nextDue))
            await store.DeleteDueAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The connector client already retried 429, 412, 502, 503 and 504 within the call; what still fails here is tried
    /// again on a later poll when it is transient (those, 500, or no answer at all), and stops the schedule on 403/404.
    /// </summary>
    internal static SendOutcome Classify(Exception? error) => error switch
    {
        ConnectorException { IsUnreachable: true } => SendOutcome.Unreachable,
        ConnectorException { Status: HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed } => SendOutcome.Transient,
        ConnectorException { Status: >= HttpStatusCode.InternalServerError } => SendOutcome.Transient,
        ConnectorException => SendOutcome.Refused,
        _ => SendOutcome.Transient,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in scheduler is off on this instance (CheckIns:Enabled=false)")]
    private static partial void LogDisabled(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in scheduler started, polling every {PollInterval}")]
    private static partial void LogStarted(ILogger logger, TimeSpan pollInterval);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check-in poll failed; trying again on the next poll")]
    private static partial void LogPollFailed(ILogger logger, Exception ex);

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in {Kind} {CheckInId:O} sent to {UserKey}")]
    private static partial void LogSent(ILogger logger, DeliveryKind kind, DateTimeOffset checkInId, string userKey);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check-in {Kind} {CheckInId:O} not sent: {Outcome} (status {Status})")]
    private static partial void LogSendFailed(ILogger logger, DeliveryKind kind, DateTimeOffset checkInId, SendOutcome outcome, HttpStatusCode? status);
}
