using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Plans;

/// <summary>A step's new due date after re-spacing.</summary>
public sealed record RespacedStep(string StepId, DateOnly OldDue, DateOnly NewDue);

/// <summary>
/// Dates for plan steps. Every date lies in [today, deadline], the order is kept, steps are at least
/// <see cref="PlanBuilder.MinDaysApart"/> days apart when the span allows, and every date is a working day (Monday to
/// Friday, and not a holiday of dialogs dates.holidays; the dates are already in the user's zone): a weekend date moves
/// back to the Friday, or forward to the Monday when that Friday is before today or a holiday; a holiday moves to the
/// next working day. Only a span without any working day in it keeps such a date.
/// </summary>
public static class PlanSpacing
{
    /// <summary>
    /// Spreads the steps by their share of the span (fixed days where given, e.g. a milestone's own date), pushes them
    /// apart forward and pulls them back under the deadline, then onto working days.
    /// </summary>
    public static List<DateOnly> Dates(IReadOnlyList<double> shares, DateOnly today, DateOnly end, IReadOnlyList<DateOnly?>? fixedDates = null)
    {
        var n = shares.Count;
        if (end < today) end = today;
        var span = end.DayNumber - today.DayNumber;
        var gap = n > 1 ? Math.Min(PlanBuilder.MinDaysApart, span / (n - 1)) : 0;
        var isFixed = new bool[n];
        var days = new int[n];
        for (var i = 0; i < n; i++)
        {
            if (fixedDates is not null && fixedDates[i] is { } f)
            {
                isFixed[i] = true;
                days[i] = Math.Clamp(f.DayNumber - today.DayNumber, 0, span);
                continue;
            }
            var raw = (int)Math.Round(Math.Clamp(shares[i], 0, 1) * span);
            days[i] = i == 0 ? raw : Math.Max(raw, days[i - 1] + gap);
        }
        for (var i = n - 1; i >= 0; i--)
            if (!isFixed[i]) days[i] = i == n - 1 ? Math.Min(days[i], span) : Math.Min(days[i], days[i + 1] - gap);
        for (var i = 0; i < n; i++)
            days[i] = Math.Max(i == 0 ? 0 : days[i - 1], Math.Clamp(days[i], 0, span));

        var dates = new List<DateOnly>(n);
        for (var i = 0; i < n; i++)
        {
            var date = OnWorkingDay(today.AddDays(days[i]), today, end);
            dates.Add(i > 0 && date < dates[i - 1] ? dates[i - 1] : date);
        }
        return dates;
    }

    /// <summary>
    /// The date when it is a working day. A holiday (dates.holidays) moves to the next working day; a plain weekend to
    /// the Friday before (or forward, when that Friday is a holiday or before today). Never outside [today, end]: when
    /// forward is past the end it goes back, and only a span without any working day keeps the date.
    /// </summary>
    public static DateOnly OnWorkingDay(DateOnly date, DateOnly today, DateOnly end)
    {
        if (IsWorkingDay(date)) return date;
        var back = date;
        while (IsWeekend(back) && !IsHoliday(back)) back = back.AddDays(-1);
        if (!IsHoliday(date) && back >= today && IsWorkingDay(back)) return back;
        var forward = date;
        while (!IsWorkingDay(forward)) forward = forward.AddDays(1);
        if (forward <= end) return forward;
        back = date;
        while (!IsWorkingDay(back)) back = back.AddDays(-1);
        return back >= today ? back : date;
    }

    /// <summary>Monday to Friday and no holiday of dates.holidays.</summary>
    public static bool IsWorkingDay(DateOnly date) => !IsWeekend(date) && !IsHoliday(date);

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

    private static bool IsHoliday(DateOnly date) => GoalVocabulary.Default.Holidays.Contains((date.Month, date.Day));

    /// <summary>
    /// The open steps spread again between today and a new deadline, in their current order (by due date), evenly,
    /// the last on the deadline (the user's own milestones keep their dates when those fit); done and skipped steps keep their dates. For the dialogs after a deadline change and
    /// for the check-in when the dates are no longer realistic. Returns the new dates; the caller applies them.
    /// </summary>
    public static IReadOnlyList<RespacedStep> Respace(IEnumerable<PlanStep> steps, DateOnly today, DateOnly deadline)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var open = steps.Select((s, i) => (Step: s, Order: i)).Where(s => s.Step.Status == StepStatus.Open)
            .OrderBy(s => s.Step.Due).ThenBy(s => s.Order).Select(s => s.Step).ToList();
        if (open.Count == 0) return [];
        var shares = open.Select((_, i) => (double)(i + 1) / open.Count).ToList();
        var end = deadline < today ? today : deadline;
        // The user's own milestones keep the dates they gave, when those still fit before the new deadline.
        var fixedDates = open.Select(s => s.OwnDate && s.Due >= today && s.Due < end ? s.Due : (DateOnly?)null).ToList();
        var dates = Dates(shares, today, end, fixedDates);
        return open.Select((s, i) => new RespacedStep(s.Id, s.Due, dates[i])).ToList();
    }
}
