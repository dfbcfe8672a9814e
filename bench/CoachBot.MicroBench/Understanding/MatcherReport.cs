using System.Diagnostics;
using CoachBot.BotFramework.Understanding;
using CoachBot.Understanding.Embeddings;
using CoachBot.Understanding.Embeddings.Evaluation;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.MicroBench.Understanding;

/// <summary>
/// `-- understanding [--model NAME] [--labelled DIR] [--sweep]`: per model, in this process: load time, resident
/// memory before and after loading and indexing, the index build time, encoding latency per utterance (every text of
/// the sets, one call each, wall clock p50/p99 and CPU per call), and the figures of issue 11 on the dev set and on
/// the labelled sets at the model's thresholds; --sweep also searches the thresholds. Run one model per process for
/// the memory figures (the first model's memory stays in the process).
/// </summary>
internal static class MatcherReport
{
    public static async Task RunAsync(string[] args)
    {
        var root = TestSupport.RepoPaths.Root;
        var modelName = Option(args, "--model");
        var labelledDir = Option(args, "--labelled") ?? Path.Combine(root, "tests", "Data", "understanding");
        var sweep = args.Contains("--sweep");
        // --try "0.45,0.08,0.30;0.5,0.07,0.32": the figures at other thresholds too (Sure, Margin, Unsure).
        var tries = (Option(args, "--try") ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(t => t.Split(',').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
            .Select(v => new MatchThresholds(v[0], v[1], v[2])).ToList();
        var models = modelName is null ? CandidateModels.All : [CandidateModels.Named(modelName)];

        var sets = ExamplesFile.Read(Path.Combine(root, "tests", "Data", "understanding", "matcher-examples.yaml"));
        var dev = DevSet.Read(Path.Combine(root, "tests", "CoachBot.Understanding.Embeddings.Tests", "DevSet", "paraphrases.dev.yaml"));
        var labelled = Directory.Exists(labelledDir) ? LabelledSets.Read(labelledDir) : [];
        Console.WriteLine($"examples: {sets.Count} sets, {sets.Sum(s => s.Candidates.Sum(c => c.Phrases.Count))} phrases; dev set {dev.Count} items; " +
                          $"labelled sets {labelled.Count} items ({(labelled.Count > 0 ? labelledDir : "none found")})");

        if (Directory.Exists(labelledDir))
        {
            // Issue 11: no labelled utterance, nor a near-duplicate, among the example phrases.
            var examples = ExamplesFile.Read(Path.Combine(root, "tests", "Data", "understanding", "matcher-examples.yaml"), examplesOnly: true)
                .SelectMany(s => s.Candidates.SelectMany(c => c.Phrases)).ToList();
            var overlaps = NearDuplicates.Find(LabelledSets.AllTexts(labelledDir), examples).ToList();
            Console.WriteLine($"labelled texts that are (nearly) an example phrase: {overlaps.Count}");
            foreach (var (text, example) in overlaps) Console.WriteLine($"    \"{text}\" ~ \"{example}\"");
        }

        foreach (var model in models)
        {
            Console.WriteLine();
            Console.WriteLine($"== {model.Name}");
            var rssBefore = Rss();
            var clock = Stopwatch.StartNew();
            var embedder = SentenceEmbedder.Load(model);
            var loadMs = clock.Elapsed.TotalMilliseconds;
            var rssLoaded = Rss();
            clock.Restart();
            var index = ExampleIndex.Build(sets, embedder, CancellationToken.None);
            var indexMs = clock.Elapsed.TotalMilliseconds;
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var rssIndexed = Rss();
            Console.WriteLine($"load {loadMs:F0} ms; index of {index.PhraseCount} phrases {indexMs:F0} ms ({indexMs / Math.Max(1, index.PhraseCount):F2} ms/phrase); " +
                              $"resident {rssBefore} MB before, {rssLoaded} MB loaded, {rssIndexed} MB indexed after a full GC (+{rssIndexed - rssBefore} MB)");

            var matcher = new EmbeddingSemanticMatcher(model, [new CandidateSetList(sets)], NullLogger<EmbeddingSemanticMatcher>.Instance);
            matcher.StartLoading();
            await matcher.WhenReadyAsync(CancellationToken.None);

            Latency(embedder, dev.Concat(labelled).Select(i => i.Text).ToList());
            foreach (var (name, items) in new[] { ("dev set", dev), ("labelled sets", labelled) })
            {
                if (items.Count == 0) continue;
                var ranked = await RankAllAsync(matcher, items);
                Console.WriteLine($"{name} at {model.Thresholds}: {Scorecard.Of(ranked, model.Thresholds)}");
                foreach (var group in ranked.GroupBy(r => r.Item.SetId))
                    Console.WriteLine($"    {group.Key,-24} {Scorecard.Of(group, model.Thresholds)}");
                foreach (var group in ranked.Where(r => r.Item.How is not null).GroupBy(r => r.Item.How))
                    Console.WriteLine($"    how: {group.Key,-19} {Scorecard.Of(group, model.Thresholds)}");
                var paraphrases = ranked.Where(r => r.Item.How is null or "meaning" or "sentence" or "casual" or "synonym" or "near" or "nearMiss" or "question").ToList();
                if (paraphrases.Count < ranked.Count)
                    Console.WriteLine($"  paraphrases only (how: meaning, sentence, casual, synonym, near, question): {Scorecard.Of(paraphrases, model.Thresholds)}");
                if (Environment.GetEnvironmentVariable("COACHBOT_SHOW_MISSES") == "1")
                    foreach (var r in paraphrases.Where(r => !r.Item.IsRight(EmbeddingSemanticMatcher.Judge(r.Ranked, model.Thresholds).Best?.Key) || EmbeddingSemanticMatcher.Judge(r.Ranked, model.Thresholds).Confidence != MatchConfidence.Sure))
                    {
                        var m = EmbeddingSemanticMatcher.Judge(r.Ranked, model.Thresholds);
                        Console.WriteLine($"      miss [{r.Item.SetId}] {r.Item.Key ?? "-"} <- \"{r.Item.Text}\": {m.Confidence} {string.Join(", ", m.Ranked.Take(3).Select(c => $"{c.Key} {c.Score:F2}"))}");
                    }
                foreach (var t in tries)
                    Console.WriteLine($"    at {t}: all {Scorecard.Of(ranked, t)}" + (paraphrases.Count < ranked.Count ? $"\n        paraphrases {Scorecard.Of(paraphrases, t)}" : ""));
                if (sweep) { Sweep(ranked); if (paraphrases.Count < ranked.Count) Sweep(paraphrases); }
            }
        }
    }

    private static async Task<List<RankedItem>> RankAllAsync(EmbeddingSemanticMatcher matcher, IReadOnlyList<LabelledItem> items)
    {
        var ranked = new List<RankedItem>(items.Count);
        foreach (var item in items)
            ranked.Add(new RankedItem(item, await matcher.RankAsync(item.Text, [new SemanticScope(item.SetId)], CancellationToken.None) ?? []));
        return ranked;
    }

    /// <summary>One call per text, each timed; CPU from the process, which does nothing else meanwhile.</summary>
    private static void Latency(SentenceEmbedder embedder, IReadOnlyList<string> texts)
    {
        for (var i = 0; i < Math.Min(50, texts.Count); i++) embedder.Embed(texts[i], CancellationToken.None);
        var times = new List<double>(texts.Count * 3);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = new Stopwatch();
        for (var round = 0; round < 3; round++)
            foreach (var text in texts)
            {
                clock.Restart();
                embedder.Embed(text, CancellationToken.None);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / times.Count;
        times.Sort();
        Console.WriteLine($"encoding one utterance ({times.Count} calls, {texts.Count} texts x 3): p50 {Percentile(times, 0.50):F2} ms, " +
                          $"p99 {Percentile(times, 0.99):F2} ms, max {times[^1]:F2} ms; CPU {cpuMs:F2} ms per call");
    }

    /// <summary>
    /// The thresholds that take the most without confirmation while at least 95% of what is taken is right and at most
    /// 5% of the off-topic texts are taken; then the highest Unsure that leaves at most 5% not understood.
    /// </summary>
    private static void Sweep(List<RankedItem> ranked)
    {
        (MatchThresholds T, Scorecard S)? best = null;
        for (var sure = 0.30; sure <= 0.99; sure += 0.01)
            for (var margin = 0.0; margin <= 0.15; margin += 0.01)
            {
                var t = new MatchThresholds(Math.Round(sure, 2), Math.Round(margin, 2), Math.Round(sure, 2));
                var s = Scorecard.Of(ranked, t);
                if (s.TakenRight < 0.95 || s.OffTopicTakenShare > 0.05) continue;
                if (best is null || s.TakenWithoutConfirmation > best.Value.S.TakenWithoutConfirmation) best = (t, s);
            }
        if (best is null) { Console.WriteLine("    sweep: no thresholds reach 95% taken right"); return; }
        var chosen = best.Value.T;
        for (var unsure = chosen.Sure; unsure >= 0.0; unsure -= 0.01)
        {
            var t = chosen with { Unsure = Math.Round(unsure, 2) };
            if (Scorecard.Of(ranked, t).NotUnderstood <= 0.05) { chosen = t; break; }
            chosen = t;
        }
        Console.WriteLine($"    sweep best: {chosen}: {Scorecard.Of(ranked, chosen)}");
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static long Rss()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024;
        return Environment.WorkingSet / (1024 * 1024);
    }

    private static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
