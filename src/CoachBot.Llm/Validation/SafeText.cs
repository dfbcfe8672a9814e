using System.Globalization;
using System.Text.RegularExpressions;

namespace CoachBot.Llm.Validation;

/// <summary>
/// Decides whether one line of LLM output may be shown to the user as a plain suggestion. Suggestions are short plain
/// sentences; anything that looks like markup, a link, an instruction to a model, or a refusal is not one.
/// </summary>
public static partial class SafeText
{
    // Phrases that only appear when the answer talks to or about a model, i.e. an injection echoed back or a refusal.
    private static readonly string[] InjectionPhrases =
    [
        "ignore previous", "ignore all", "ignore the above", "ignore your", "disregard", "previous instructions",
        "system prompt", "you are now", "new instructions", "jailbreak", "developer mode",
    ];

    private static readonly string[] RefusalPhrases =
    [
        "i'm sorry", "i am sorry", "i cannot", "i can't", "i'm unable", "i am unable", "as an ai", "language model",
    ];

    /// <summary>Null when the text is fine; otherwise the reason code.</summary>
    public static string? Check(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text)) return "empty-text";
        if (text.Length > maxLength) return "text-too-long";

        var hasLetter = false;
        foreach (var c in text)
        {
            // Control characters (newlines included) and invisible format characters (zero-width, bidi overrides).
            if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format) return "control-characters";
            if (c is '<' or '>' or '{' or '}' or '[' or ']' or '`' or '|' or '\\') return "markup";
            hasLetter |= char.IsLetter(c);
        }
        if (!hasLetter) return "not-plain-text";
        if (UrlPattern().IsMatch(text)) return "url";

        var lower = text.ToLowerInvariant().Replace('\u2019', '\'');
        if (InjectionPhrases.Any(lower.Contains)) return "injection";
        if (RefusalPhrases.Any(lower.Contains)) return "refusal";
        return null;
    }

    [GeneratedRegex(@"([a-z][a-z0-9+.-]*://)|(\bwww\.)|(\b(mailto|javascript|data|file):)|(\b[a-z0-9-]+\.(com|org|io|ai|dev|ly|info|xyz|link)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
