namespace CoachBot.BotFramework.Schema;

/// <summary>Who can read a conversation: the user alone with the bot, or others too (DESIGN.md "Conversation scopes").</summary>
public enum ConversationScope
{
    /// <summary>The user and the bot only: Teams personal chat, Slack DM, the Emulator, Web Chat, the terminal.</summary>
    Personal,
    /// <summary>Others can read it: a Teams channel or group chat, a Slack channel, private channel or group DM.</summary>
    Shared,
}

/// <summary>
/// Tells a personal conversation from a shared one, for activities and for stored references. Each channel marks it its
/// own way (research/channels-storage.md 1.7, 2.1; botframework-protocol.md ConversationAccount): Teams names it in
/// <c>conversation.conversationType</c> (<c>personal</c>, <c>groupChat</c>, <c>channel</c>) and gives shared ones
/// <c>19:</c> ids; Slack through Azure Bot Service gives ids <c>B…:T…:D…</c> to DMs (<c>C…</c> channels, <c>G…</c> private
/// ones and group DMs) and says <c>channel_type</c> (<c>im</c>) in the Events API envelope; every channel may set
/// <c>isGroup</c>. A Slack conversation that shows none of the DM marks counts as shared: when unsure, nothing private
/// goes there.
/// </summary>
public static class ConversationScopes
{
    public static ConversationScope Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId == Channels.Slack
            && JsonRead.StringAt(activity.ChannelData, "SlackMessage", "event", "channel_type") is { } slackType)
            return slackType == "im" && activity.Conversation?.IsGroup != true ? ConversationScope.Personal : ConversationScope.Shared;
        return Of(activity.ChannelId, activity.Conversation);
    }

    public static ConversationScope Of(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Of(reference.ChannelId, reference.Conversation);
    }

    public static bool IsPersonal(Activity activity) => Of(activity) == ConversationScope.Personal;

    public static bool IsPersonal(ConversationReference reference) => Of(reference) == ConversationScope.Personal;

    public static ConversationScope Of(string? channelId, ConversationAccount? conversation)
    {
        if (conversation is null) return ConversationScope.Shared;
        if (conversation.IsGroup == true) return ConversationScope.Shared;
        switch (conversation.ConversationType)
        {
            case "personal": return ConversationScope.Personal;
            case "channel" or "groupChat" or "group": return ConversationScope.Shared;
        }
        var id = conversation.Id ?? "";
        return channelId switch
        {
            Channels.Msteams => id.StartsWith("19:", StringComparison.Ordinal) ? ConversationScope.Shared : ConversationScope.Personal,
            Channels.Slack => IsSlackDm(id) ? ConversationScope.Personal : ConversationScope.Shared,
            _ => ConversationScope.Personal,
        };
    }

    /// <summary><c>B…:T…:D…</c>, maybe followed by <c>:&lt;thread_ts&gt;</c>.</summary>
    private static bool IsSlackDm(string id)
    {
        var parts = id.Split(':');
        return parts.Length >= 3 && parts[2].StartsWith('D');
    }
}
