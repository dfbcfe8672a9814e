using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.CheckIns;

/// <summary>A proactive message to send: what it is, which check-in (or nudge time) it belongs to, and for a nudge the step.</summary>
public sealed record Delivery(DeliveryKind Kind, DateTimeOffset Id, string? StepKey = null);

/// <summary>How a send went, as the scheduler saw it.</summary>
public enum SendOutcome
{
    Sent,
    /// <summary>429, 412, 5xx or no answer: try again later.</summary>
    Transient,
    /// <summary>403 or 404: the user blocked the bot, uninstalled it, or the conversation is gone.</summary>
    Unreachable,
    /// <summary>Another 4xx: the message was refused; it is not sent again.</summary>
    Refused,
}

/// <summary>
/// The decisions about check-ins, as pure functions of (state, plan, now): what is due, what to claim, how a
/// reply, a snooze or a skip changes things, and when to look at the user again (the due-index time).
/// </summary>
public static class CheckInRules
{
    private const int KeptDeliveries = 10;

    /// <summary>
    /// The message due at <paramref name="now"/>, if any, with the state changed as if it were sent and the claim
    /// recorded in <see cref="CheckInState.Pending"/>. The caller commits this with a conditional write before sending.
    /// </summary>
    public static Delivery? Claim(CheckInState s, CoachingState plan, DateTimeOffset now, CheckInOptions o)
    {
        if (s.Pending is { } pending)
        {
            if (now < pending.RetryAtUtc) return null; // its sender may still be at it
            if (pending.Attempts >= o.MaxSendAttempts)
            {
                Record(s, pending.Kind, pending.Id, now, "given up");
                s.Pending = null;
            }
            else
            {
                // The sender crashed or the send failed for a while: send it again (at-least-once across a crash).
                pending.Attempts++;
                pending.RetryAtUtc = now + o.ClaimTimeout;
                return new Delivery(pending.Kind, pending.Id, pending.StepKey);
            }
        }

        EndPauseIfOver(s, now);
        var schedule = s.Schedule;
        if (!schedule.IsActive) return null;
        var paused = schedule.Paused == PauseReason.User;

        if (s.NextUtc is { } next && next <= now)
        {
            // Missed occurrences collapse into the latest one; quiet hours hold it; a stale one is not sent.
            var latest = Occurrences.Latest(schedule, next, now);
            var deliverAt = Occurrences.OutsideQuietHours(schedule, latest);
            if (now - deliverAt > o.FreshnessWindow)
            {
                Record(s, DeliveryKind.CheckIn, latest, now, "too late, skipped");
                s.NextUtc = Occurrences.Next(schedule, now);
            }
            else if (deliverAt <= now)
            {
                if (s.Open is { Ignored: true }) s.Streak = 0;
                s.Open = new OpenCheckIn
                {
                    Id = latest,
                    SentUtc = now,
                    ReminderUtc = o.Reminders ? ReminderTime(schedule, latest, o) : null,
                };
                s.NextUtc = Occurrences.Next(schedule, latest);
                return ClaimFor(s, DeliveryKind.CheckIn, latest, null, now, o);
            }
        }
        if (paused) return null;

        if (s.Open is { SnoozedUntilUtc: { } until } snoozed && Occurrences.OutsideQuietHours(schedule, until) <= now)
        {
            snoozed.SnoozedUntilUtc = null;
            return ClaimFor(s, DeliveryKind.Snoozed, snoozed.Id, null, now, o);
        }

        if (s.Open is { ReminderUtc: { } remindAt } open && Occurrences.OutsideQuietHours(schedule, remindAt) is var at && at <= now)
        {
            open.ReminderUtc = null;
            if (!open.Replied && now - at <= o.FreshnessWindow) return ClaimFor(s, DeliveryKind.Reminder, open.Id, null, now, o);
        }

        PlanNudge(s, plan, now, o);
        if (s.NudgeAtUtc is { } nudgeAt && s.NudgeStep is { } step && Occurrences.OutsideQuietHours(schedule, nudgeAt) is var nudgeOut && nudgeOut <= now)
        {
            s.NudgeAtUtc = null;
            s.NudgeStep = null;
            s.NudgedSteps.Add(step);
            if (s.NudgedSteps.Count > 50) s.NudgedSteps.RemoveAt(0);
            if (now - nudgeOut <= o.FreshnessWindow) return ClaimFor(s, DeliveryKind.Nudge, nudgeAt, step, now, o);
        }
        return null;
    }

    /// <summary>Applies how a claimed send went. Nothing changes when the claim is no longer the current one.</summary>
    public static void Confirm(CheckInState s, Delivery delivery, SendOutcome outcome, DateTimeOffset now, CheckInOptions o)
    {
        if (s.Pending is not { } pending || pending.Kind != delivery.Kind || pending.Id != delivery.Id) return;
        switch (outcome)
        {
            case SendOutcome.Sent:
                s.Pending = null;
                Record(s, delivery.Kind, delivery.Id, now, "sent");
                break;
            case SendOutcome.Transient when pending.Attempts < o.MaxSendAttempts:
                // Backoff across polls: 30 s, 1 min, 2 min... at most 30 minutes.
                var backoff = TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, pending.Attempts - 1), 1800));
                pending.RetryAtUtc = now + backoff;
                break;
            case SendOutcome.Transient:
                s.Pending = null;
                Record(s, delivery.Kind, delivery.Id, now, "given up");
                break;
            case SendOutcome.Unreachable:
                s.Pending = null;
                s.Schedule.Paused = PauseReason.Unreachable;
                Record(s, delivery.Kind, delivery.Id, now, "unreachable, paused");
                break;
            default:
                s.Pending = null;
                Record(s, delivery.Kind, delivery.Id, now, "refused");
                break;
        }
    }

    /// <summary>When the scheduler should look at this user next (the due-index time), or null for never.</summary>
    public static DateTimeOffset? DueUtc(CheckInState s)
    {
        var schedule = s.Schedule;
        var times = new List<DateTimeOffset?> { s.Pending?.RetryAtUtc };
        if (schedule.IsActive)
        {
            if (s.NextUtc is { } next) times.Add(Occurrences.OutsideQuietHours(schedule, next));
            if (schedule.Paused != PauseReason.User)
            {
                if (s.Open?.SnoozedUntilUtc is { } snooze) times.Add(Occurrences.OutsideQuietHours(schedule, snooze));
                if (s.Open is { ReminderUtc: { } remind, Replied: false }) times.Add(Occurrences.OutsideQuietHours(schedule, remind));
                if (s.NudgeAtUtc is { } nudge) times.Add(Occurrences.OutsideQuietHours(schedule, nudge));
            }
            else if (schedule.PausedUntil is { } until && schedule.TimeZone is { } zone)
            {
                times.Add(Occurrences.ToUtc(until, TimeOnly.MinValue, UserTimeZone.Resolve(zone)));
            }
        }
        return times.Where(t => t is not null).Min();
    }

    /// <summary>Recomputes the next occurrence after a schedule change (and the two-weekly anchor).</summary>
    public static void Reschedule(CheckInState s, DateTimeOffset now)
    {
        var schedule = s.Schedule;
        schedule.Anchor = null;
        if (schedule.Cadence == Cadence.Biweekly && schedule.TimeZone is { } zone)
        {
            // The first matching weekday after now sets which weeks count.
            var date = Occurrences.LocalDate(zone, now);
            while (date.DayOfWeek != schedule.Day || Occurrences.ToUtc(date, schedule.Time, UserTimeZone.Resolve(zone)) <= now) date = date.AddDays(1);
            schedule.Anchor = date;
        }
        var from = now;
        if (schedule.Paused == PauseReason.User && schedule.PausedUntil is { } until && schedule.TimeZone is { } z)
            from = Max(now, Occurrences.ToUtc(until, TimeOnly.MinValue, UserTimeZone.Resolve(z)).AddTicks(-1));
        s.NextUtc = Occurrences.Next(schedule, from);
        s.NudgeAtUtc = null;
        s.NudgeStep = null;
    }

    /// <summary>The user wrote: the open check-in counts as replied (its reminder is cancelled); a channel-paused schedule wakes up.</summary>
    public static void OnUserMessage(CheckInState s, DateTimeOffset now)
    {
        if (s.Open is { Replied: false } open)
        {
            open.Replied = true;
            open.ReminderUtc = null;
        }
        if (s.Schedule.Paused is PauseReason.Unreachable or PauseReason.Uninstalled)
        {
            s.Schedule.Paused = PauseReason.None;
            Reschedule(s, now);
        }
    }

    /// <returns>False when there is no open check-in to snooze.</returns>
    public static bool Snooze(CheckInState s, DateTimeOffset until)
    {
        if (s.Open is not { Answered: false } open) return false;
        open.Snoozed = true;
        open.Skipped = false;
        open.SnoozedUntilUtc = until;
        open.ReminderUtc = null;
        return true;
    }

    /// <summary>"skip this time": the open check-in is skipped (streak kept); with none open, the next one is.</summary>
    /// <returns>The occurrence skipped.</returns>
    public static DateTimeOffset? Skip(CheckInState s, DateTimeOffset now)
    {
        if (s.Open is { Answered: false, Skipped: false } open)
        {
            open.Skipped = true;
            open.SnoozedUntilUtc = null;
            open.ReminderUtc = null;
            return open.Id;
        }
        if (s.NextUtc is not { } next) return null;
        s.NextUtc = Occurrences.Next(s.Schedule, next);
        return next;
    }

    public static void PauseUntil(CheckInState s, DateOnly? until, DateTimeOffset now)
    {
        s.Schedule.Paused = PauseReason.User;
        s.Schedule.PausedUntil = until;
        if (s.Open is { } open) open.ReminderUtc = null;
        Reschedule(s, now);
    }

    public static void Resume(CheckInState s, DateTimeOffset now)
    {
        s.Schedule.Paused = PauseReason.None;
        s.Schedule.PausedUntil = null;
        Reschedule(s, now);
    }

    /// <summary>A reflection was completed: the open check-in is answered and the streak grows (once per check-in).</summary>
    public static void Answered(CheckInState s)
    {
        if (s.Open is not { Answered: false } open) return;
        open.Answered = true;
        open.Replied = true;
        open.ReminderUtc = null;
        open.SnoozedUntilUtc = null;
        s.Streak++;
        s.BestStreak = Math.Max(s.BestStreak, s.Streak);
    }

    /// <summary>Plans the one nudge for the earliest step due within the nudge window, at the user's usual time.</summary>
    public static void PlanNudge(CheckInState s, CoachingState plan, DateTimeOffset now, CheckInOptions o)
    {
        var schedule = s.Schedule;
        if (o.NudgeDaysAhead == 0 || !schedule.IsActive || schedule.TimeZone is not { } zoneId)
        {
            s.NudgeAtUtc = null;
            s.NudgeStep = null;
            return;
        }
        var steps = plan.ActiveGoals
            .SelectMany(g => g.Steps.Where(st => st.Status == StepStatus.Open).Select(st => (Key: g.Id + "/" + st.Id, st.Due)))
            .Where(x => !s.NudgedSteps.Contains(x.Key))
            .ToList();
        if (s.NudgeStep is { } planned && steps.Any(x => x.Key == planned)) return; // still valid: keep its time stable
        s.NudgeAtUtc = null;
        s.NudgeStep = null;
        var zone = UserTimeZone.Resolve(zoneId);
        var today = Occurrences.LocalDate(zoneId, now);
        foreach (var (key, due) in steps)
        {
            var date = due.AddDays(-o.NudgeDaysAhead) > today ? due.AddDays(-o.NudgeDaysAhead) : today;
            var at = Occurrences.ToUtc(date, schedule.Time, zone);
            if (at < now) at = Occurrences.ToUtc(date = date.AddDays(1), schedule.Time, zone);
            if (date > due) continue;
            if (s.NudgeAtUtc is null || at < s.NudgeAtUtc)
            {
                s.NudgeAtUtc = at;
                s.NudgeStep = key;
            }
        }
    }

    private static DateTimeOffset ReminderTime(CheckInSchedule schedule, DateTimeOffset checkIn, CheckInOptions o)
    {
        var zone = UserTimeZone.Resolve(schedule.TimeZone);
        var date = Occurrences.LocalDate(schedule.TimeZone, checkIn).AddDays(o.ReminderAfterDays);
        return Occurrences.ToUtc(date, schedule.Time, zone);
    }

    private static void EndPauseIfOver(CheckInState s, DateTimeOffset now)
    {
        var schedule = s.Schedule;
        if (schedule is { Paused: PauseReason.User, PausedUntil: { } until } && Occurrences.LocalDate(schedule.TimeZone, now) >= until)
        {
            schedule.Paused = PauseReason.None;
            schedule.PausedUntil = null;
        }
    }

    private static Delivery ClaimFor(CheckInState s, DeliveryKind kind, DateTimeOffset id, string? step, DateTimeOffset now, CheckInOptions o)
    {
        s.Pending = new PendingSend { Kind = kind, Id = id, StepKey = step, Attempts = 1, RetryAtUtc = now + o.ClaimTimeout };
        return new Delivery(kind, id, step);
    }

    private static void Record(CheckInState s, DeliveryKind kind, DateTimeOffset id, DateTimeOffset now, string outcome)
    {
        s.Deliveries.Add(new DeliveryRecord(kind, id, now, outcome));
        if (s.Deliveries.Count > KeptDeliveries) s.Deliveries.RemoveRange(0, s.Deliveries.Count - KeptDeliveries);
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
