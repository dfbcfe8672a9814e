namespace CoachBot.BotFramework.Recognizers;

/// <summary>Yes/no in their common forms. Baseline: yes/no only.</summary>
public static class BooleanRecognizer
{
    /// <returns>true for yes, false for no, null when the text is neither.</returns>
    public static bool? Recognize(string? text, string? locale) =>
        text?.Trim().ToLowerInvariant() switch
        {
            "yes" or "y" => true,
            "no" or "n" => false,
            _ => null,
        };
}
