using CoachBot.BotFramework.Builder;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace CoachBot.Hosting;

/// <summary>
/// Exported log records name a user only by <see cref="UserKeyHash"/>: a template value called <c>UserKey</c> (e.g. the
/// check-in delivery's "sent to {UserKey}") is replaced by its hash, in the attributes and in a formatted message
/// (Azure Monitor formats it), before any exporter sees the record. The console log is left as it was.
/// </summary>
internal sealed class UserKeyLogRedaction(UserKeyHash hash) : BaseProcessor<LogRecord>
{
    private const string UserKeyAttribute = "UserKey";

    public override void OnEnd(LogRecord data)
    {
        if (data.Attributes is not { Count: > 0 } attributes) return;
        List<KeyValuePair<string, object?>>? redacted = null;
        for (var i = 0; i < attributes.Count; i++)
        {
            if (!string.Equals(attributes[i].Key, UserKeyAttribute, StringComparison.OrdinalIgnoreCase)
                || attributes[i].Value is not string { Length: > 0 } key)
                continue;
            redacted ??= [.. attributes];
            var named = hash.Of(key);
            redacted[i] = new(attributes[i].Key, named);
            if (data.FormattedMessage is { } message) data.FormattedMessage = message.Replace(key, named, StringComparison.Ordinal);
        }
        if (redacted is not null) data.Attributes = redacted;
    }
}
