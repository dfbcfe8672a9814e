using System.Globalization;

namespace CoachBot.BotFramework.Text;

/// <summary>Time zones and dates as the user reads them.</summary>
public static class UserTimeZone
{
    /// <summary>
    /// The zone for an IANA id ("Europe/Berlin") or a Windows id ("W. Europe Standard Time"); UTC when the id is
    /// empty or unknown, so a bad value from a channel never fails a turn.
    /// </summary>
    public static TimeZoneInfo Resolve(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return TimeZoneInfo.Utc;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out var zone)) return zone;
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(id.Trim(), out var iana) && TimeZoneInfo.TryFindSystemTimeZoneById(iana, out zone)) return zone;
        return TimeZoneInfo.Utc;
    }

    /// <summary>The IANA id for an IANA or Windows id (or a common spelling: "Europe Berlin", "new york"), or null when the machine knows none.</summary>
    public static string? ToIana(string? id)
    {
        if (string.IsNullOrWhiteSpace(id)) return null;
        id = id.Trim();
        if (TimeZoneInfo.TryConvertWindowsIdToIanaId(id, out var iana)) return iana;
        if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone))
            return zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out iana) ? iana : null;
        var guess = id.Replace(' ', '_');
        foreach (var known in TimeZoneInfo.GetSystemTimeZones())
            if (known.HasIanaId && (known.Id.Equals(guess, StringComparison.OrdinalIgnoreCase)
                || known.Id.EndsWith("/" + guess, StringComparison.OrdinalIgnoreCase)))
                return known.Id;
        return null;
    }

    /// <summary>
    /// The zone the channel says the user is in, as an IANA id: the activity's <c>localTimezone</c>, else a
    /// <c>clientInfo</c> entity's <c>timezone</c>; null when the channel sent none we know.
    /// </summary>
    public static string? FromActivity(Schema.Activity activity)
    {
        if (ToIana(activity.LocalTimezone) is { } zone) return zone;
        foreach (var entity in activity.EntitiesOfType("clientInfo"))
            if (ToIana(entity.GetString("timezone")) is { } fromEntity) return fromEntity;
        return null;
    }

    /// <summary>True when the id names a zone this machine knows.</summary>
    public static bool IsKnown(string? id) =>
        !string.IsNullOrWhiteSpace(id) && (TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _)
            || TimeZoneInfo.TryConvertWindowsIdToIanaId(id.Trim(), out _));

    /// <summary>A date with weekday, day, month and year, so it cannot be misread across locales: "Wed, 30 June 2027".</summary>
    public static string FormatDate(DateOnly date, string? locale = null) =>
        date.ToString("ddd, d MMMM yyyy", Culture(locale));

    private static CultureInfo Culture(string? locale)
    {
        try { return string.IsNullOrWhiteSpace(locale) ? CultureInfo.GetCultureInfo("en-US") : CultureInfo.GetCultureInfo(locale); }
        catch (CultureNotFoundException) { return CultureInfo.GetCultureInfo("en-US"); }
    }
}
