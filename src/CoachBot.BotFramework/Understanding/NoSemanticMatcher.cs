namespace CoachBot.BotFramework.Understanding;

/// <summary>The matcher of a host that runs on rules only (Understanding:Matcher = Off): it never matches anything.</summary>
public sealed class NoSemanticMatcher : ISemanticMatcher
{
    public bool IsEnabled => false;

    public ValueTask<SemanticMatch> MatchAsync(string text, IReadOnlyList<SemanticScope> scopes, CancellationToken cancellationToken) =>
        ValueTask.FromResult(SemanticMatch.None);
}
