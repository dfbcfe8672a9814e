using CoachBot.BotFramework.Understanding;
using Microsoft.Extensions.Logging;

namespace CoachBot.Understanding.Embeddings;

/// <summary>
/// <see cref="ISemanticMatcher"/> by sentence embeddings: the text is embedded and compared with every example
/// phrase of the scopes' sets (cosine similarity); each key scores its nearest phrase; the model's
/// <see cref="MatchThresholds"/> decide between Sure, Unsure and None.
/// The model and the index load in the background once <see cref="StartLoading"/> is called (at host start), so
/// start-up does not wait for them; a match asked before they are ready waits for them, or, when constructed with
/// <c>rulesUntilReady</c> (the host), is None at once, so the first turns after a start answer by the rules alone
/// instead of waiting seconds for the model. With no candidate set at
/// all, the model is never loaded and every match is None. If the model cannot load,
/// the failure is logged once and every match is None: the coach goes on with its rules.
/// </summary>
public sealed partial class EmbeddingSemanticMatcher : ISemanticMatcher
{
    /// <summary>How many candidates a match reports: enough for a "did you mean" with alternatives.</summary>
    public const int MaxRanked = 5;

    private readonly EmbeddingModel _model;
    private readonly IReadOnlyList<CandidateSet> _sets;
    private readonly ILogger _logger;
    private readonly Lazy<Task<Loaded?>> _loading;
    private readonly bool _rulesUntilReady;
    private readonly RecentVectors _recent;

    /// <param name="sources">Every registered source of candidate sets; checked here, so bad data fails start-up.</param>
    /// <param name="rulesUntilReady">A match asked before the model and index are ready is None instead of waiting.</param>
    /// <param name="recentTexts">How many recently embedded texts keep their vector (<see cref="RecentVectors"/>); 0: none.</param>
    public EmbeddingSemanticMatcher(EmbeddingModel model, IEnumerable<ICandidateSetSource> sources, ILogger<EmbeddingSemanticMatcher> logger,
        bool rulesUntilReady = false, int recentTexts = 0)
    {
        _rulesUntilReady = rulesUntilReady;
        _recent = new RecentVectors(recentTexts);
        var problems = model.Thresholds.FindProblems().ToList();
        if (problems.Count > 0) throw new ArgumentException($"{model.Name} thresholds: {string.Join(" ", problems)}", nameof(model));
        _model = model;
        _sets = CandidateSets.Collect(sources);
        _logger = logger;
        _loading = new Lazy<Task<Loaded?>>(() => Task.Run(Load));
    }

    public bool IsEnabled => true;

    public EmbeddingModel Model => _model;

    /// <summary>
    /// Starts loading the model and building the index, if not started yet; returns at once. Without any candidate set
    /// there is nothing to match, so nothing is loaded (no 250 MB model for a host, or a test, that matches nothing).
    /// </summary>
    public void StartLoading()
    {
        if (_sets.Count > 0) _ = _loading.Value;
    }

    /// <summary>Completes when the matcher can answer: true when its model loaded, false when it runs without one
    /// (the model failed to load, or there are no candidate sets).</summary>
    public async Task<bool> WhenReadyAsync(CancellationToken cancellationToken) =>
        _sets.Count > 0 && await _loading.Value.WaitAsync(cancellationToken).ConfigureAwait(false) is not null;

    public async ValueTask<SemanticMatch> MatchAsync(string text, IReadOnlyList<SemanticScope> scopes, CancellationToken cancellationToken)
    {
        var ranked = await RankAsync(text, scopes, cancellationToken).ConfigureAwait(false);
        return ranked is null ? SemanticMatch.None : Judge(ranked, _model.Thresholds);
    }

    /// <summary>Every candidate of the scopes with its score, best first; null when there is nothing to rank.</summary>
    internal async ValueTask<IReadOnlyList<SemanticCandidate>?> RankAsync(string text, IReadOnlyList<SemanticScope> scopes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        if (string.IsNullOrWhiteSpace(text) || scopes.Count == 0 || _sets.Count == 0) return null;

        var loading = _loading.Value;
        if (_rulesUntilReady && !loading.IsCompleted) return null;
        var loaded = await loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        if (loaded is null || !scopes.Any(s => loaded.Index.SetIds.Contains(s.SetId))) return null;

        var vector = VectorOf(text, loaded.Embedder, cancellationToken);
        return vector is null ? null : loaded.Index.Rank(vector, scopes);
    }

    /// <summary>How many texts keep their vector now (for tests and diagnostics).</summary>
    internal int RecentTextCount => _recent.Count;

    private float[]? VectorOf(string text, SentenceEmbedder embedder, CancellationToken cancellationToken)
    {
        var prepared = EncoderText.Prepare(text);
        if (prepared.Length == 0) return null;
        if (_recent.TryGet(prepared, out var known)) return known;
        var vector = embedder.EmbedPrepared(prepared, cancellationToken);
        _recent.Add(prepared, vector);
        return vector;
    }

    /// <summary>
    /// The verdict on a ranking. The rival of the best is the best candidate with another key name: the same key in
    /// two sets means the same thing (menu.main's myPlan and the intent myPlan), so it is no competition.
    /// </summary>
    internal static SemanticMatch Judge(IReadOnlyList<SemanticCandidate> ranked, MatchThresholds thresholds)
    {
        if (ranked.Count == 0) return SemanticMatch.None;
        var best = ranked[0];
        var rival = double.NegativeInfinity;
        foreach (var candidate in ranked)
            if (candidate.Key != best.Key) { rival = candidate.Score; break; }

        var confidence =
            best.Score >= thresholds.Sure && best.Score - rival >= thresholds.Margin ? MatchConfidence.Sure
            : best.Score >= thresholds.Unsure ? MatchConfidence.Unsure
            : MatchConfidence.None;
        return new SemanticMatch(confidence, ranked.Count <= MaxRanked ? ranked : ranked.Take(MaxRanked).ToList());
    }

    private Loaded? Load()
    {
        try
        {
            var embedder = ProcessWide.Embedder(_model);
            var (index, buildTime) = ProcessWide.Index(embedder, _sets);
            Log.Ready(_logger, _model.Name, (long)embedder.LoadTime.TotalMilliseconds, index.SetIds.Count, index.PhraseCount,
                (long)buildTime.TotalMilliseconds);
            return new Loaded(embedder, index);
        }
        catch (Exception) when (ExitGuard.Exit.IsCancellationRequested)
        {
            // The process is exiting and stopped the build (ONNX Runtime ends a cancelled run with its own exception): nothing failed.
            return null;
        }
        catch (Exception ex)
        {
            Log.LoadFailed(_logger, _model.Name, ex.GetType().Name, ex);
            return null;
        }
    }

    private sealed record Loaded(SentenceEmbedder Embedder, ExampleIndex Index);

    private static partial class Log
    {
        [LoggerMessage(EventId = 7001, Level = LogLevel.Information,
            Message = "Semantic matcher ready: model {Model} loaded in {LoadMs} ms, {SetCount} sets with {PhraseCount} example phrases indexed in {IndexMs} ms (shared by every host in this process)")]
        public static partial void Ready(ILogger logger, string model, long loadMs, int setCount, int phraseCount, long indexMs);

        [LoggerMessage(EventId = 7002, Level = LogLevel.Critical,
            Message = "Semantic matcher model {Model} could not load ({ErrorType}); the coach understands by its rules only until restarted")]
        public static partial void LoadFailed(ILogger logger, string model, string errorType, Exception exception);
    }
}
