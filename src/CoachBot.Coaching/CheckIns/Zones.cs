using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.CheckIns;

/// <summary>Time zone ids as stored (IANA) and as channels send them (IANA, sometimes Windows).</summary>
public static class Zones
{
    public static TimeZoneInfo Resolve(string? id) => UserTimeZone.Resolve(id);

    /// <summary>The IANA id for an IANA or Windows id, or null when the machine knows neither.</summary>
    public static string? ToIana(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        id = id.Trim();
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var iana)) return iana;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            return zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out iana) ? iana : null;
        // Common spellings people type: "Europe Berlin", "new york".
        var guess = id.Replace(' ', '_');
        foreach (var known in TimeZoneInfo.GetSystemTimeZones())
            if (known.HasIanaId && (known.Id.Equals(guess, StringComparison.OrdinalIgnoreCase)
                || known.Id.EndsWith("/" + guess, StringComparison.OrdinalIgnoreCase)))
                return known.Id;
        return null;
    }

    /// <summary>The zone the channel says the user is in: the activity's localTimezone, else a clientInfo entity's timezone.</summary>
    public static string? FromActivity(Activity activity)
    {
        if (ToIana(activity.LocalTimezone) is { } zone) return zone;
        foreach (var entity in activity.EntitiesOfType("clientInfo"))
            if (ToIana(entity.GetString("timezone")) is { } fromEntity) return fromEntity;
        return null;
    }
}
