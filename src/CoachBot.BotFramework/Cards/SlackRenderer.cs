using System.Text;

namespace CoachBot.BotFramework.Cards;

/// <summary>Slack mrkdwn: <c>*bold*</c>, <c>_italic_</c>, bullets as text; <c>&amp; &lt; &gt;</c> escaped as Slack requires.</summary>
public static class SlackRenderer
{
    public static string Render(RichMessage message)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrEmpty(message.Title)) sb.Append('*').Append(Escape(message.Title)).AppendLine("*");
        if (!string.IsNullOrEmpty(message.Subtitle)) sb.Append('_').Append(Escape(message.Subtitle)).AppendLine("_");
        foreach (var section in message.Sections)
        {
            sb.AppendLine();
            if (!string.IsNullOrEmpty(section.Heading)) sb.Append('*').Append(Escape(section.Heading)).AppendLine("*");
            foreach (var (label, value) in section.Facts) sb.Append(Escape(label)).Append(": ").AppendLine(Escape(value));
            foreach (var line in section.Lines)
                sb.Append("• ").AppendLine(line.Emphasis ? "*" + Escape(line.Text) + "*" : Escape(line.Text));
        }
        return sb.ToString().TrimEnd();
    }

    /// <summary>Slack treats &amp;, &lt; and &gt; as control characters in message text.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
