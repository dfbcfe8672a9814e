using System.Text;

namespace CoachBot.Coaching.Conversation;

/// <summary>What the user typed, made safe to keep and show: control characters dropped, whitespace tidied, length capped.</summary>
public static class UserText
{
    /// <summary>Longest text kept for one answer; longer answers are refused by the prompts before they get here.</summary>
    public const int MaxAnswerLength = 1000;

    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\n' or '\t') builder.Append(c == '\t' ? ' ' : '\n');
            else if (!char.IsControl(c)) builder.Append(c);
        }
        var lines = builder.ToString().Split('\n').Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        var cleaned = string.Join('\n', lines.Where(l => l.Length > 0)).Trim();
        return cleaned.Length <= MaxAnswerLength ? cleaned : cleaned[..MaxAnswerLength];
    }

    /// <summary>True when the text has at least one letter or digit (not only emoji or punctuation).</summary>
    public static bool HasWords(string? text) => text is not null && text.Any(char.IsLetterOrDigit);
}
