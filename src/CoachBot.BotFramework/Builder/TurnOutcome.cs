using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;

namespace CoachBot.BotFramework.Builder;

internal enum TurnResult
{
    /// <summary>The turn ran and is stored (or had nothing to store): its replies are ready to send.</summary>
    Committed,
    /// <summary>A channel's retry of an activity the record already committed: its stored replies, to send again.</summary>
    Retry,
    /// <summary>Nothing to run: a proactive turn for a user with no record.</summary>
    NothingToRun,
    /// <summary>Nothing to run: a proactive turn for a user whose record has no personal conversation to write to.</summary>
    NoPersonalConversation,
    /// <summary>Loading, running or committing failed; it is logged with the trace id and nothing was committed.</summary>
    Failed,
}

/// <summary>What the pipeline hands to the edge that sends: the replies, and where they may go.</summary>
internal sealed record TurnOutcome(TurnResult Result, IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse,
    string TraceId, ConversationReference? Reference = null, bool ReferenceAuthenticated = false)
{
    public static TurnOutcome Failed(string traceId) => new(TurnResult.Failed, [], null, traceId);

    public static TurnOutcome NothingToRun(string traceId, bool recordExists) =>
        new(recordExists ? TurnResult.NoPersonalConversation : TurnResult.NothingToRun, [], null, traceId);

    public static TurnOutcome Of(TurnResult result, IReadOnlyList<Activity> replies, InvokeResponse? invoke, UserRecord record,
        string traceId) => new(result, replies, invoke, traceId, record.PersonalReference, record.PersonalReferenceAuthenticated);
}
