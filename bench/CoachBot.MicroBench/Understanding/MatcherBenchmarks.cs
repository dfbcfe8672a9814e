using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using CoachBot.BotFramework.Understanding;
using CoachBot.Understanding.Embeddings;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.MicroBench.Understanding;

/// <summary>
/// What the semantic matcher costs a turn, per model: embedding one utterance (short and long) and a whole match at a
/// prompt (embed + rank + verdict) and at the menu (its choices and the intents together). Each model runs in its own
/// process (BenchmarkDotNet's default), loaded once in the global set-up over the draft examples. "package" is MiniLM
/// through the package's own encoder, the way the host ran it before MeanPoolingEncoder.
///   dotnet run -c Release --project bench/CoachBot.MicroBench -- --filter '*MatcherBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Percentiles))]
public class MatcherBenchmarks
{
    private const string Short = "way behind, work exploded";
    private const string Long = "honestly I lost most of the last two weeks to a product launch and then my daughter got sick, so I only managed the first module";

    private EmbeddingSemanticMatcher _matcher = null!;
    private SentenceEmbedder _embedder = null!;

    [Params("MiniLM", "float", "package", "snowflake")]
    public string Model { get; set; } = "MiniLM";

    [GlobalSetup]
    public async Task Setup()
    {
        var model = CandidateModels.Named(Model);
        var sets = ExamplesFile.Read(Path.Combine(TestSupport.RepoPaths.Root, "tests", "Data", "understanding", "matcher-examples.yaml"));
        _matcher = new EmbeddingSemanticMatcher(model, [new CandidateSetList(sets)], NullLogger<EmbeddingSemanticMatcher>.Instance);
        _matcher.StartLoading();
        if (!await _matcher.WhenReadyAsync(CancellationToken.None)) throw new InvalidOperationException($"{model.Name} did not load");
        _embedder = ProcessWide.Embedder(model);
    }

    [Benchmark]
    public float[]? EmbedShort() => _embedder.Embed(Short, CancellationToken.None);

    [Benchmark]
    public float[]? EmbedLong() => _embedder.Embed(Long, CancellationToken.None);

    [Benchmark]
    public ValueTask<SemanticMatch> MatchAtCheckInPrompt() => _matcher.MatchAsync(Short, "reflection.progress", CancellationToken.None);

    [Benchmark]
    public ValueTask<SemanticMatch> MatchAtMenu() => _matcher.MatchAsync("can you show me what I committed to", ["menu.main", "intents"], CancellationToken.None);

    private sealed class Percentiles : ManualConfig
    {
        public Percentiles() => AddColumn(StatisticColumn.P50, StatisticColumn.P95, StatisticColumn.Max);
    }
}
