namespace CoachBot.BotFramework.Schema;

/// <summary>
/// The ids of an inbound activity go into URLs, into headers of calls to the serviceUrl (<c>x-ms-conversation-id</c>)
/// and into storage keys. No channel sends a control character or a line break in one, so an id that has one is refused
/// where the activity is parsed, before anything copies it anywhere.
/// </summary>
public static class ActivityIds
{
    /// <summary>Far above any real id (Teams channel conversation ids are under 200 characters).</summary>
    public const int MaxLength = 1024;

    /// <summary>What is wrong with the activity's ids, naming the field; null when they are all usable.</summary>
    public static string? FindProblem(Activity activity)
    {
        foreach (var (field, value) in Ids(activity))
        {
            if (value is null) continue;
            if (value.Length > MaxLength) return $"The activity's '{field}' is longer than {MaxLength} characters.";
            if (value.Any(IsLineBreakOrControl)) return $"The activity's '{field}' contains a control character or a line break.";
        }
        return null;
    }

    /// <summary>C0 and C1 controls (CR, LF, NUL, TAB, NEL...), DEL, and the Unicode line and paragraph separators.</summary>
    public static bool IsLineBreakOrControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    private static IEnumerable<(string Field, string? Value)> Ids(Activity activity)
    {
        yield return ("id", activity.Id);
        yield return ("channelId", activity.ChannelId);
        yield return ("serviceUrl", activity.ServiceUrl);
        yield return ("replyToId", activity.ReplyToId);
        yield return ("conversation.id", activity.Conversation?.Id);
        yield return ("conversation.tenantId", activity.Conversation?.TenantId);
        yield return ("from.id", activity.From?.Id);
        yield return ("recipient.id", activity.Recipient?.Id);
    }
}
