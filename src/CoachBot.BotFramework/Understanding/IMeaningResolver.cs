using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Understanding;

/// <summary>
/// The last, optional step of the pipeline: an LLM asked which of the candidates a text means, only when the rules
/// and the matcher left it unsure. The pipeline calls it at most once per turn and only takes a key it offered; on any
/// failure (none configured, a timeout, an answer that is no offered key) the rules' reading stands.
/// </summary>
public interface IMeaningResolver
{
    bool IsConfigured { get; }

    /// <summary>One of <paramref name="candidates"/>' keys, or null for none of them (or any failure).</summary>
    ValueTask<string?> ResolveAsync(string text, IReadOnlyList<Choice> candidates, CancellationToken cancellationToken);
}
