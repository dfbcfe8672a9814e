using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Dialogs;

/// <summary>What "schedule" was said with ("schedule every Monday at 9"), if anything.</summary>
public sealed class ScheduleRequest
{
    public string? Text { get; set; }
}

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

    private readonly CoachTexts _texts;
    private readonly CheckInOptions _options;

    public ScheduleDialog(CoachTexts texts, CheckInOptions options) : base(DialogId)
    {
        _texts = texts;
        _options = options;
        AddDialog(new WaterfallDialog<ScheduleRequest>(StepsId, DialogStateJsonContext.Default.ScheduleRequest,
            [ShowScheduleAskWhenAsync, SaveWhenAskZoneAsync, SaveZoneRescheduleAsync]));
        AddDialog(new TextPrompt(AskId));
        AddDialog(new TextPrompt(ZoneId, ValidateZoneAsync));
        InitialDialogId = StepsId;
    }

    private async Task<DialogTurnResult> ShowScheduleAskWhenAsync(WaterfallStepContext<ScheduleRequest> step, CancellationToken ct)
    {
        var context = step.Context;
        if (step.State.Text is { Length: > 0 } text) return await step.NextAsync(text, ct);
        var existing = CheckInTurns.Find(context);
        if (existing is null || existing.Schedule.Cadence == Cadence.Off) _texts.Say(context, CheckInTexts.NoSchedule);
        else context.SendActivity(Show(context, existing));
        return await step.PromptAsync(AskId, new PromptOptions { Prompt = _texts.Text(context, ScheduleTexts.Ask), MaxLength = 200, AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> SaveWhenAskZoneAsync(WaterfallStepContext<ScheduleRequest> step, CancellationToken ct)
    {
        var context = step.Context;
        if (step.Result is not string text)
        {
            _texts.Say(context, ScheduleTexts.Kept);
            return await step.EndDialogAsync(null, ct);
        }
        var change = ScheduleParser.Parse(text, ScheduleWords.From(_texts.Catalog, context.Activity.Locale), context.Activity.Locale);
        if (change.UnknownZone) _texts.Say(context, ScheduleTexts.UnknownZone);
        if (change.IsEmpty)
        {
            if (change.Refusal is { } refusal) _texts.Say(context, ScheduleTexts.RefusalKey(refusal));
            else if (!change.UnknownZone) _texts.Say(context, ScheduleTexts.NotUnderstood);
            return await step.ReplaceDialogAsync(StepsId, null, ct);
        }
        var state = CheckInTurns.Get(context, _options);
        ScheduleParser.Apply(state.Schedule, change);
        if (state.Schedule.TimeZone is null && UserTimeZone.FromActivity(context.Activity) is { } zone) state.Schedule.TimeZone = zone;
        if (state.Schedule.TimeZone is null && state.Schedule.Cadence != Cadence.Off)
            return await step.PromptAsync(ZoneId, new PromptOptions
            {
                Prompt = _texts.Text(context, ScheduleTexts.AskZone),
                RetryPrompt = _texts.Text(context, ScheduleTexts.UnknownZone),
                MaxLength = 100,
                AllowBack = false,
                AllowSkip = false,
            }, ct);
        return await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> SaveZoneRescheduleAsync(WaterfallStepContext<ScheduleRequest> step, CancellationToken ct)
    {
        var context = step.Context;
        var state = CheckInTurns.Get(context, _options);
        if (step.Result is string answer && UserTimeZone.ToIana(answer) is { } zone)
        {
            state.Schedule.TimeZone = zone;
            state.Schedule.TimeZoneFromUser = true;
        }
        if (state.Schedule.TimeZone is null && state.Schedule.Cadence != Cadence.Off)
        {
            // The zone question gave up: nothing can be scheduled without one.
            _texts.Say(context, ScheduleTexts.Kept);
            return await step.EndDialogAsync(null, ct);
        }
        CheckInRules.Reschedule(state, context.Clock.GetUtcNow());
        Confirm(context, state);
        return await step.EndDialogAsync(null, ct);
    }

    /// <summary>Says the schedule as saved, with the next occurrence in the user's time.</summary>
    public void Confirm(ITurnContext context, CheckInState state)
    {
        var schedule = state.Schedule;
        if (schedule.Cadence == Cadence.Off || state.NextUtc is not { } next)
        {
            _texts.Say(context, ScheduleTexts.SavedOff);
            return;
        }
        _texts.Say(context, ScheduleTexts.Saved, ("cadence", CheckInMessages.Describe(_texts, context, schedule)), ("zone", schedule.TimeZone),
            ("quiet", Quiet(context, schedule)), ("next", CheckInMessages.When(context, schedule, Occurrences.OutsideQuietHours(schedule, next))));
    }

    private string Show(ITurnContext context, CheckInState state)
    {
        var schedule = state.Schedule;
        var cadence = CheckInMessages.Describe(_texts, context, schedule);
        if (!schedule.IsActive || schedule.Paused != PauseReason.None || state.NextUtc is not { } next)
        {
            var until = schedule.PausedUntil is { } date ? " until " + CoachTurn.Date(context, date) : "";
            return _texts.Text(context, ScheduleTexts.Paused, ("cadence", cadence), ("zone", schedule.TimeZone ?? "?"), ("until", until));
        }
        return _texts.Text(context, ScheduleTexts.Current, ("cadence", cadence), ("zone", schedule.TimeZone), ("quiet", Quiet(context, schedule)),
            ("next", CheckInMessages.When(context, schedule, Occurrences.OutsideQuietHours(schedule, next))));
    }

    private string Quiet(ITurnContext context, CheckInSchedule schedule) =>
        schedule.QuietStart is { } start && schedule.QuietEnd is { } end
            ? _texts.Text(context, ScheduleTexts.QuietHours, ("start", CheckInMessages.Time(start)), ("end", CheckInMessages.Time(end)))
            : _texts.Text(context, ScheduleTexts.NoQuietHours);

    private static Task<bool> ValidateZoneAsync(PromptValidatorContext<string> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Succeeded && UserTimeZone.ToIana(prompt.Recognized.Value) is not null);
}
