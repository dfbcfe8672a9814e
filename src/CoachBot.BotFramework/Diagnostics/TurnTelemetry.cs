using System.Diagnostics;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Connector;

namespace CoachBot.BotFramework.Diagnostics;

/// <summary>
/// One turn's span and measurements: started where a turn enters the adapter, told the pipeline's result, ended when
/// the replies are sent. The span carries the channel, the activity type and the outcome; the replies' HTTP calls
/// are its children. Tags hold names from <see cref="TelemetryTags"/>, never text or ids.
/// </summary>
internal sealed class TurnTelemetry : IDisposable
{
    private readonly Activity? _span;
    private readonly long _started = Stopwatch.GetTimestamp();
    private string _channel;
    private readonly string _type;
    private string _outcome = "unfinished";
    private string? _sendFailure;

    private TurnTelemetry(string? channelId, string? activityType)
    {
        _channel = TelemetryTags.ChannelOf(channelId);
        _type = TelemetryTags.TypeOf(activityType);
        _span = CoachBotTelemetry.Source.StartActivity("coachbot.turn " + _type, ActivityKind.Internal);
        _span?.SetTag(TelemetryTags.Channel, _channel);
        _span?.SetTag(TelemetryTags.ActivityType, _type);
    }

    /// <summary>For an activity a channel sent.</summary>
    public static TurnTelemetry Start(string? channelId, string? activityType) => new(channelId, activityType);

    /// <summary>For a turn the bot starts; its channel is known once the record is read (<see cref="Ran"/>).</summary>
    public static TurnTelemetry StartProactive() => new(null, "proactive");

    /// <summary>The pipeline's result; for a proactive turn also the channel of the stored reference.</summary>
    public void Ran(TurnResult result, string? channelId = null)
    {
        _outcome = TelemetryTags.Of(result);
        if (channelId is not null) _channel = TelemetryTags.ChannelOf(channelId);
        if (result == TurnResult.Failed) _span?.SetStatus(ActivityStatusCode.Error);
    }

    /// <summary>How sending the replies went; a failed send is counted with its kind.</summary>
    public void Sent(SendFailure failure)
    {
        if (failure == SendFailure.None) return;
        _sendFailure = TelemetryTags.Of(failure);
        _span?.SetTag(TelemetryTags.SendFailure, _sendFailure);
        _span?.SetStatus(ActivityStatusCode.Error);
    }

    /// <summary>A call to the Connector failed after its retries: counted by the status the channel answered.</summary>
    public static void ConnectorFailed(Exception error, SendFailure failure)
    {
        var status = (error as ConnectorException)?.Status is { } code ? ((int)code).ToString(System.Globalization.CultureInfo.InvariantCulture) : "none";
        CoachBotTelemetry.ConnectorFailures.Add(1, new(TelemetryTags.HttpStatus, status), new(TelemetryTags.SendFailure, TelemetryTags.Of(failure)));
    }

    /// <summary>The turn's conditional write lost to another writer; it re-runs.</summary>
    public static void Conflict()
    {
        CoachBotTelemetry.EtagConflicts.Add(1);
        Activity.Current?.AddEvent(new ActivityEvent("coachbot.etag_conflict"));
    }

    public void Dispose()
    {
        if (_span is not null)
        {
            _span.SetTag(TelemetryTags.Channel, _channel);
            _span.SetTag(TelemetryTags.TurnOutcome, _outcome);
            _span.Dispose();
        }
        var tags = new TagList
        {
            { TelemetryTags.Channel, _channel },
            { TelemetryTags.ActivityType, _type },
            { TelemetryTags.TurnOutcome, _outcome },
        };
        if (_sendFailure is not null) tags.Add(TelemetryTags.SendFailure, _sendFailure);
        CoachBotTelemetry.Turns.Add(1, tags);
        CoachBotTelemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(_started).TotalSeconds, tags);
    }
}
