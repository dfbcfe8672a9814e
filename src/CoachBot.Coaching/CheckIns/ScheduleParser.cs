using CoachBot.BotFramework.Text;
using System.Text.RegularExpressions;
using CoachBot.BotFramework.Recognizers;

namespace CoachBot.Coaching.CheckIns;

/// <summary>Why a schedule was refused: what was asked cannot be kept by the schedule model (each has a sentence, <see cref="ScheduleTexts.RefusalKey"/>).</summary>
public enum ScheduleRefusal
{
    /// <summary>More than one check-in a day: "twice a day", "mornings and evenings", "at 9 and at 5".</summary>
    SeveralTimesADay,
    /// <summary>A time per day: "Tuesdays at 9 and Thursdays at 5".</summary>
    DifferentTimesPerDay,
    /// <summary>A rhythm other than daily, weekly, two-weekly, monthly: "every other day", "every 3 weeks", "quarterly".</summary>
    UnsupportedInterval,
    /// <summary>A count without the days: "twice a week", "three times a week".</summary>
    NeedDays,
    /// <summary>"monthly on Mondays": which Monday of the month?</summary>
    NeedWhichWeekday,
    /// <summary>"the first and third Monday", "the fifth Friday": the model keeps one weekday of the month, the 1st to 4th or the last.</summary>
    SeveralWeekdaysOfMonth,
    /// <summary>Two rhythms at once: "every Monday on the 15th", "weekly on the 1st".</summary>
    Conflicting,
    /// <summary>A schedule word that could not be placed ("every blue moon").</summary>
    Unclear,
}

/// <summary>What a user asked to change in their schedule; null fields stay as they are. A refused change changes nothing.</summary>
public sealed record ScheduleChange(
    Cadence? Cadence = null,
    IReadOnlyList<DayOfWeek>? Days = null,
    IReadOnlyList<int>? MonthDays = null,
    NthWeekday? NthWeekday = null,
    TimeOnly? Time = null,
    string? TimeZone = null,
    (TimeOnly Start, TimeOnly End)? QuietHours = null,
    bool ClearQuietHours = false,
    bool UnknownZone = false,
    ScheduleRefusal? Refusal = null,
    PartOfDay? PartOfDay = null)
{
    /// <summary>True when nothing would change: nothing was read, or it was refused.</summary>
    public bool IsEmpty => Refusal is not null || Cadence is null && Days is null && MonthDays is null && NthWeekday is null && Time is null
        && TimeZone is null && QuietHours is null && !ClearQuietHours;

    public static ScheduleChange Refused(ScheduleRefusal refusal) => new(Refusal: refusal);
}

/// <summary>
/// Reads a schedule in plain words, with the words from dialogs/ (<see cref="ScheduleWords"/>): "every Monday at 9:00",
/// "Tuesdays and Thursdays", "weekdays after lunch", "every day at 8", "weekdays except Wednesday", "every other Friday
/// at 16:30", "twice a month" (the 1st and the 15th), "the 1st and the 15th", "first Monday of the month", "monthly on
/// the 31st at 8am", "evenings", "quiet hours 21:00-07:00", "no quiet hours", "time zone Europe/Berlin", "off"; several
/// at once too. A clock time beats a part of the day and takes its half of the day from it ("evenings at 7" = 19:00).
/// What the schedule model cannot keep is refused (<see cref="ScheduleRefusal"/>), never turned into something else:
/// every schedule word in the answer must be understood, or the whole answer is refused as unclear.
/// </summary>
public static partial class ScheduleParser
{
    public static ScheduleChange Parse(string? text, ScheduleWords words, string? locale)
    {
        ArgumentNullException.ThrowIfNull(words);
        var rest = (text ?? "").Trim().ToLowerInvariant();
        if (OnlyOff(ScheduleWords.Split(rest), words)) return new ScheduleChange(Cadence: CheckIns.Cadence.Off);

        var change = new ScheduleChange();
        if (NoQuietHours().IsMatch(rest))
        {
            change = change with { ClearQuietHours = true };
            rest = NoQuietHours().Replace(rest, " ");
        }
        else if (QuietHours().Match(rest) is { Success: true } quiet)
        {
            var start = TimeOfDayRecognizer.Recognize(quiet.Groups["start"].Value, locale, words.Recognizers)?.Time;
            var end = TimeOfDayRecognizer.Recognize(quiet.Groups["end"].Value, locale, words.Recognizers)?.Time;
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

        var said = ScheduleWords.Split(rest);
        if (change.TimeZone is null && PlaceZone(said, words) is { } place) change = change with { TimeZone = place };
        var when = new ScheduleReader(said, words, locale).Read();
        if (when.Refusal is { } refusal) return ScheduleChange.Refused(refusal);
        return change with
        {
            Cadence = when.Cadence, Days = when.Days, MonthDays = when.MonthDays, NthWeekday = when.NthWeekday, Time = when.Time,
            PartOfDay = when.PartOfDay,
        };
    }

    /// <summary>"I'm in London", "based in new york": the zone of a place the machine knows, its words taken out; null otherwise.</summary>
    private static string? PlaceZone(List<string> said, ScheduleWords words)
    {
        for (var i = 0; i < said.Count; i++)
        {
            if (words.ZoneLeads.MatchAt(said, i) is not (> 0 and var lead)) continue;
            for (var length = Math.Min(3, said.Count - i - lead); length > 0; length--)
            {
                if (UserTimeZone.ToIana(string.Join(' ', said.Skip(i + lead).Take(length))) is not { } zone || !zone.Contains('/')) continue;
                said.RemoveRange(i, lead + length);
                return zone;
            }
        }
        return null;
    }

    /// <summary>"off", "none, no check-ins please": words that turn check-ins off, with nothing but fillers beside them.</summary>
    private static bool OnlyOff(List<string> said, ScheduleWords words)
    {
        var found = false;
        for (var i = 0; i < said.Count;)
        {
            if (words.Off.MatchAt(said, i) is > 0 and var n) { found = true; i += n; }
            else if (words.Fillers.Contains(said[i])) i++;
            else return false;
        }
        return found;
    }

    /// <summary>Applies a change; false when it named nothing or was refused (then the schedule is untouched).</summary>
    public static bool Apply(CheckInSchedule schedule, ScheduleChange change)
    {
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(change);
        if (change.IsEmpty) return false;
        if (change.Cadence is { } cadence) schedule.Cadence = cadence;
        if (change.Days is { Count: > 0 } days) schedule.SetWeekdays(days);
        if (change.MonthDays is { Count: > 0 } monthDays) schedule.SetMonthDays(monthDays);
        if (change.NthWeekday is { } nth) schedule.NthWeekday = nth;
        else if (change.Days is { Count: > 0 }) schedule.NthWeekday = null;
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
}
