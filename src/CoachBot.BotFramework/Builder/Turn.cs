using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;

namespace CoachBot.BotFramework.Builder;

/// <summary>
/// What differs between a turn a channel starts (<see cref="InboundTurn"/>) and one the bot starts
/// (<see cref="ProactiveTurn"/>); <see cref="TurnRunner"/> runs both the same way: load, run, commit.
/// </summary>
internal abstract class Turn(string userKey, BotClaims claims)
{
    public string UserKey { get; } = userKey;

    public BotClaims Claims { get; } = claims;

    /// <summary>For logs: the activity type, or "proactive".</summary>
    public abstract string Kind { get; }

    /// <summary>The activity this turn handles for the loaded record; null when there is nothing to run.</summary>
    public abstract Activity? ActivityFor(LoadedRecord loaded);

    public abstract Task RunAsync(IBot bot, ITurnContext context, CancellationToken cancellationToken);

    /// <summary>What the pipeline itself changes in the record before it is compared and written.</summary>
    public virtual void BeforeCommit(UserRecord record)
    {
    }
}

/// <summary>
/// The user's record as read at the start of a turn: <see cref="Stored"/> is null for a user with none yet. For a user
/// whose data was deleted, <see cref="Record"/> is a fresh one that keeps only the tombstone's processed ids.
/// </summary>
internal sealed record LoadedRecord(StoredRecord? Stored, UserRecord Record, bool Deleted = false)
{
    /// <summary>True for a user with no record, or with only the tombstone of a deletion: the turn starts afresh.</summary>
    public bool IsNew => Stored is null || Deleted;
}
