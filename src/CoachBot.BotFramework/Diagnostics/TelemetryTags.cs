using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Diagnostics;

/// <summary>
/// The attribute names, and the only values they take. Channel ids and activity types come from the wire: anything
/// not in the known lists becomes "other", so a sender cannot fill the metrics with values of its own choosing.
/// </summary>
public static class TelemetryTags
{
    public const string Channel = "coachbot.channel";
    public const string ActivityType = "coachbot.activity.type";
    public const string TurnOutcome = "coachbot.turn.outcome";
    public const string SendFailure = "coachbot.send.failure";
    public const string CheckInKind = "coachbot.checkin.kind";
    public const string CheckInOutcome = "coachbot.checkin.outcome";
    public const string HttpStatus = "http.response.status_code";

    private static readonly HashSet<string> KnownChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        Channels.Msteams, Channels.Slack, Channels.Emulator, Channels.Webchat, Channels.DirectLine, Channels.Terminal, Channels.Test,
    };

    private static readonly HashSet<string> KnownTypes = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.ContactRelationUpdate,
        ActivityTypes.Typing, ActivityTypes.EndOfConversation, ActivityTypes.Event, ActivityTypes.Invoke, ActivityTypes.MessageReaction,
        ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete, ActivityTypes.Trace, "proactive",
    };

    public static string ChannelOf(string? channelId) =>
        channelId is null ? "none" : KnownChannels.Contains(channelId) ? channelId.ToLowerInvariant() : "other";

    public static string TypeOf(string? activityType) =>
        activityType is null ? "none" : KnownTypes.Contains(activityType) ? activityType : "other";

    /// <summary>The channel part of a user key (<c>channel|tenant|user</c>); the rest never leaves this method.</summary>
    public static string ChannelOfUserKey(string userKey)
    {
        var bar = userKey.IndexOf('|', StringComparison.Ordinal);
        return ChannelOf(bar < 0 ? null : userKey[..bar]);
    }

    /// <summary>An enum value as a tag: snake case of its name (<c>NothingToRun</c> becomes <c>nothing_to_run</c>).</summary>
    public static string Of(Enum value)
    {
        var name = value.ToString();
        var sb = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(name[i]));
        }
        return sb.ToString();
    }
}
