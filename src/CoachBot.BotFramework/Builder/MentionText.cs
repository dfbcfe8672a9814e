using System.Text.RegularExpressions;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Builder;

/// <summary>
/// Where a channel writes the bot's @mention into the text, the bot reads what is around it: "@CoachBot help" is "help".
/// Teams writes <c>&lt;at&gt;Bot&lt;/at&gt;</c> (with a <c>mention</c> entity); Slack writes its own markup,
/// <c>&lt;@U…&gt;</c> or <c>&lt;@U…|name&gt;</c>, where U… is the bot's Slack user (research/channels-storage.md 1.7, 2.1).
/// Mentions of anyone else stay in the text.
/// </summary>
public static partial class MentionText
{
    public static void RemoveRecipientMention(Activity activity)
    {
        if (activity.Text is null) return;
        var text = activity.ChannelId switch
        {
            Channels.Msteams => WithoutTeamsMention(activity, activity.Text),
            Channels.Slack => WithoutSlackMention(activity, activity.Text),
            _ => null,
        };
        if (text is not null) activity.Text = text.Trim();
    }

    /// <summary>
    /// True when the activity mentions the bot, read from what stripping the mention leaves in place: Teams' mention
    /// entities, and the Events API envelope's own text (or its <c>app_mention</c> type) on Slack. Other channels have no
    /// mention markup, so everything sent there counts as said to the bot.
    /// </summary>
    public static bool MentionsRecipient(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        switch (activity.ChannelId)
        {
            case Channels.Msteams:
                return activity.Recipient?.Id is { } botId && activity.EntitiesOfType("mention").Any(m => m.StringAt("mentioned", "id") == botId);
            case Channels.Slack:
                var slackEvent = JsonRead.At(activity.ChannelData, "SlackMessage", "event");
                if (JsonRead.StringAt(slackEvent, "type") == "app_mention") return true;
                var original = JsonRead.StringAt(slackEvent, "text") ?? "";
                var botUsers = SlackBotUserIds(activity);
                return SlackMention().Matches(original).Any(m => botUsers.Contains(m.Groups["id"].Value));
            default:
                return true;
        }
    }

    private static string? WithoutTeamsMention(Activity activity, string text)
    {
        if (activity.Recipient?.Id is not { } botId) return null;
        foreach (var mention in activity.EntitiesOfType("mention"))
        {
            if (mention.StringAt("mentioned", "id") != botId) continue;
            if (mention.GetString("text") is { Length: > 0 } markup) text = text.Replace(markup, "", StringComparison.Ordinal);
        }
        // Some clients send the markup without a matching entity text: remove the bot's own tag by name.
        if (!string.IsNullOrEmpty(activity.Recipient.Name))
            text = Regex.Replace(text, "<at>\\s*" + Regex.Escape(activity.Recipient.Name) + "\\s*</at>", "", RegexOptions.IgnoreCase);
        return text;
    }

    private static string? WithoutSlackMention(Activity activity, string text)
    {
        var botUsers = SlackBotUserIds(activity);
        if (botUsers.Count == 0) return null;
        return SlackMention().Replace(text, m => botUsers.Contains(m.Groups["id"].Value) ? " " : m.Value);
    }

    /// <summary>
    /// The bot's own Slack user ids, from the Events API envelope Azure Bot Service passes in <c>channelData.SlackMessage</c>:
    /// <c>authorizations[].user_id</c> of the bot (current envelopes) and <c>authed_users</c> (older ones).
    /// </summary>
    private static HashSet<string> SlackBotUserIds(Activity activity)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var envelope = JsonRead.At(activity.ChannelData, "SlackMessage");
        foreach (var authorization in JsonRead.ItemsAt(envelope, "authorizations"))
        {
            var isBot = JsonRead.At(authorization, "is_bot") is System.Text.Json.Nodes.JsonValue flag
                && flag.GetValueKind() == System.Text.Json.JsonValueKind.True;
            if (isBot && JsonRead.StringAt(authorization, "user_id") is { Length: > 0 } id) ids.Add(id);
        }
        foreach (var user in JsonRead.ItemsAt(envelope, "authed_users"))
            if (JsonRead.StringAt(user) is { Length: > 0 } id) ids.Add(id);
        return ids;
    }

    [GeneratedRegex("<@(?<id>[UW][A-Z0-9]+)(\\|[^>]*)?>")]
    private static partial Regex SlackMention();
}
