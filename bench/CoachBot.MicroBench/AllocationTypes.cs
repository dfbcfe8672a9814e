using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace CoachBot.MicroBench;

/// <summary>
/// Samples the runtime's AllocationTick events (one per ~100 KB allocated) in process and counts them by type: a cheap
/// answer to "what does a turn allocate" without an external profiler.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword; AllocationTick is verbose
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) != true || e.Payload is null) return;
        var name = e.PayloadNames!.IndexOf("TypeName") is var i and >= 0 ? e.Payload[i] as string ?? "?" : "?";
        var amount = e.PayloadNames.IndexOf("AllocationAmount64") is var j and >= 0 ? Convert.ToInt64(e.Payload[j]) : 100_000;
        _bytes.AddOrUpdate(name, amount, (_, n) => n + amount);
    }

    public void Print(int top)
    {
        var total = _bytes.Values.Sum();
        foreach (var (name, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
            Console.WriteLine($"  {100.0 * bytes / total,5:F1}%  {name}");
    }
}
