using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Builder;

/// <summary>One user = one record, keyed by channel + tenant + user id (DESIGN.md "State").</summary>
public static class UserKeys
{
    /// <summary>The key of the user who sent (or, for a proactive turn, receives) this activity; null when it names no user.</summary>
    public static string? For(Activity activity)
    {
        var userId = activity.From?.Id;
        if (string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(userId)) return null;
        return Compose(activity.ChannelId, TenantOf(activity), userId);
    }

    public static string Compose(string channelId, string? tenantId, string userId) => $"{channelId}|{tenantId}|{userId}";

    /// <summary>The tenant, where the channel names one (Teams: conversation.tenantId or channelData.tenant.id).</summary>
    public static string? TenantOf(Activity activity) =>
        activity.Conversation?.TenantId ?? JsonRead.StringAt(activity.ChannelData, "tenant", "id");
}
