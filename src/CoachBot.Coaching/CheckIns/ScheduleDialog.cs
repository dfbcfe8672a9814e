using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.CheckIns;

/// <summary>
/// "schedule": shows the check-in schedule and changes it from plain words; asks for the time zone only when the
/// channel did not send one. "schedule every Monday at 9" goes straight to the change.
/// </summary>
public sealed class ScheduleDialog : ComponentDialog
{
    public const string DialogId = "schedule";
    private const string StepsId = "schedule.steps";
    private const string AskId = "schedule.askPrompt";
    private const string ZoneId = "schedule.zonePrompt";

    private readonly Coach _coach;
    private readonly CheckInOptions _options;

    public ScheduleDialog(Coach coach, CheckInOptions options) : base(DialogId)
    {
        _coach = coach;
        _options = options;
        AddDialog(new WaterfallDialog(StepsId, [AskWhenAsync, ApplyWhenAsync, SaveAsync]));
        AddDialog(new TextPrompt(AskId));
        AddDialog(new TextPrompt(ZoneId, ValidateZoneAsync));
        InitialDialogId = StepsId;
    }

    public sealed record ScheduleOptions(string? Text = null);

    private async Task<DialogTurnResult> AskWhenAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        if (step.GetOptions<ScheduleOptions>()?.Text is { Length: > 0 } text) return await step.NextAsync(text, ct);
        var existing = CheckInTurns.Find(context);
        if (existing is null || existing.Schedule.Cadence == Cadence.Off) _coach.Say(context, CheckInTexts.NoSchedule);
        else context.SendActivity(Show(context, existing));
        return await step.PromptAsync(AskId, new PromptOptions { Prompt = _coach.Text(context, ScheduleTexts.Ask), MaxLength = 200, AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> ApplyWhenAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        if (step.Result is not string text)
        {
            _coach.Say(context, ScheduleTexts.Kept);
            return await step.EndDialogAsync(null, ct);
        }
        var change = ScheduleParser.Parse(text, ScheduleWords.From(_coach.Texts, context.Activity.Locale), context.Activity.Locale);
        if (change.UnknownZone) _coach.Say(context, ScheduleTexts.UnknownZone);
        if (change.IsEmpty)
        {
            if (change.Refusal is { } refusal) _coach.Say(context, ScheduleTexts.RefusalKey(refusal));
            else if (!change.UnknownZone) _coach.Say(context, ScheduleTexts.NotUnderstood);
            return await step.ReplaceDialogAsync(StepsId, null, ct);
        }
        var state = CheckInTurns.Get(context, _options);
        ScheduleParser.Apply(state.Schedule, change);
        if (state.Schedule.TimeZone is null && Zones.FromActivity(context.Activity) is { } zone) state.Schedule.TimeZone = zone;
        if (state.Schedule.TimeZone is null && state.Schedule.Cadence != Cadence.Off)
            return await step.PromptAsync(ZoneId, new PromptOptions
            {
                Prompt = _coach.Text(context, ScheduleTexts.AskZone),
                RetryPrompt = _coach.Text(context, ScheduleTexts.UnknownZone),
                MaxLength = 100,
                AllowBack = false,
                AllowSkip = false,
            }, ct);
        return await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var state = CheckInTurns.Get(context, _options);
        if (step.Result is string answer && Zones.ToIana(answer) is { } zone)
        {
            state.Schedule.TimeZone = zone;
            state.Schedule.TimeZoneFromUser = true;
        }
        if (state.Schedule.TimeZone is null && state.Schedule.Cadence != Cadence.Off)
        {
            // The zone question gave up: nothing can be scheduled without one.
            _coach.Say(context, ScheduleTexts.Kept);
            return await step.EndDialogAsync(null, ct);
        }
        CheckInRules.Reschedule(state, context.Clock.GetUtcNow());
        if (_options.FirstCheckInAfter is { } soon && state.Schedule.IsActive) state.NextUtc = context.Clock.GetUtcNow() + soon;
        Confirm(context, state);
        return await step.EndDialogAsync(null, ct);
    }

    /// <summary>Says the schedule as saved, with the next occurrence in the user's time.</summary>
    public void Confirm(ITurnContext context, CheckInState state)
    {
        var schedule = state.Schedule;
        if (schedule.Cadence == Cadence.Off || state.NextUtc is not { } next)
        {
            _coach.Say(context, ScheduleTexts.SavedOff);
            return;
        }
        _coach.Say(context, ScheduleTexts.Saved, ("cadence", CheckInMessages.Describe(_coach, context, schedule)), ("zone", schedule.TimeZone),
            ("quiet", Quiet(context, schedule)), ("next", CheckInMessages.When(context, schedule, Occurrences.OutsideQuietHours(schedule, next))));
    }

    private string Show(ITurnContext context, CheckInState state)
    {
        var schedule = state.Schedule;
        var cadence = CheckInMessages.Describe(_coach, context, schedule);
        if (!schedule.IsActive || schedule.Paused != PauseReason.None || state.NextUtc is not { } next)
        {
            var until = schedule.PausedUntil is { } date ? " until " + Coach.Date(context, date) : "";
            return _coach.Text(context, ScheduleTexts.Paused, ("cadence", cadence), ("zone", schedule.TimeZone ?? "?"), ("until", until));
        }
        return _coach.Text(context, ScheduleTexts.Current, ("cadence", cadence), ("zone", schedule.TimeZone), ("quiet", Quiet(context, schedule)),
            ("next", CheckInMessages.When(context, schedule, Occurrences.OutsideQuietHours(schedule, next))));
    }

    private string Quiet(ITurnContext context, CheckInSchedule schedule) =>
        schedule.QuietStart is { } start && schedule.QuietEnd is { } end
            ? _coach.Text(context, ScheduleTexts.QuietHours, ("start", CheckInMessages.Time(start)), ("end", CheckInMessages.Time(end)))
            : _coach.Text(context, ScheduleTexts.NoQuietHours);

    private static Task<bool> ValidateZoneAsync(PromptValidatorContext<string> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Succeeded && Zones.ToIana(prompt.Recognized.Value) is not null);
}
