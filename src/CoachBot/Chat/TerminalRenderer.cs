using System.Text;
using CoachBot.BotFramework.Schema;

namespace CoachBot.Chat;

/// <summary>Plain text for the terminal: the message text, then any buttons as a numbered list.</summary>
internal static class TerminalRenderer
{
    public static string Render(Activity activity)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrEmpty(activity.Text)) sb.AppendLine(activity.Text.TrimEnd());
        var actions = activity.SuggestedActions?.Actions;
        if (actions is { Count: > 0 })
        {
            for (var i = 0; i < actions.Count; i++) sb.Append("  ").Append(i + 1).Append(". ").AppendLine(actions[i].Title);
        }
        return sb.ToString().TrimEnd();
    }
}
