using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Tests.CheckIns;

/// <summary>What is due when: claims, catch-up, freshness, quiet hours, snooze, skip, pause, reminders, streaks.</summary>
public class CheckInRuleTests
{
    private static readonly CheckInOptions Options = new();
    private static readonly CoachingState NoPlan = new();

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso, null, System.Globalization.DateTimeStyles.AssumeUniversal);

    /// <summary>Every Monday at 9:00 Berlin, quiet 21:00-08:00, set on Friday 1 January 2027.</summary>
    private static CheckInState MondaysAtNine(string setAt = "2027-01-01T12:00:00Z")
    {
        var state = new CheckInState
        {
            Schedule = new CheckInSchedule
            {
                Cadence = Cadence.Weekly, Day = DayOfWeek.Monday, Time = new TimeOnly(9, 0), TimeZone = "Europe/Berlin",
                QuietStart = new TimeOnly(21, 0), QuietEnd = new TimeOnly(8, 0),
            },
        };
        CheckInRules.Reschedule(state, Utc(setAt));
        return state;
    }

    private static Delivery? ClaimAndSend(CheckInState state, DateTimeOffset now)
    {
        var delivery = CheckInRules.Claim(state, NoPlan, now, Options);
        if (delivery is not null) CheckInRules.Confirm(state, delivery, SendOutcome.Sent, now, Options);
        return delivery;
    }

    [Fact]
    public void NothingIsDueBeforeNineAndOneCheckInAtNine()
    {
        var state = MondaysAtNine();
        Assert.Equal(Utc("2027-01-04T08:00:00Z"), CheckInRules.DueUtc(state));
        Assert.Null(ClaimAndSend(state, Utc("2027-01-04T07:59:59Z")));
        var sent = ClaimAndSend(state, Utc("2027-01-04T08:00:00Z"));
        Assert.Equal(new Delivery(DeliveryKind.CheckIn, Utc("2027-01-04T08:00:00Z")), sent);
        Assert.Null(ClaimAndSend(state, Utc("2027-01-04T08:00:01Z")));
        Assert.Equal(Utc("2027-01-11T08:00:00Z"), state.NextUtc);
    }

    [Fact]
    public void AClaimHeldByAnotherSenderIsNotClaimedAgainUntilItExpires()
    {
        var state = MondaysAtNine();
        var now = Utc("2027-01-04T08:00:00Z");
        Assert.NotNull(CheckInRules.Claim(state, NoPlan, now, Options));
        // The sender has not confirmed: nobody else sends it while the claim holds...
        Assert.Null(CheckInRules.Claim(state, NoPlan, now + Options.ClaimTimeout - TimeSpan.FromSeconds(1), Options));
        // ...and after it expires (the sender crashed) it is sent again, the same check-in.
        var again = CheckInRules.Claim(state, NoPlan, now + Options.ClaimTimeout, Options);
        Assert.Equal(new Delivery(DeliveryKind.CheckIn, now), again);
        Assert.Equal(2, state.Pending!.Attempts);
    }

    [Fact]
    public void MissedCheckInsCollapseIntoTheLatestOne()
    {
        var state = MondaysAtNine();
        // Down for three weeks; back on Monday 25 January at 10:00 Berlin: one check-in, for that day.
        var sent = ClaimAndSend(state, Utc("2027-01-25T09:00:00Z"));
        Assert.Equal(Utc("2027-01-25T08:00:00Z"), sent!.Id);
        Assert.Null(ClaimAndSend(state, Utc("2027-01-25T09:00:01Z")));
        Assert.Equal(Utc("2027-02-01T08:00:00Z"), state.NextUtc);
    }

    [Fact]
    public void ACheckInOlderThanTheFreshnessWindowIsNotSentAndTheScheduleMovesOn()
    {
        var state = MondaysAtNine();
        Assert.Null(ClaimAndSend(state, Utc("2027-01-04T20:00:01Z"))); // 12 h and a second late
        Assert.Equal(Utc("2027-01-11T08:00:00Z"), state.NextUtc);
        Assert.Contains(state.Deliveries, d => d.Outcome.StartsWith("too late", StringComparison.Ordinal));
    }

    [Fact]
    public void QuietHoursHoldTheCheckInUntilMorning()
    {
        var state = MondaysAtNine();
        state.Schedule.Time = new TimeOnly(22, 0);
        CheckInRules.Reschedule(state, Utc("2027-01-01T12:00:00Z"));
        // Monday 22:00 is quiet: it goes on Tuesday at 08:00 Berlin.
        Assert.Equal(Utc("2027-01-05T07:00:00Z"), CheckInRules.DueUtc(state));
        Assert.Null(ClaimAndSend(state, Utc("2027-01-04T21:00:00Z")));
        Assert.Equal(DeliveryKind.CheckIn, ClaimAndSend(state, Utc("2027-01-05T07:00:00Z"))!.Kind);
    }

    [Fact]
    public void OneReminderADayLaterAtTheUsualTime()
    {
        var state = MondaysAtNine();
        ClaimAndSend(state, Utc("2027-01-04T08:00:00Z"));
        Assert.Equal(Utc("2027-01-05T08:00:00Z"), CheckInRules.DueUtc(state));
        Assert.Equal(DeliveryKind.Reminder, ClaimAndSend(state, Utc("2027-01-05T08:00:00Z"))!.Kind);
        // Nothing beyond that one reminder until next Monday.
        Assert.Null(ClaimAndSend(state, Utc("2027-01-08T08:00:00Z")));
        Assert.Equal(Utc("2027-01-11T08:00:00Z"), CheckInRules.DueUtc(state));
    }

    [Fact]
    public void AReplyCancelsTheReminder()
    {
        var state = MondaysAtNine();
        ClaimAndSend(state, Utc("2027-01-04T08:00:00Z"));
        CheckInRules.OnUserMessage(state, Utc("2027-01-04T10:00:00Z"));
        Assert.Null(ClaimAndSend(state, Utc("2027-01-05T08:00:00Z")));
        Assert.Equal(Utc("2027-01-11T08:00:00Z"), CheckInRules.DueUtc(state));
    }

    [Fact]
    public void SnoozeBringsTheCheckInBackOnceWithoutAReminder()
    {
        var state = MondaysAtNine();
        ClaimAndSend(state, Utc("2027-01-04T08:00:00Z"));
        Assert.True(CheckInRules.Snooze(state, Utc("2027-01-04T09:00:00Z")));
        Assert.Null(ClaimAndSend(state, Utc("2027-01-04T08:59:00Z")));
        Assert.Equal(new Delivery(DeliveryKind.Snoozed, Utc("2027-01-04T08:00:00Z")), ClaimAndSend(state, Utc("2027-01-04T09:00:00Z")));
        Assert.Null(ClaimAndSend(state, Utc("2027-01-05T08:00:00Z")));
    }

    [Fact]
    public void SkipThisTimeKeepsTheStreakAndSkipWithNothingOpenSkipsTheNext()
    {
        var state = MondaysAtNine();
        state.Streak = 3;
        ClaimAndSend(state, Utc("2027-01-04T08:00:00Z"));
        Assert.Equal(Utc("2027-01-04T08:00:00Z"), CheckInRules.Skip(state, Utc("2027-01-04T08:05:00Z")));
        ClaimAndSend(state, Utc("2027-01-11T08:00:00Z"));
        Assert.Equal(3, state.Streak);
        CheckInRules.Answered(state);
        Assert.Equal(4, state.Streak);
        // Nothing open now: "skip this week" skips the next one (18 January).
        Assert.Equal(Utc("2027-01-18T08:00:00Z"), CheckInRules.Skip(state, Utc("2027-01-12T08:00:00Z")));
        Assert.Equal(Utc("2027-01-25T08:00:00Z"), state.NextUtc);
    }

    [Fact]
    public void AnUnansweredCheckInBreaksTheStreakAndASnoozedOneDoesNot()
    {
        var state = MondaysAtNine();
        ClaimAndSend(state, Utc("2027-01-04T08:00:00Z"));
        CheckInRules.Answered(state);
        ClaimAndSend(state, Utc("2027-01-11T08:00:00Z"));
        CheckInRules.Snooze(state, Utc("2027-01-11T09:00:00Z"));
        ClaimAndSend(state, Utc("2027-01-18T08:00:00Z"));
        Assert.Equal(1, state.Streak);
        ClaimAndSend(state, Utc("2027-01-25T08:00:00Z")); // the 18 January one went unanswered
        Assert.Equal(0, state.Streak);
        Assert.Equal(1, state.BestStreak);
    }

    [Fact]
    public void PauseUntilADateSendsNothingUntilThenAndResumeBringsCheckInsBack()
    {
        var state = MondaysAtNine();
        CheckInRules.PauseUntil(state, new DateOnly(2027, 1, 20), Utc("2027-01-02T12:00:00Z"));
        Assert.Equal(Utc("2027-01-25T08:00:00Z"), state.NextUtc);
        Assert.Null(ClaimAndSend(state, Utc("2027-01-11T08:00:00Z")));
        Assert.Equal(DeliveryKind.CheckIn, ClaimAndSend(state, Utc("2027-01-25T08:00:00Z"))!.Kind);
        Assert.Equal(PauseReason.None, state.Schedule.Paused);

        CheckInRules.PauseUntil(state, null, Utc("2027-01-26T12:00:00Z"));
        Assert.Null(CheckInRules.DueUtc(state));
        CheckInRules.Resume(state, Utc("2027-02-10T12:00:00Z"));
        Assert.Equal(Utc("2027-02-15T08:00:00Z"), state.NextUtc);
    }

    [Fact]
    public void ForbiddenOrNotFoundPausesTheScheduleInsteadOfRetrying()
    {
        var state = MondaysAtNine();
        var now = Utc("2027-01-04T08:00:00Z");
        var delivery = CheckInRules.Claim(state, NoPlan, now, Options)!;
        CheckInRules.Confirm(state, delivery, SendOutcome.Unreachable, now, Options);
        Assert.Equal(PauseReason.Unreachable, state.Schedule.Paused);
        Assert.Null(CheckInRules.DueUtc(state));
        // The user writes again: they can be reached, check-ins come back.
        CheckInRules.OnUserMessage(state, Utc("2027-01-06T12:00:00Z"));
        Assert.Equal(Utc("2027-01-11T08:00:00Z"), CheckInRules.DueUtc(state));
    }

    [Fact]
    public void ATransientFailureIsRetriedWithBackoffThenGivenUp()
    {
        var state = MondaysAtNine();
        var now = Utc("2027-01-04T08:00:00Z");
        for (var attempt = 1; attempt <= Options.MaxSendAttempts; attempt++)
        {
            var delivery = CheckInRules.Claim(state, NoPlan, now, Options);
            Assert.Equal(DeliveryKind.CheckIn, delivery!.Kind);
            CheckInRules.Confirm(state, delivery, SendOutcome.Transient, now, Options);
            now = CheckInRules.DueUtc(state)!.Value;
        }
        Assert.Null(state.Pending);
        Assert.Contains(state.Deliveries, d => d.Outcome == "given up");
    }

    [Fact]
    public void AStepDueSoonGetsOneNudgeAtTheUsualTime()
    {
        var state = MondaysAtNine();
        var plan = new CoachingState();
        plan.Goals.Add(new Goal
        {
            Id = "g1", Statement = "Pass AZ-104", Status = GoalStatus.Active,
            Steps = [new PlanStep { Id = "s1", Title = "Book the exam", Due = new DateOnly(2027, 1, 8) }],
        });
        CheckInRules.PlanNudge(state, plan, Utc("2027-01-01T12:00:00Z"), Options);
        // Due Friday the 8th, three days ahead: Tuesday the 5th at 9:00 Berlin.
        Assert.Equal(Utc("2027-01-05T08:00:00Z"), state.NudgeAtUtc);
        ClaimAndSend(state, Utc("2027-01-04T08:00:00Z")); // the Monday check-in
        CheckInRules.OnUserMessage(state, Utc("2027-01-04T08:30:00Z"));
        var nudge = CheckInRules.Claim(state, plan, Utc("2027-01-05T08:00:00Z"), Options);
        Assert.Equal(new Delivery(DeliveryKind.Nudge, Utc("2027-01-05T08:00:00Z"), "g1/s1"), nudge);
        CheckInRules.Confirm(state, nudge!, SendOutcome.Sent, Utc("2027-01-05T08:00:00Z"), Options);
        Assert.Null(CheckInRules.Claim(state, plan, Utc("2027-01-06T08:00:00Z"), Options));
    }
}
