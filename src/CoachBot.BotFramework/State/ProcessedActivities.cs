using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.State;

/// <summary>
/// What a record remembers to recognise a channel's retry (DESIGN.md "One turn"): the ids of the last activities it
/// committed and the replies of the last one, which a retry of that activity gets again instead of a second run.
/// Kept in the record rather than in memory, so a retry that lands on another instance is recognised too.
/// </summary>
public sealed class ProcessedActivities
{
    /// <summary>How many processed activity ids are remembered.</summary>
    public const int Remembered = 16;

    /// <summary>Ids of the last activities committed, newest last.</summary>
    public List<string> Ids { get; set; } = [];

    /// <summary>The id of the activity <see cref="LastReplies"/> answered.</summary>
    public string? LastRepliesTo { get; set; }

    /// <summary>The replies of the last committed turn.</summary>
    public List<Activity>? LastReplies { get; set; }

    public bool Contains(string activityId) => Ids.Contains(activityId);

    /// <summary>What to send again for a retry of <paramref name="activityId"/>: its replies if it was the last one, else nothing.</summary>
    public IReadOnlyList<Activity> RepliesTo(string activityId) =>
        LastRepliesTo == activityId && LastReplies is { } replies ? replies : [];

    /// <summary>Records a committed activity and its replies, forgetting the oldest ids beyond <see cref="Remembered"/>.</summary>
    public void Remember(string activityId, IReadOnlyList<Activity> replies)
    {
        Ids.Add(activityId);
        if (Ids.Count > Remembered) Ids.RemoveRange(0, Ids.Count - Remembered);
        LastReplies = replies.Count > 0 ? [.. replies] : null;
        LastRepliesTo = replies.Count > 0 ? activityId : null;
    }
}
