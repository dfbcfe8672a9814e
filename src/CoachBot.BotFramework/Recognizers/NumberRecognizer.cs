using System.Globalization;

namespace CoachBot.BotFramework.Recognizers;

/// <summary>Numbers in digits or words ("7", "seven", "twenty-one"). Baseline: digits only; the words come with the recognizer work.</summary>
public static class NumberRecognizer
{
    public static bool TryRecognize(string? text, string? locale, out decimal value) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out value);
}
