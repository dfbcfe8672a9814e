using CoachBot.BotFramework.Diagnostics;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using Microsoft.Extensions.Logging;

namespace CoachBot.BotFramework.Builder;

/// <summary>
/// The turn pipeline of DESIGN.md "One turn", for both kinds of <see cref="Turn"/>: <b>load</b> the record (one read,
/// migrated when older), <b>run</b> the turn with replies collected, <b>commit</b> (at most one conditional write,
/// and none when nothing changed). An ETag conflict re-runs all three on fresh state, a bounded number of times.
/// Every failure ends in one place: logged with the trace id, nothing committed. Nothing is sent here.
/// A user's turns run here one after another (<see cref="UserTurnLocks"/>), and each within <paramref name="deadline"/>
/// (waiting for the previous one included): past it every dependency call still running is cancelled, the turn counts
/// as failed and commits nothing (a write either happened whole before, or not at all).
/// </summary>
internal sealed partial class TurnRunner(IBot bot, IUserStore store, UserRecordSerializer records, TimeProvider clock,
    int maxConflictRetries, TimeSpan deadline, UserTurnLocks locks, ILogger logger)
{
    public async Task<TurnOutcome> RunAsync(Turn turn, CancellationToken requestAborted)
    {
        var traceId = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? System.Diagnostics.ActivityTraceId.CreateRandom().ToString();
        var stage = "waiting for the user's previous turn";
        // The channel's wait is wall-clock time, whatever clock the business logic runs on.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        timeout.CancelAfter(deadline);
        var cancellationToken = timeout.Token;
        try
        {
            using var turnOfUser = await locks.EnterAsync(turn.UserKey, cancellationToken).ConfigureAwait(false);
            for (var attempt = 1; ; attempt++)
            {
                stage = "loading";
                var loaded = await LoadAsync(turn.UserKey, cancellationToken).ConfigureAwait(false);
                if (turn.ActivityFor(loaded) is not { } activity) return TurnOutcome.NothingToRun(traceId, recordExists: !loaded.IsNew);

                // A channel's retry of an activity this record already committed: re-send, do not re-run.
                // Activity ids are unique per conversation only: the same id in another conversation is another activity.
                var conversationId = activity.Conversation?.Id;
                if (activity.Id is { } id && loaded.Record.Processed is { } processed && processed.Contains(conversationId, id))
                {
                    LogRetry(logger, traceId, id);
                    return TurnOutcome.Of(TurnResult.Retry, processed.RepliesTo(conversationId, id), null, loaded.Record, traceId);
                }

                stage = "running";
                var context = new TurnContext(activity, turn.Claims, turn.UserKey, loaded.Record, loaded.IsNew, clock, store);
                await turn.RunAsync(bot, context, cancellationToken).ConfigureAwait(false);

                stage = "committing";
                try
                {
                    await CommitAsync(turn, activity, loaded, context, cancellationToken).ConfigureAwait(false);
                }
                catch (StoreConflictException) when (attempt <= maxConflictRetries)
                {
                    LogConflict(logger, traceId, attempt);
                    TurnTelemetry.Conflict();
                    continue;
                }
                return TurnOutcome.Of(TurnResult.Committed, context.Replies, context.InvokeResponse, loaded.Record, traceId);
            }
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !requestAborted.IsCancellationRequested)
        {
            LogDeadline(logger, stage, traceId, turn.Kind, deadline);
            return TurnOutcome.Failed(traceId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !requestAborted.IsCancellationRequested)
        {
            LogFailed(logger, ex, stage, traceId, turn.Kind);
            return TurnOutcome.Failed(traceId);
        }
    }

    private async Task<LoadedRecord> LoadAsync(string userKey, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync(userKey, cancellationToken).ConfigureAwait(false);
        if (stored is null) return new LoadedRecord(null, new UserRecord());
        var record = records.Deserialize(stored.Json);
        return record.Deleted
            ? new LoadedRecord(stored, new UserRecord { Processed = record.Processed }, Deleted: true)
            : new LoadedRecord(stored, record);
    }

    /// <summary>Deletes, writes, or (when the turn changed nothing) does neither.</summary>
    private async Task CommitAsync(Turn turn, Activity activity, LoadedRecord loaded, TurnContext context,
        CancellationToken cancellationToken)
    {
        if (context.DeleteRequested)
        {
            await DeleteAsync(turn.UserKey, activity, loaded.Record, cancellationToken).ConfigureAwait(false);
            return;
        }

        var record = loaded.Record;
        context.FlushProperties();
        turn.BeforeCommit(record);
        var state = records.SerializeState(record);
        if (loaded.Stored is { } stored && context.History.Count == 0 && UserRecordSerializer.HoldsState(stored.Json, state)) return;

        if (activity.Id is { } id) (record.Processed ??= new ProcessedActivities()).Remember(activity.Conversation?.Id, id, context.Replies);
        var json = UserRecordSerializer.Compose(state, record.Processed);
        // The due index is written first: a stale index row is harmless, a missing one loses a check-in.
        foreach (var due in context.Due) await store.UpsertDueAsync(due, cancellationToken).ConfigureAwait(false);
        await store.WriteAsync(turn.UserKey, json, loaded.Stored?.ETag, context.History, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// "Delete my data", recorded like any turn: every row of the user goes, then a tombstone takes the record's place
    /// that keeps only the processed activity ids (this one included) and a deletion marker, no state and no replies
    /// (they may repeat the user's words). A channel's retry of the confirming "yes" then finds its id and re-sends
    /// nothing, instead of running as a brand-new user and creating a record again (issue 14.8).
    /// </summary>
    private async Task DeleteAsync(string userKey, Activity activity, UserRecord record, CancellationToken cancellationToken)
    {
        await store.DeleteUserAsync(userKey, cancellationToken).ConfigureAwait(false);
        var processed = new ProcessedActivities { Ids = [.. record.Processed?.Ids ?? []] };
        if (activity.Id is { } id) processed.Remember(activity.Conversation?.Id, id, []);
        var tombstone = new UserRecord { Deleted = true, Processed = processed };
        try
        {
            await store.WriteAsync(userKey, records.Serialize(tombstone), null, [], cancellationToken).ConfigureAwait(false);
        }
        catch (StoreConflictException)
        {
            // Another instance's turn of this user wrote a fresh record since the deletion: that one stands.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn failed while {Stage} (trace {TraceId}, {TurnKind}); nothing was committed")]
    private static partial void LogFailed(ILogger logger, Exception ex, string stage, string traceId, string turnKind);

    [LoggerMessage(Level = LogLevel.Error, Message = "Turn passed its deadline of {Deadline} while {Stage} (trace {TraceId}, {TurnKind}); its dependency calls were cancelled and nothing was committed")]
    private static partial void LogDeadline(ILogger logger, string stage, string traceId, string turnKind, TimeSpan deadline);

    [LoggerMessage(Level = LogLevel.Information, Message = "Activity {ActivityId} was already processed (trace {TraceId}); re-sending its replies")]
    private static partial void LogRetry(ILogger logger, string traceId, string activityId);

    [LoggerMessage(Level = LogLevel.Information, Message = "ETag conflict (trace {TraceId}); re-running the turn on fresh state, attempt {Attempt}")]
    private static partial void LogConflict(ILogger logger, string traceId, int attempt);
}
