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
