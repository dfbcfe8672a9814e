using System.Diagnostics;

namespace CoachBot.Bench;

public static class Report
{
    public static void Conversation(BenchOptions options, ConversationLoad.Result result, long replies, long reads, long writes)
    {
        var sorted = result.LatenciesMs.Order().ToArray();
        double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        var process = Process.GetCurrentProcess();
        process.Refresh();
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
        Console.WriteLine($"replies received   {replies}");
        Console.WriteLine($"errors             {result.Errors}");
        Console.WriteLine($"reads/turn         {(double)reads / Math.Max(1, result.Turns):F3}");
        Console.WriteLine($"writes/turn        {(double)writes / Math.Max(1, result.Turns):F3}");
        Console.WriteLine($"working set        {process.WorkingSet64 / (1024 * 1024)} MB (peak {process.PeakWorkingSet64 / (1024 * 1024)} MB)");
    }
}
