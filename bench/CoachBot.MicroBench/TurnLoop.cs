using System.Collections.Concurrent;
using System.Diagnostics;
using CoachBot.BotFramework.State;
using CoachBot.BotFramework.Understanding;
using CoachBot.TestSupport;
using CoachBot.Coaching;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Suggestions;
using CoachBot.Understanding.Embeddings;
using Microsoft.Extensions.Logging.Abstractions;

namespace CoachBot.MicroBench;

/// <summary>
/// The two benchmark conversations in a loop through ConversationTest, new user each time: a target for a profiler.
/// With <c>--matcher</c> the pipeline has the host's semantic matcher (the catalog's candidate sets, loaded before the
/// loop starts), and every match it is asked is counted per text, so what a turn the rules decided still costs the
/// matcher shows; <c>--paraphrase</c> runs the bench's paraphrase pair instead. CPU per turn is the process's.
/// </summary>
internal static class TurnLoop
{
    private static readonly string[][] Scripts =
    [
        ["hi", "set a new goal: pass the AWS Solutions Architect exam by June 30 2027, 8/10 confident, 5 hours a week, because I value learning",
            "yes", "looks good", "my plan"],
        ["hi", "set a new goal", "I want to get better at my job", "become a team lead", "8", "4", "leading people matters to me",
            "by end of next year", "yes", "looks good", "my plan"],
    ];

    private static readonly string[][] Paraphrase =
    [
        [Scripts[0][0], Scripts[0][1], "yes", "looks good", "my plan"],
        [Scripts[0][0], Scripts[0][1], "spot on, keep it like that", "works for me", "show me where I stand with my steps"],
    ];

    public static async Task RunAsync(TimeSpan duration, bool allocations = false, bool matcher = false, bool paraphrase = false,
        TimeSpan warmup = default)
    {
        var scripts = paraphrase ? Paraphrase : Scripts;
        var texts = Fixtures.Texts.Value;
        CountingMatcher? counting = null;
        Understander? understanding = null;
        if (matcher)
        {
            var embeddings = new EmbeddingSemanticMatcher(EmbeddingModels.Default, [new CatalogCandidateSets(texts)],
                NullLogger<EmbeddingSemanticMatcher>.Instance);
            var load = Stopwatch.StartNew();
            embeddings.StartLoading();
            if (!await embeddings.WhenReadyAsync(CancellationToken.None)) throw new InvalidOperationException("the matcher did not load");
            Console.WriteLine($"matcher ready after {load.ElapsedMilliseconds} ms");
            counting = new CountingMatcher(embeddings);
            understanding = new Understander(texts, counting);
        }
        using var types = allocations ? new AllocationTypes() : null;
        var store = new MemoryUserStore();
        var clock = new FixedClock(Fixtures.Now);
        var bot = new CoachingBot(new CoachTexts(texts), new SuggestionService(new NoSuggester(), clock), understanding: understanding);
        // Warm-up (JIT tiers, caches), not measured: a few conversations of each script, or warmup's time of them.
        var warming = Stopwatch.StartNew();
        for (var w = 0; w < 20 || warming.Elapsed < warmup; w++)
        {
            var warm = new ConversationTest(bot, texts, store, clock, userId: "warm-" + w);
            foreach (var text in scripts[w % scripts.Length]) await warm.SayAsync(text);
        }
        counting?.Clear();
        var perStep = scripts.Select(s => new double[s.Length]).ToArray();
        var stepBytes = scripts.Select(s => new long[s.Length]).ToArray();
        var conversations = 0;
        var turns = 0;
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        long recordChars = 0;
        while (watch.Elapsed < duration)
        {
            var script = conversations % scripts.Length;
            var chat = new ConversationTest(bot, texts, store, clock, userId: "loop-" + conversations++);
            for (var i = 0; i < scripts[script].Length; i++)
            {
                var t0 = Stopwatch.GetTimestamp();
                var b0 = GC.GetAllocatedBytesForCurrentThread();
                await chat.SayAsync(scripts[script][i]);
                perStep[script][i] += Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
                stepBytes[script][i] += GC.GetAllocatedBytesForCurrentThread() - b0;
                turns++;
            }
            recordChars += (await store.ReadAsync(chat.UserKey, default))?.Json.Length ?? 0;
        }
        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"{turns} turns in {watch.Elapsed.TotalSeconds:F1} s: {watch.Elapsed.TotalMicroseconds / turns:F0} us/turn, " +
                          $"CPU {cpuUsed.TotalMicroseconds / turns:F0} us/turn, " +
                          $"{(GC.GetAllocatedBytesForCurrentThread() - allocated) / turns / 1024} KB/turn, " +
                          $"record at the end {recordChars / conversations} chars");
        for (var s = 0; s < scripts.Length; s++)
            for (var i = 0; i < scripts[s].Length; i++)
                Console.WriteLine($"  {perStep[s][i] / (conversations / 2.0),8:F0} us {stepBytes[s][i] / (conversations / 2.0) / 1024,7:F1} KB  {scripts[s][i]}");
        counting?.Print(conversations);
        types?.Print(30);
    }

    /// <summary>The matcher, with every call counted by text and scopes and timed.</summary>
    private sealed class CountingMatcher(ISemanticMatcher inner) : ISemanticMatcher
    {
        private readonly ConcurrentDictionary<string, (int Calls, double Microseconds)> _calls = new(StringComparer.Ordinal);

        public bool IsEnabled => inner.IsEnabled;

        public async ValueTask<SemanticMatch> MatchAsync(string text, IReadOnlyList<SemanticScope> scopes, CancellationToken cancellationToken)
        {
            var t0 = Stopwatch.GetTimestamp();
            var match = await inner.MatchAsync(text, scopes, cancellationToken);
            var us = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
            var key = $"{text} @ {string.Join(",", scopes.Select(s => s.SetId + (s.Keys is null ? "" : "[" + s.Keys.Count + "]")))} -> {match.Confidence} {match.Best?.Key}";
            _calls.AddOrUpdate(key, (1, us), (_, c) => (c.Calls + 1, c.Microseconds + us));
            return match;
        }

        public void Clear() => _calls.Clear();

        public void Print(int conversations)
        {
            Console.WriteLine($"matcher calls ({conversations} conversations):");
            foreach (var (key, (calls, us)) in _calls.OrderByDescending(c => c.Value.Calls))
                Console.WriteLine($"  {calls,6} x {us / calls,7:F0} us  {key}");
        }
    }
}
