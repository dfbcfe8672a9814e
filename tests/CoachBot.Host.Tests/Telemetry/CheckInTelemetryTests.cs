using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using CoachBot.BotFramework.Diagnostics;
using CoachBot.Host.Tests.Scheduling;
using CoachBot.TestSupport;
using Microsoft.Extensions.Time.Testing;

namespace CoachBot.Host.Tests.Telemetry;

/// <summary>
/// Check-in delivery as telemetry sees it, in process: a span per delivery with its channel, kind and outcome (its
/// proactive turns inside it), a delivery counted, and from the scheduler's poll the due backlog and the lag of the
/// rows it found. Other tests may run beside this one, so only what this test's user caused is looked for.
/// </summary>
// Its listener hears every ActivitySource in the test process: run alone, so another class's check-in delivered at the
// same moment is not counted as this one's (a clean run once found two "sent" deliveries).
[Collection(AloneCollection.Name)]
public sealed class CheckInTelemetryTests : IAsyncLifetime
{
    private const string UserName = "telemetry-dora";
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2027-01-01T12:00:00Z"));
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = new();
    private readonly ActivityListener _spanListener;
    private readonly MeterListener _meterListener = new();
    private LoopbackConnector _connector = null!;
    private SchedulerHarness _bot = null!;

    public CheckInTelemetryTests()
    {
        _spanListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == CoachBotTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_spanListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == CoachBotTelemetry.Name) listener.EnableMeasurementEvents(instrument);
        };
        _meterListener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _meterListener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
        _meterListener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _meterListener.Start();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags) copy[tag.Key] = tag.Value;
        _measurements.Enqueue((instrument.Name, value, copy));
    }

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _bot = new SchedulerHarness(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory", ["Understanding:Matcher"] = "Off" }, _clock);
    }

    public async Task DisposeAsync()
    {
        _spanListener.Dispose();
        _meterListener.Dispose();
        await _bot.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task ADeliveredCheckInIsASpanWithChannelKindAndOutcomeAndThePollReportsBacklogAndLag()
    {
        var user = ChannelUser.Teams(_bot, _connector.ServiceUrl, UserName, "Europe/Berlin", _clock);
        await user.SayAsync("hi");
        await SeededPlan.AddGoalAsync(_bot, user.UserKey, new DateOnly(2027, 3, 1));
        await user.SayAsync("schedule every Monday at 9:00");
        // Ninety seconds after it was due (09:00 Berlin is 08:00 UTC): the poll finds it that late.
        _clock.SetUtcNow(DateTimeOffset.Parse("2027-01-04T08:01:30Z"));

        Assert.Equal(1, await _bot.Scheduler.RunOnceAsync(default));

        var delivery = Assert.Single(_spans, s => s.OperationName == "coachbot.checkin.delivery" && s.GetTagItem(TelemetryTags.CheckInOutcome) is "sent");
        Assert.Equal("msteams", delivery.GetTagItem(TelemetryTags.Channel));
        Assert.Equal("check_in", delivery.GetTagItem(TelemetryTags.CheckInKind));
        // Its two proactive turns (claim, then confirm) are its children.
        var turns = _spans.Where(s => s.ParentSpanId == delivery.SpanId).ToList();
        Assert.Equal(2, turns.Count);
        Assert.All(turns, t => Assert.Equal("proactive", t.GetTagItem(TelemetryTags.ActivityType)));
        Assert.All(turns, t => Assert.Equal("msteams", t.GetTagItem(TelemetryTags.Channel)));

        Assert.Contains(_measurements, m => m.Instrument == "coachbot.checkin.deliveries" && m.Value == 1
            && m.Tags[TelemetryTags.CheckInOutcome] is "sent" && m.Tags[TelemetryTags.CheckInKind] is "check_in");
        Assert.Contains(_measurements, m => m.Instrument == "coachbot.checkin.dispatch_lag" && m.Value == 90);
        Assert.Contains(_measurements, m => m.Instrument == "coachbot.checkin.due_backlog" && m.Value >= 1);

        // Nothing this user did put their id into a tag.
        foreach (var span in _spans)
        foreach (var (_, value) in span.TagObjects)
            Assert.DoesNotContain(UserName, value?.ToString() ?? "", StringComparison.Ordinal);
    }
}

/// <summary>Test classes that listen to process-wide telemetry, run after the parallel ones and one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "Process-wide listeners, run alone";
}
