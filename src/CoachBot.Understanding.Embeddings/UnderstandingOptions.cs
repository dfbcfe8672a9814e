namespace CoachBot.Understanding.Embeddings;

public enum SemanticMatcherMode { Embeddings, Off }

/// <summary>The <c>Understanding</c> configuration section. Every key has a default.</summary>
public sealed class UnderstandingOptions
{
    public const string SectionName = "Understanding";

    /// <summary>
    /// Embeddings (default): paraphrases are matched by the sentence-embedding model shipped with the app (some 250 MB
    /// of memory, a second or two of CPU at start). Off: the rules only, for small hosts.
    /// </summary>
    public string Matcher { get; set; } = nameof(SemanticMatcherMode.Embeddings);

    /// <summary>Most recent texts kept with their vector, so a reply many people type runs the model once.</summary>
    public const int MaxRecentTexts = 10_000;

    /// <summary>
    /// How many recently matched texts keep their vector in memory (about 1.5 KB each), so the same words typed again,
    /// by anyone, skip the model run. 0 turns it off.
    /// </summary>
    public int RecentTexts { get; set; } = 4096;

    /// <summary>The mode, parsed; only meaningful after validation.</summary>
    public SemanticMatcherMode ParsedMatcher =>
        Enum.TryParse<SemanticMatcherMode>(Matcher, ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode : SemanticMatcherMode.Embeddings;

    public IEnumerable<string> FindProblems()
    {
        if (!Enum.TryParse<SemanticMatcherMode>(Matcher, ignoreCase: true, out var mode) || !Enum.IsDefined(mode) || int.TryParse(Matcher, out _))
            yield return $"{SectionName}:Matcher '{Matcher}' is not known. Use Embeddings or Off.";
        if (RecentTexts is < 0 or > MaxRecentTexts)
            yield return $"{SectionName}:RecentTexts ({RecentTexts}) must be from 0 to {MaxRecentTexts}.";
    }
}
