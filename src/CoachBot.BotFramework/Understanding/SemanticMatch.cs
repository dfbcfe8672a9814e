namespace CoachBot.BotFramework.Understanding;

/// <summary>How far the pipeline may trust a semantic match.</summary>
public enum MatchConfidence
{
    /// <summary>Nothing came close enough: not understood by meaning (the rules or the LLM may still know).</summary>
    None,

    /// <summary>A best guess worth one confirmation question ("Did you mean ...?"), never acted on directly.</summary>
    Unsure,

    /// <summary>Clear enough to act on and say what was understood.</summary>
    Sure,
}

/// <summary>One ranked candidate. <paramref name="Score"/> is the matcher's similarity, comparable only within one model.</summary>
public sealed record SemanticCandidate(string SetId, string Key, double Score);

/// <summary>
/// A matcher's answer: the candidates best first (one entry per key, at most a handful) and the verdict on the first.
/// </summary>
public sealed record SemanticMatch(MatchConfidence Confidence, IReadOnlyList<SemanticCandidate> Ranked)
{
    public static SemanticMatch None { get; } = new(MatchConfidence.None, []);

    /// <summary>The best candidate, or null when nothing was ranked.</summary>
    public SemanticCandidate? Best => Ranked.Count > 0 ? Ranked[0] : null;
}
