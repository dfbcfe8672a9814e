using System.Text.RegularExpressions;
using CoachBot.BotFramework.Schema;

namespace CoachBot.BotFramework.Builder;

/// <summary>Teams puts <c>&lt;at&gt;Bot&lt;/at&gt;</c> into the text of group and channel messages; the bot reads what follows.</summary>
internal static class MentionText
{
    public static void RemoveRecipientMention(Activity activity)
    {
        if (activity.Text is null || activity.Entities is null || activity.Recipient?.Id is not { } botId) return;
        foreach (var entity in activity.Entities)
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase)) continue;
            if (entity.Properties is null || !entity.Properties.TryGetValue("mentioned", out var mentioned)) continue;
            if (mentioned.ValueKind != System.Text.Json.JsonValueKind.Object
                || !mentioned.TryGetProperty("id", out var id) || id.GetString() != botId) continue;
            var markup = entity.GetString("text");
            if (!string.IsNullOrEmpty(markup)) activity.Text = activity.Text.Replace(markup, "", StringComparison.Ordinal);
        }
        // Some clients send the markup without a matching entity text: remove the bot's own tag by name.
        if (!string.IsNullOrEmpty(activity.Recipient.Name))
            activity.Text = Regex.Replace(activity.Text, "<at>\\s*" + Regex.Escape(activity.Recipient.Name) + "\\s*</at>", "",
                RegexOptions.IgnoreCase);
        activity.Text = activity.Text.Trim();
    }
}
