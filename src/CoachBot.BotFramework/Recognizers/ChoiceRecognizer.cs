namespace CoachBot.BotFramework.Recognizers;

/// <summary>An option a prompt offers: its value (also its title) and other words that pick it.</summary>
public sealed record Choice(string Value, IReadOnlyList<string>? Synonyms = null);

/// <summary>The option the user picked: its value, its index in the list, and how sure the match is (0..1).</summary>
public sealed record FoundChoice(string Value, int Index, double Score);

/// <summary>Picks choices by number ("2", "the second"), title or synonym. Baseline: number or exact title.</summary>
public static class ChoiceRecognizer
{
    public static FoundChoice? Recognize(string? text, IReadOnlyList<Choice> choices, string? locale)
    {
        var t = text?.Trim() ?? "";
        if (int.TryParse(t, out var n) && n >= 1 && n <= choices.Count) return new FoundChoice(choices[n - 1].Value, n - 1, 1.0);
        for (var i = 0; i < choices.Count; i++)
            if (string.Equals(choices[i].Value, t, StringComparison.OrdinalIgnoreCase)) return new FoundChoice(choices[i].Value, i, 1.0);
        return null;
    }

    /// <summary>Several choices from one answer ("1, 3 and growth"), in the order given, without repeats.</summary>
    public static IReadOnlyList<FoundChoice> RecognizeMany(string? text, IReadOnlyList<Choice> choices, string? locale) =>
        (text ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => Recognize(part, choices, locale)).OfType<FoundChoice>().DistinctBy(c => c.Index).ToList();
}
