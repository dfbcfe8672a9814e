using CoachBot.BotFramework.Text;
using System.Text.RegularExpressions;
using CoachBot.BotFramework.Recognizers;

namespace CoachBot.Coaching.CheckIns;

/// <summary>What a user asked to change in their schedule; null fields stay as they are.</summary>
public sealed record ScheduleChange(
    Cadence? Cadence = null,
    DayOfWeek? Day = null,
    int? DayOfMonth = null,
    TimeOnly? Time = null,
    string? TimeZone = null,
    (TimeOnly Start, TimeOnly End)? QuietHours = null,
    bool ClearQuietHours = false,
    bool UnknownZone = false)
{
    public bool IsEmpty => this == new ScheduleChange() || this == new ScheduleChange(UnknownZone: true);
}

/// <summary>
/// Reads a schedule in plain words: "every Monday at 9:00", "every two weeks on Friday at 16:30", "monthly on the
/// 31st at 8am", "quiet hours 21:00-07:00", "no quiet hours", "time zone Europe/Berlin", "off"; several at once too.
/// </summary>
public static partial class ScheduleParser
{
    public static ScheduleChange Parse(string? text, string? locale)
    {
        var rest = (text ?? "").Trim().ToLowerInvariant();
        if (rest is "off" or "stop" or "never" or "none" or "no check-ins" or "no checkins" or "turn off" or "disable")
            return new ScheduleChange(Cadence: CheckIns.Cadence.Off);

        var change = new ScheduleChange();
        if (NoQuietHours().IsMatch(rest))
        {
            change = change with { ClearQuietHours = true };
            rest = NoQuietHours().Replace(rest, " ");
        }
        else if (QuietHours().Match(rest) is { Success: true } quiet)
        {
            var start = TimeOfDayRecognizer.Recognize(quiet.Groups["start"].Value, locale)?.Time;
            var end = TimeOfDayRecognizer.Recognize(quiet.Groups["end"].Value, locale)?.Time;
            if (start is { } s && end is { } e) change = change with { QuietHours = (s, e) };
            rest = rest.Remove(quiet.Index, quiet.Length);
        }

        if (ZonePhrase().Match(rest) is { Success: true } zonePhrase)
        {
            var zone = UserTimeZone.ToIana(zonePhrase.Groups["zone"].Value);
            change = zone is null ? change with { UnknownZone = true } : change with { TimeZone = zone };
            rest = rest.Remove(zonePhrase.Index, zonePhrase.Length);
        }
        else if (ZoneId().Match(rest) is { Success: true } zoneId && UserTimeZone.ToIana(zoneId.Value) is { } iana)
        {
            change = change with { TimeZone = iana };
            rest = rest.Remove(zoneId.Index, zoneId.Length);
        }

        if (Biweekly().IsMatch(rest)) change = change with { Cadence = CheckIns.Cadence.Biweekly };
        else if (Monthly().IsMatch(rest)) change = change with { Cadence = CheckIns.Cadence.Monthly };
        else if (Weekly().IsMatch(rest)) change = change with { Cadence = CheckIns.Cadence.Weekly };

        if (DayOfMonth().Match(rest) is { Success: true } dom)
        {
            var day = dom.Groups["last"].Success ? 31 : int.Parse(dom.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (day is >= 1 and <= 31)
            {
                change = change with { DayOfMonth = day, Cadence = change.Cadence ?? CheckIns.Cadence.Monthly };
                rest = rest.Remove(dom.Index, dom.Length);
            }
        }

        if (TimeOfDayRecognizer.Recognize(rest, locale) is { } when)
        {
            change = change with { Day = when.Day, Time = when.Time };
            if (when.Day is not null && change.Cadence is null) change = change with { Cadence = CheckIns.Cadence.Weekly };
        }
        return change;
    }

    /// <summary>Applies a change; false when it named nothing.</summary>
    public static bool Apply(CheckInSchedule schedule, ScheduleChange change)
    {
        if (change.IsEmpty) return false;
        if (change.Cadence is { } cadence) schedule.Cadence = cadence;
        if (change.Day is { } day) schedule.Day = day;
        if (change.DayOfMonth is { } dom) schedule.DayOfMonth = dom;
        if (change.Time is { } time) schedule.Time = time;
        if (change.TimeZone is { } zone)
        {
            schedule.TimeZone = zone;
            schedule.TimeZoneFromUser = true;
        }
        if (change.ClearQuietHours) schedule.QuietStart = schedule.QuietEnd = null;
        if (change.QuietHours is { } quiet)
        {
            schedule.QuietStart = quiet.Start;
            schedule.QuietEnd = quiet.End;
        }
        return true;
    }

    [GeneratedRegex(@"\b(?:no|without|remove(?: the)?) quiet hours\b")]
    private static partial Regex NoQuietHours();

    [GeneratedRegex(@"\bquiet(?: hours?| time)?(?: are| is)?(?: from)?\s+(?<start>.+?)\s*(?:-|–|to|until|till)\s*(?<end>\d{1,2}(?::\d{2})?\s*(?:am|pm)?|noon|midnight)")]
    private static partial Regex QuietHours();

    [GeneratedRegex(@"\b(?:time ?zone|zone|tz)\s*(?:is|to|:|=)?\s*(?<zone>[a-z_]+(?:/[a-z_\-+0-9]+)*(?: [a-z]+(?: standard time)?)?)")]
    private static partial Regex ZonePhrase();

    [GeneratedRegex(@"\b[a-z]+/[a-z_]+(?:/[a-z_]+)?\b")]
    private static partial Regex ZoneId();

    [GeneratedRegex(@"\b(?:every (?:two|2|other|second) weeks?|every other|biweekly|bi-weekly|fortnightly|every fortnight)\b")]
    private static partial Regex Biweekly();

    [GeneratedRegex(@"\b(?:monthly|every month|each month|once a month)\b")]
    private static partial Regex Monthly();

    [GeneratedRegex(@"\b(?:weekly|every week|each week|once a week|every (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?)\b")]
    private static partial Regex Weekly();

    [GeneratedRegex(@"\b(?:on )?(?:the )?(?:(?<last>last day)|(?<day>\d{1,2})(?:st|nd|rd|th))(?: of (?:the|each|every) month)?\b|\bday (?<day>\d{1,2})\b")]
    private static partial Regex DayOfMonth();
}
