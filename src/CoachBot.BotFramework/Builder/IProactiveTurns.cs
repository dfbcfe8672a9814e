
namespace CoachBot.BotFramework.Builder;

/// <summary>
/// The bot writing first: a turn for a stored user, run through the same pipeline as a message (one read, at most one
/// conditional write), its replies sent to the user's personal conversation only after that write committed. The port
/// that check-in delivery uses; <see cref="CloudAdapter"/> implements it.
/// </summary>
public interface IProactiveTurns
{
    /// <param name="userKey">The user whose record the turn reads.</param>
    /// <param name="turn">The turn's logic; it may run more than once (a re-run after an ETag conflict sees fresh state).</param>
    Task<ProactiveResult> ContinueConversationAsync(string userKey, Func<ITurnContext, CancellationToken, Task> turn,
        CancellationToken cancellationToken);
}

public enum ProactiveStatus
{
    /// <summary>The turn ran and committed, and its replies (if any) were sent.</summary>
    Sent,
    /// <summary>The turn ran and committed, but sending failed (see <see cref="ProactiveResult.Failure"/>).</summary>
    SendFailed,
    /// <summary>The user has no record (or only what a deletion leaves); nothing ran.</summary>
    NoReference,
    /// <summary>
    /// The user's record holds no personal conversation (they only wrote in channels or group chats, or a record of
    /// version 2 only knew a channel); nothing ran. Delivery waits until they write in the personal chat.
    /// </summary>
    NoPersonalConversation,
    /// <summary>The turn failed (storage or the turn threw); it was logged with its trace id and nothing was committed.</summary>
    Failed,
}

/// <summary>What a proactive turn did.</summary>
/// <param name="Replies">How many replies the turn collected.</param>
/// <param name="Failure">Why the send failed, when <see cref="Status"/> is <see cref="ProactiveStatus.SendFailed"/>.</param>
/// <param name="ChannelStatus">The HTTP status the channel answered a failed send with, if it answered.</param>
public sealed record ProactiveResult(ProactiveStatus Status, int Replies, SendFailure Failure = SendFailure.None, int? ChannelStatus = null);
