using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.State;

/// <summary>
/// An activity a record committed. Activity ids are unique within a conversation only, so the conversation is part of
/// the id. A null <see cref="Conversation"/> is an id kept from version 2, which did not say where it came from
/// (<see cref="ConversationScopesMigration"/>): it matches the activity id in any conversation.
/// </summary>
public sealed record ProcessedId(string? Conversation, string Activity)
{
    public bool Is(string? conversationId, string activityId) =>
        Activity == activityId && (Conversation is null || Conversation == (conversationId ?? ""));
}

/// <summary>
/// What a record remembers to recognise a channel's retry (DESIGN.md "One turn"): the ids of the last activities it
/// committed, each with its conversation, and the replies of the last one, which a retry of that activity gets again
/// instead of a second run. Kept in the record rather than in memory, so a retry that lands on another instance is
/// recognised too.
/// </summary>
public sealed class ProcessedActivities
{
    /// <summary>How many processed activity ids are remembered.</summary>
    public const int Remembered = 16;

    /// <summary>The last activities committed, newest last.</summary>
    public List<ProcessedId> Ids { get; set; } = [];

    /// <summary>The activity <see cref="LastReplies"/> answered.</summary>
    public ProcessedId? LastRepliesTo { get; set; }

    /// <summary>The replies of the last committed turn.</summary>
    public List<Activity>? LastReplies { get; set; }

    public bool Contains(string? conversationId, string activityId) => Ids.Any(p => p.Is(conversationId, activityId));

    /// <summary>What to send again for a retry of the activity: its replies if it was the last one, else nothing.</summary>
    public IReadOnlyList<Activity> RepliesTo(string? conversationId, string activityId) =>
        LastRepliesTo is { } last && last.Is(conversationId, activityId) && LastReplies is { } replies ? replies : [];

    /// <summary>Records a committed activity and its replies, forgetting the oldest ids beyond <see cref="Remembered"/>.</summary>
    public void Remember(string? conversationId, string activityId, IReadOnlyList<Activity> replies)
    {
        var id = new ProcessedId(conversationId ?? "", activityId);
        Ids.Add(id);
        if (Ids.Count > Remembered) Ids.RemoveRange(0, Ids.Count - Remembered);
        LastReplies = replies.Count > 0 ? [.. replies] : null;
        LastRepliesTo = replies.Count > 0 ? id : null;
    }
}
