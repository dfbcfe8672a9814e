using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Diagnostics;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.Conversation;
using Microsoft.Extensions.Logging;

namespace CoachBot.Coaching.CheckIns;

/// <summary>A user with rows in the due index, and those rows.</summary>
public sealed record DueUser(string UserKey, IReadOnlyList<DueEntry> Entries);

/// <summary>
/// Delivers check-ins, reminders and nudges, all in one place: finds who is due in the due index, and for each user
/// runs a proactive turn (<see cref="IProactiveTurns"/>) that re-reads the record (the source of truth), claims what
/// is due with the turn's conditional write and only then sends; a second turn records how the send went and
/// releases the claim; then the index is pointed at the user's next due time. An instance that loses the write
/// re-runs the turn on fresh state and finds the claim, so it sends nothing. README "Check-ins" has the guarantees.
/// Every instance may run it (no leader); how often and how fast is the host's poll loop.
/// </summary>
/// <remarks>
/// Only the user's personal conversation gets what is due (DESIGN.md "Conversation scopes"): a user who wrote only in
/// channels or group chats has none, so their rows are dropped and delivery pauses until they write in the personal
/// chat (<see cref="CheckInTurns.Sync"/> then points the index at the next due time again). Log lines name the user by
/// keyed hash (<see cref="UserKeyHash"/>), never by user key.
/// </remarks>
public sealed partial class CheckInDelivery(IProactiveTurns turns, IUserStore store, CoachTexts texts, TimeProvider clock,
    CheckInOptions options, UserKeyHash userNames, ILogger<CheckInDelivery> logger)
{
    /// <summary>The users due now (at most <see cref="CheckInOptions.BatchSize"/> rows), each with their rows.</summary>
    public async Task<IReadOnlyList<DueUser>> FindDueAsync(CancellationToken cancellationToken)
    {
        var due = await store.QueryDueAsync(clock.GetUtcNow(), options.BatchSize, cancellationToken).ConfigureAwait(false);
        return [.. due.GroupBy(d => d.UserKey, StringComparer.Ordinal).Select(user => new DueUser(user.Key, [.. user]))];
    }

    /// <summary>Claims, sends and confirms what is due for one user; true when a message went out.</summary>
    public async Task<bool> DeliverAsync(DueUser user, CancellationToken cancellationToken)
    {
        using var telemetry = CheckInTelemetry.StartDelivery(user.UserKey);
        Delivery? delivery = null;
        DateTimeOffset? nextDue = null;
        var claim = await turns.ContinueConversationAsync(user.UserKey, (context, _) =>
        {
            // Re-run after an ETag conflict: the fresh state decides again (and finds another instance's claim).
            delivery = CheckInTurns.Claim(context, texts, options, out nextDue);
            return Task.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);

        switch (claim.Status)
        {
            case ProactiveStatus.NoReference:
                // No record (deleted): nothing will ever be due here.
                foreach (var entry in user.Entries) await store.DeleteDueAsync(entry, cancellationToken).ConfigureAwait(false);
                return false;
            case ProactiveStatus.NoPersonalConversation:
                // Never into a channel: paused until the user writes in the personal chat, which re-indexes what is due.
                LogPaused(logger, userNames.Of(user.UserKey));
                foreach (var entry in user.Entries) await store.DeleteDueAsync(entry, cancellationToken).ConfigureAwait(false);
                return false;
            case ProactiveStatus.Failed:
                return false; // logged by the pipeline; the rows stay for the next poll
        }
        if (delivery is null)
        {
            await TidyIndexAsync(user, nextDue, cancellationToken).ConfigureAwait(false);
            return false;
        }

        var outcome = OutcomeOf(claim);
        telemetry.Delivered(delivery.Kind, outcome);
        var userName = userNames.Of(user.UserKey);
        if (outcome == SendOutcome.Sent) LogSent(logger, delivery.Kind, delivery.Id, userName);
        else LogSendFailed(logger, delivery.Kind, delivery.Id, userName, outcome, claim.ChannelStatus);

        var confirmed = await turns.ContinueConversationAsync(user.UserKey, (context, _) =>
        {
            nextDue = CheckInTurns.Confirm(context, delivery, outcome, options);
            return Task.CompletedTask;
        }, cancellationToken).ConfigureAwait(false);
        // If recording the result failed, the claim expires and the message is sent again: at-least-once.
        if (confirmed.Status != ProactiveStatus.Failed) await TidyIndexAsync(user, nextDue, cancellationToken).ConfigureAwait(false);
        return outcome == SendOutcome.Sent;
    }

    /// <summary>Makes sure the row for the user's next due time exists, then drops the rows just handled.</summary>
    private async Task TidyIndexAsync(DueUser user, DateTimeOffset? nextDue, CancellationToken cancellationToken)
    {
        if (nextDue is { } next) await store.UpsertDueAsync(new DueEntry(next, user.UserKey), cancellationToken).ConfigureAwait(false);
        foreach (var entry in user.Entries.Where(e => e.DueUtc != nextDue))
            await store.DeleteDueAsync(entry, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What the check-in rules make of a send (the channel client already retried what it could within the call).</summary>
    internal static SendOutcome OutcomeOf(ProactiveResult result) => result.Status switch
    {
        ProactiveStatus.Sent => SendOutcome.Sent,
        _ => result.Failure switch
        {
            SendFailure.Unreachable => SendOutcome.Unreachable,
            SendFailure.Refused => SendOutcome.Refused,
            _ => SendOutcome.Transient,
        },
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in {Kind} {CheckInId:O} sent to user {User}")]
    private static partial void LogSent(ILogger logger, DeliveryKind kind, DateTimeOffset checkInId, string user);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check-in {Kind} {CheckInId:O} for user {User} not sent: {Outcome} (status {Status})")]
    private static partial void LogSendFailed(ILogger logger, DeliveryKind kind, DateTimeOffset checkInId, string user, SendOutcome outcome, int? status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-ins for user {User} paused: no personal conversation yet, and nothing goes to a channel")]
    private static partial void LogPaused(ILogger logger, string user);
}
