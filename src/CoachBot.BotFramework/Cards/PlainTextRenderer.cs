using System.Text;

namespace CoachBot.BotFramework.Cards;

/// <summary>The plain-text equivalent of a card: the terminal's rendering and every card's fallback.</summary>
public static class PlainTextRenderer
{
    public static string Render(RichMessage message)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrEmpty(message.Title)) sb.AppendLine(message.Title);
        if (!string.IsNullOrEmpty(message.Subtitle)) sb.AppendLine(message.Subtitle);
        foreach (var section in message.Sections)
        {
            sb.AppendLine();
            if (!string.IsNullOrEmpty(section.Heading)) sb.AppendLine(section.Heading);
            foreach (var (label, value) in section.Facts) sb.Append(label).Append(": ").AppendLine(value);
            foreach (var line in section.Lines) sb.Append(line.Emphasis ? "→ " : "- ").AppendLine(line.Text);
        }
        if (message.Actions.Count > 0)
        {
            sb.AppendLine();
            for (var i = 0; i < message.Actions.Count; i++) sb.Append(i + 1).Append(". ").AppendLine(message.Actions[i].Title);
        }
        return sb.ToString().TrimEnd();
    }
}
