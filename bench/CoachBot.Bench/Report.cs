using System.Diagnostics;

namespace CoachBot.Bench;

public static class Report
{
    public sealed record Storage(long Reads, long Writes, long DueWrites, long MeanRecordChars);

    public static void Conversation(BenchOptions options, ConversationLoad.Result result, long replies, Storage storage)
    {
        var sorted = result.LatenciesMs.Order().ToArray();
        double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        var turns = Math.Max(1, result.Turns);
        Console.WriteLine($"backend            {options.Backend}");
        Console.WriteLine($"users              {options.Users}");
        Console.WriteLine($"conversations      {result.Conversations}");
        Console.WriteLine($"turns              {result.Turns}");
        Console.WriteLine($"elapsed            {result.Elapsed.TotalSeconds:F1} s");
        Console.WriteLine($"turns/s            {result.Turns / result.Elapsed.TotalSeconds:F0}");
        Console.WriteLine($"latency mean       {(sorted.Length == 0 ? 0 : sorted.Average()):F2} ms");
        Console.WriteLine($"latency p50        {P(0.50):F2} ms");
        Console.WriteLine($"latency p95        {P(0.95):F2} ms");
        Console.WriteLine($"latency p99        {P(0.99):F2} ms");
        Console.WriteLine($"latency max        {(sorted.Length == 0 ? 0 : sorted[^1]):F2} ms");
        Console.WriteLine($"replies received   {replies} ({(double)replies / turns:F2}/turn)");
        Console.WriteLine($"errors             {result.Errors}");
        Console.WriteLine($"wrong replies      {result.WrongReplies}{(result.FirstProblem is { } p ? "  first: " + p : "")}");
        // CPU and allocation per turn hold steadier than turns/s on a shared machine; they include the load generator and connector.
        Console.WriteLine($"cpu/turn           {result.CpuTime.TotalMilliseconds / turns:F2} ms (whole process, {result.CpuTime.TotalSeconds / result.Elapsed.TotalSeconds:F2} cores busy)");
        Console.WriteLine($"allocated/turn     {result.AllocatedBytes / turns / 1024} KB (whole process)");
        Console.WriteLine($"reads/turn         {(double)storage.Reads / turns:F3}");
        Console.WriteLine($"writes/turn        {(double)storage.Writes / turns:F3}");
        Console.WriteLine($"record written     {storage.MeanRecordChars} chars on average");
        Console.WriteLine($"due-index writes   {(double)storage.DueWrites / turns:F3}/turn (schedule changes; outside the record budget)");
        foreach (var (group, latencies) in result.GroupLatenciesMs.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = latencies.Order().ToArray();
            double G(double q) => ordered[Math.Min(ordered.Length - 1, (int)Math.Ceiling(q * ordered.Length) - 1)];
            Console.WriteLine($"{group,-18} {ordered.Length} turns: p50 {G(0.50):F2} ms, p95 {G(0.95):F2} ms, p99 {G(0.99):F2} ms");
        }
        Memory();
    }

    /// <summary>Resident memory of this process (bot, load generator and connector together), as is and after a full GC.</summary>
    public static void Memory()
    {
        var process = Process.GetCurrentProcess();
        var before = process.WorkingSet64;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        process.Refresh();
        Console.WriteLine($"working set        {before / (1024 * 1024)} MB at the end, {process.WorkingSet64 / (1024 * 1024)} MB after a full GC " +
                          $"(peak {process.PeakWorkingSet64 / (1024 * 1024)} MB; managed heap {GC.GetTotalMemory(false) / (1024 * 1024)} MB)");
    }
}
