namespace CoachBot.BotFramework.Understanding;

/// <summary>
/// Which of a set's labelled candidates a text means, and how sure that is: the paraphrase step of the
/// understanding pipeline, after the rules (exact words, numbers, synonyms, typos) found nothing. Like Bot Builder's
/// <c>IRecognizer</c>, the core owns the contract and an implementation lives in its own project, wired by the host.
/// Implementations are singletons, safe to call from concurrent turns.
/// </summary>
public interface ISemanticMatcher
{
    /// <summary>False when the host runs on rules only; then every answer is <see cref="SemanticMatch.None"/>.</summary>
    bool IsEnabled { get; }

    /// <summary>
    /// The candidates of <paramref name="scopes"/> ranked by how close <paramref name="text"/> comes to their phrases,
    /// with the matcher's verdict on the best. Several scopes rank together (the menu asks its choices and the intents at
    /// once). An unknown set id is an error of the caller (<see cref="ArgumentException"/>).
    /// </summary>
    ValueTask<SemanticMatch> MatchAsync(string text, IReadOnlyList<SemanticScope> scopes, CancellationToken cancellationToken);
}

/// <summary>A set to match against, optionally narrowed to the keys a prompt offers right now.</summary>
public sealed record SemanticScope(string SetId, IReadOnlyCollection<string>? Keys = null)
{
    public static implicit operator SemanticScope(string setId) => new(setId);
}

public static class SemanticMatcherExtensions
{
    /// <summary>Matches against one set.</summary>
    public static ValueTask<SemanticMatch> MatchAsync(this ISemanticMatcher matcher, string text, string setId, CancellationToken cancellationToken) =>
        matcher.MatchAsync(text, [new SemanticScope(setId)], cancellationToken);
}
