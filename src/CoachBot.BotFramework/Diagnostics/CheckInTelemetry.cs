using System.Diagnostics;
using CoachBot.BotFramework.State;

namespace CoachBot.BotFramework.Diagnostics;

/// <summary>
/// Check-in delivery as the operator sees it: a span per delivery (its two proactive turns are children) with the
/// channel, the kind and the outcome, and from each of the scheduler's polls the due backlog and how late the due rows
/// were. The poll's numbers come from the rows the poll read anyway: telemetry adds no storage read.
/// </summary>
public sealed class CheckInTelemetry : IDisposable
{
    private readonly Activity? _span;
    private readonly string _channel;
    private string _outcome = "nothing_due";

    private CheckInTelemetry(string userKey)
    {
        _channel = TelemetryTags.ChannelOfUserKey(userKey);
        _span = CoachBotTelemetry.Source.StartActivity("coachbot.checkin.delivery", ActivityKind.Internal);
        _span?.SetTag(TelemetryTags.Channel, _channel);
    }

    /// <summary>Starts the delivery span for one due user; only the channel part of the key is kept.</summary>
    public static CheckInTelemetry StartDelivery(string userKey) => new(userKey);

    /// <summary>What was claimed and how its send went (the coaching layer's kind and outcome enums).</summary>
    public void Delivered(Enum kind, Enum outcome)
    {
        _outcome = TelemetryTags.Of(outcome);
        var kindTag = TelemetryTags.Of(kind);
        _span?.SetTag(TelemetryTags.CheckInKind, kindTag);
        CoachBotTelemetry.CheckInDeliveries.Add(1, new(TelemetryTags.Channel, _channel), new(TelemetryTags.CheckInKind, kindTag),
            new(TelemetryTags.CheckInOutcome, _outcome));
    }

    /// <summary>One poll's due rows, as the scheduler read them: the backlog, and how late each row is at <paramref name="now"/>.</summary>
    public static void Polled(IEnumerable<DueEntry> due, DateTimeOffset now)
    {
        var count = 0;
        foreach (var entry in due)
        {
            count++;
            CoachBotTelemetry.DispatchLag.Record(Math.Max(0, (now - entry.DueUtc).TotalSeconds));
        }
        CoachBotTelemetry.DueBacklog.Record(count);
    }

    public void Dispose()
    {
        if (_span is null) return;
        _span.SetTag(TelemetryTags.CheckInOutcome, _outcome);
        _span.Dispose();
    }
}
