using BenchmarkDotNet.Running;

// Micro-benchmarks of the hot path. Run all with a short job:
//   dotnet run -c Release --project bench/CoachBot.MicroBench -- --filter '*' --job short
// or one class: --filter '*ActivityJson*'. MemoryDiagnoser is on for every class (allocated bytes per operation).
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

public partial class Program;
