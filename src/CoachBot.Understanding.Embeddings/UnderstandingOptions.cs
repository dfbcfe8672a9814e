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

    /// <summary>The mode, parsed; only meaningful after validation.</summary>
    public SemanticMatcherMode ParsedMatcher =>
        Enum.TryParse<SemanticMatcherMode>(Matcher, ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode : SemanticMatcherMode.Embeddings;

    public IEnumerable<string> FindProblems()
    {
        if (!Enum.TryParse<SemanticMatcherMode>(Matcher, ignoreCase: true, out var mode) || !Enum.IsDefined(mode) || int.TryParse(Matcher, out _))
            yield return $"{SectionName}:Matcher '{Matcher}' is not known. Use Embeddings or Off.";
    }
}
