using CoachBot.BotFramework.Text;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Commands;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;

namespace CoachBot.Coaching.CheckIns;

/// <summary>
/// The check-in commands that work anywhere: "schedule" (with or without the new schedule), "start now" / "check in",
/// "snooze an hour" / "snooze until tomorrow", "skip this time" / "skip this week", "pause until &lt;date&gt;", "resume check-ins".
/// </summary>
public sealed class CheckInCommands(CoachTexts texts)
{
    /// <summary>What a snooze command carries in <see cref="CoachCommand.Part"/>.</summary>
    public const string SnoozeHour = "hour", SnoozeTomorrow = "tomorrow";

    public static bool Handles(CoachCommandKind kind) => kind is CoachCommandKind.Schedule or CoachCommandKind.CheckInStart
        or CoachCommandKind.CheckInSnooze or CoachCommandKind.CheckInSkip or CoachCommandKind.PauseCheckIns or CoachCommandKind.ResumeCheckIns;

    public async Task<InterruptionOutcome> HandleAsync(DialogContext dc, CoachCommand command, CancellationToken ct)
    {
        var context = dc.Context;
        var now = context.Clock.GetUtcNow();
        switch (command.Kind)
        {
            case CoachCommandKind.Schedule:
                return await CommandHandler.RestartWithAsync(dc, ScheduleDialog.DialogId, new ScheduleRequest { Text = command.Text }, ct).ConfigureAwait(false);
            case CoachCommandKind.CheckInStart:
                return await CommandHandler.RestartWithAsync(dc, ReflectionDialog.DialogId, null, ct).ConfigureAwait(false);
            case CoachCommandKind.CheckInSnooze:
                Snooze(context, command.Part == SnoozeTomorrow, now);
                return InterruptionOutcome.Resume;
            case CoachCommandKind.CheckInSkip:
                Skip(context, now);
                return InterruptionOutcome.Resume;
            case CoachCommandKind.PauseCheckIns:
                Pause(context, command.Text, now);
                return InterruptionOutcome.Resume;
            case CoachCommandKind.ResumeCheckIns:
                if (CheckInTurns.Find(context) is not { } state || state.Schedule.Cadence == Cadence.Off || state.Schedule.TimeZone is null)
                {
                    texts.Say(context, CheckInTexts.NoSchedule);
                    return InterruptionOutcome.Resume;
                }
                CheckInRules.Resume(state, now);
                texts.Say(context, CheckInTexts.Resumed, ("next", CheckInMessages.When(context, state.Schedule, state.NextUtc!.Value)));
                return InterruptionOutcome.Resume;
            default:
                return InterruptionOutcome.Resume;
        }
    }

    private void Snooze(ITurnContext context, bool untilTomorrow, DateTimeOffset now)
    {
        var state = CheckInTurns.Find(context);
        if (state?.Schedule.TimeZone is not { } zone)
        {
            texts.Say(context, CheckInTexts.NothingToSnooze);
            return;
        }
        var until = untilTomorrow
            ? Occurrences.ToUtc(Occurrences.LocalDate(zone, now).AddDays(1), state.Schedule.Time, UserTimeZone.Resolve(zone))
            : now.AddHours(1);
        if (!CheckInRules.Snooze(state, until))
        {
            texts.Say(context, CheckInTexts.NothingToSnooze);
            return;
        }
        if (untilTomorrow) texts.Say(context, CheckInTexts.SnoozedTomorrow, ("time", CheckInMessages.Time(state.Schedule.Time)));
        else texts.Say(context, CheckInTexts.SnoozedHour);
    }

    private void Skip(ITurnContext context, DateTimeOffset now)
    {
        var state = CheckInTurns.Find(context);
        var wasOpen = state?.Open is { Answered: false, Skipped: false };
        if (state is null || CheckInRules.Skip(state, now) is not { } skipped)
        {
            texts.Say(context, CheckInTexts.NothingToSkip);
            return;
        }
        var next = state.NextUtc is { } n ? CheckInMessages.When(context, state.Schedule, n) : "?";
        if (wasOpen) texts.Say(context, CheckInTexts.Skipped, ("next", next));
        else texts.Say(context, CheckInTexts.SkippedNext, ("date", CheckInMessages.When(context, state.Schedule, skipped)), ("next", next));
    }

    private void Pause(ITurnContext context, string? dateText, DateTimeOffset now)
    {
        if (CheckInTurns.Find(context) is not { } state || state.Schedule.TimeZone is not { } zone)
        {
            texts.Say(context, CheckInTexts.NoSchedule);
            return;
        }
        if (string.IsNullOrWhiteSpace(dateText))
        {
            CheckInRules.PauseUntil(state, null, now);
            texts.Say(context, CheckInTexts.PausedOpenEnded);
            return;
        }
        var found = TurnDates.Read(context, texts.Catalog, dateText, UserTimeZone.Resolve(zone));
        if (found.Kind != DateRecognitionKind.Date)
        {
            texts.Say(context, CheckInTexts.PauseNoDate);
            return;
        }
        CheckInRules.PauseUntil(state, found.Date, now);
        texts.Say(context, CheckInTexts.Paused, ("date", CoachTurn.Date(context, found.Date!.Value)));
    }
}
