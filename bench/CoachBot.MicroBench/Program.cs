using BenchmarkDotNet.Running;
using CoachBot.MicroBench;

// Micro-benchmarks of the hot path. Run all with a short job:
//   dotnet run -c Release --project bench/CoachBot.MicroBench -- --filter '*' --job short
// or one class: --filter '*ActivityJson*'. MemoryDiagnoser is on for every class (allocated bytes per operation).
// `-- loop [seconds]` instead runs the scripted conversations without BenchmarkDotNet, for a profiler to attach
// (dotnet-trace collect -- <exe> loop 20); `loop 10 --allocations` prints the allocated types, sampled;
// `--matcher` adds the host's semantic matcher and counts its calls, `--paraphrase` runs the bench's paraphrase pair,
// `--warmup S` runs S seconds unmeasured first (the JIT's tiers take tens of seconds to settle: README Performance).
if (args.Length > 0 && args[0] == "loop")
{
    await TurnLoop.RunAsync(TimeSpan.FromSeconds(args.Length > 1 && double.TryParse(args[1], out var s) ? s : 20), args.Contains("--allocations"),
        args.Contains("--matcher"), args.Contains("--paraphrase"),
        TimeSpan.FromSeconds(Array.IndexOf(args, "--warmup") is >= 0 and var w && w + 1 < args.Length ? double.Parse(args[w + 1]) : 0));
    return;
}
// `-- understanding [--model MiniLM|Arctic] [--labelled DIR] [--sweep]`: the semantic matcher's figures (Understanding/README.md).
if (args.Length > 0 && args[0] == "understanding")
{
    await CoachBot.MicroBench.Understanding.MatcherReport.RunAsync(args[1..]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;
