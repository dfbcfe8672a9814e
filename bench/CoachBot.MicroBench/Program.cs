using BenchmarkDotNet.Running;
using CoachBot.MicroBench;

// Micro-benchmarks of the hot path. Run all with a short job:
//   dotnet run -c Release --project bench/CoachBot.MicroBench -- --filter '*' --job short
// or one class: --filter '*ActivityJson*'. MemoryDiagnoser is on for every class (allocated bytes per operation).
// `-- loop [seconds]` instead runs the scripted conversations without BenchmarkDotNet, for a profiler to attach
// (dotnet-trace collect -- <exe> loop 20); `loop 10 --allocations` prints the allocated types, sampled.
if (args.Length > 0 && args[0] == "loop")
{
    await TurnLoop.RunAsync(TimeSpan.FromSeconds(args.Length > 1 ? double.Parse(args[1]) : 20), args.Contains("--allocations"));
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
