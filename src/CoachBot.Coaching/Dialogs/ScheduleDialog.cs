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

    /// <summary>The schedule as it was before this change (said back when it changes), and its zone.</summary>
    public string? Before { get; set; }

    public string? BeforeZone { get; set; }
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
        AddDialog(new TextPrompt(ZoneId, ValidateZone));
        InitialDialogId = StepsId;
    }

    private async Task<DialogTurnResult> ShowScheduleAskWhenAsync(WaterfallStepContext<ScheduleRequest> step, CancellationToken ct)
    {
        var context = step.Context;
        if (step.State.Text is { Length: > 0 } text) return await step.NextAsync(text, ct);
        var existing = CheckInTurns.Find(context);
        if (existing is null || existing.Schedule.Cadence == Cadence.Off) _texts.Say(context, CheckInTexts.NoSchedule);
        else context.SendActivity(Show(context, existing));
        return await step.PromptAsync(AskId, new PromptOptions { Prompt = _texts.Text(context, ScheduleTexts.Ask), MaxLength = 200, AllowBack = false,
            QuestionContext = PromptHelp.Schedule }, ct);
    }

    private async Task<DialogTurnResult> SaveWhenAskZoneAsync(WaterfallStepContext<ScheduleRequest> step, CancellationToken ct)
    {
        var context = step.Context;
        if (step.Result is not string text)
        {
            _texts.Say(context, ScheduleTexts.Kept);
            return await step.EndDialogAsync(null, ct);
        }
        var words = ScheduleWords.From(_texts.Catalog, context.Activity.Locale);
        var change = ScheduleParser.Parse(text, words, context.Activity.Locale);
        // "actually make it london", "sorry, I meant Berlin time": a zone alone, put as a correction.
        if (change.IsEmpty && ScheduleZone.Read(text, words, context.Activity.Locale) is { } zoneOnly) change = new ScheduleChange(TimeZone: zoneOnly);
        if (change.UnknownZone) _texts.Say(context, ScheduleTexts.UnknownZone);
        if (change.IsEmpty)
        {
            if (change.Refusal is { } refusal) _texts.Say(context, ScheduleTexts.RefusalKey(refusal));
            else if (!change.UnknownZone) _texts.Say(context, ScheduleTexts.NotUnderstood);
            return await step.ReplaceDialogAsync(StepsId, null, ct);
        }
        // Only a schedule that was set is said back as changed (a new person's defaults are not "theirs").
        var had = CheckInTurns.Find(context) is { Schedule.Cadence: not Cadence.Off };
        var state = CheckInTurns.Get(context, _options);
        if (had)
        {
            step.State.Before = CheckInMessages.Describe(_texts, context, state.Schedule);
            step.State.BeforeZone = state.Schedule.TimeZone;
        }
        ScheduleParser.Apply(state.Schedule, change);
        if (change.TimeZone is not null) state.Schedule.TimeZoneFromUser = true;
        if (state.Schedule.TimeZone is null && UserTimeZone.FromActivity(context.Activity) is { } zone) state.Schedule.TimeZone = zone;
        if (state.Schedule.TimeZone is null && state.Schedule.Cadence != Cadence.Off)
            return await step.PromptAsync(ZoneId, new PromptOptions
            {
                Prompt = _texts.Text(context, ScheduleTexts.AskZone),
                RetryPrompt = _texts.Text(context, ScheduleTexts.UnknownZone),
                MaxLength = 100,
                AllowBack = false,
                AllowSkip = false,
                QuestionContext = PromptHelp.Zone,
            }, ct);
        return await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> SaveZoneRescheduleAsync(WaterfallStepContext<ScheduleRequest> step, CancellationToken ct)
    {
        var context = step.Context;
        var state = CheckInTurns.Get(context, _options);
        if (step.Result is string answer && ScheduleZone.Read(answer, ScheduleWords.From(_texts.Catalog, context.Activity.Locale), context.Activity.Locale) is { } zone)
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
        SayWhatChanged(context, step.State, state.Schedule);
        Confirm(context, state);
        return await step.EndDialogAsync(null, ct);
    }

    /// <summary>A schedule that was set and now differs: what it was and what it is, so a correction says what it changed.</summary>
    private void SayWhatChanged(ITurnContext context, ScheduleRequest request, CheckInSchedule schedule)
    {
        if (request.Before is not { } before || schedule.Cadence == Cadence.Off) return;
        var now = CheckInMessages.Describe(_texts, context, schedule);
        if (now != before) _texts.Say(context, ScheduleTexts.Changed, ("old", before), ("new", now));
        else if (request.BeforeZone is { } oldZone && schedule.TimeZone is { } newZone && oldZone != newZone)
            _texts.Say(context, ScheduleTexts.ZoneChanged, ("old", oldZone), ("new", newZone));
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

    /// <summary>A zone as people answer: "Europe/Berlin", "berlin", "I'm in London", "actually I'm in Berlin", "sorry, I meant London time".</summary>
    private Task<bool> ValidateZone(PromptValidatorContext<string> prompt, CancellationToken ct) =>
        Task.FromResult(prompt.Recognized.Succeeded && ScheduleZone.Read(prompt.Recognized.Value,
            ScheduleWords.From(_texts.Catalog, prompt.Context.Activity.Locale), prompt.Context.Activity.Locale) is not null);
}
