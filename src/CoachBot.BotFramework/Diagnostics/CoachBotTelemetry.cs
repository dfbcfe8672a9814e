using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CoachBot.BotFramework.Diagnostics;

/// <summary>
/// The bot's own spans and metrics, under one name ("CoachBot") that the host subscribes to when an exporter is
/// configured (README "Telemetry"). With no exporter nothing listens: a span is never created and a measurement is a
/// no-op, so an unobserved bot pays next to nothing. What may go into a tag is decided in <see cref="TelemetryTags"/>:
/// never message text, never a user id.
/// </summary>
public static class CoachBotTelemetry
{
    public const string Name = "CoachBot";

    public static readonly ActivitySource Source = new(Name, typeof(CoachBotTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Meter Meter = new(Name, typeof(CoachBotTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Counter<long> Turns = Meter.CreateCounter<long>("coachbot.turns", "{turn}",
        "Turns run, by channel, activity type and outcome.");

    public static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("coachbot.turn.duration", "s",
        "From the activity's arrival (or the proactive turn's start) to its last reply sent.");

    public static readonly Counter<long> ConnectorFailures = Meter.CreateCounter<long>("coachbot.connector.failures", "{request}",
        "Calls to the channel's Connector that failed after its retries, by HTTP status (\"none\" when no answer came).");

    public static readonly Counter<long> EtagConflicts = Meter.CreateCounter<long>("coachbot.etag.conflicts", "{conflict}",
        "Conditional writes of a user's record that lost to another writer; the turn re-ran on fresh state.");

    public static readonly Counter<long> CheckInDeliveries = Meter.CreateCounter<long>("coachbot.checkin.deliveries", "{delivery}",
        "Check-ins, reminders and nudges claimed and handed to the channel, by kind and outcome (sent, transient, unreachable, refused).");

    public static readonly Gauge<int> DueBacklog = Meter.CreateGauge<int>("coachbot.checkin.due_backlog", "{row}",
        "Due-index rows the scheduler's last poll found (at most CheckIns:BatchSize: at that value, more are waiting).");

    public static readonly Histogram<double> DispatchLag = Meter.CreateHistogram<double>("coachbot.checkin.dispatch_lag", "s",
        "How late each due row was when a poll found it.");
}
