namespace CoachBot.BotFramework.Understanding;

/// <summary>
/// Labelled candidates a semantic matcher chooses between: a choice set of <c>dialogs/</c> ("reflection.progress")
/// or the intents of the menu. Plain data, so whoever loads <c>dialogs/</c> can hand it over without knowing the
/// matcher, and the matcher knows nothing of YAML.
/// </summary>
/// <param name="Id">The set id, "&lt;dialog&gt;.&lt;set&gt;" for a choice set.</param>
public sealed record CandidateSet(string Id, IReadOnlyList<Candidate> Candidates);

/// <summary>One meaning: its stable key and the phrases that say it (examples; titles and synonyms may join them).</summary>
public sealed record Candidate(string Key, IReadOnlyList<string> Phrases);

/// <summary>
/// Where the candidate sets come from at start-up. More than one source may be registered; their sets are joined,
/// and a set id given twice is a start-up error.
/// </summary>
public interface ICandidateSetSource
{
    IEnumerable<CandidateSet> GetCandidateSets();
}

/// <summary>Sets known in code (tests, benchmarks, or a host that builds them itself).</summary>
public sealed class CandidateSetList(IEnumerable<CandidateSet> sets) : ICandidateSetSource
{
    private readonly CandidateSet[] _sets = sets.ToArray();

    public IEnumerable<CandidateSet> GetCandidateSets() => _sets;
}
