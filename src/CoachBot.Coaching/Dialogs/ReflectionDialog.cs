using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;
using CoachBot.Coaching.Suggestions;

namespace CoachBot.Coaching.Dialogs;

/// <summary>The check-in in progress: the goal being asked about, the answers so far, and a change waiting for a yes.</summary>
public sealed class ReflectionState
{
    /// <summary>How many active goals were gone through already; the next one is asked about.</summary>
    public int GoalsDone { get; set; }

    /// <summary>The answers, saved as the history row at the end.</summary>
    public CheckInHistory History { get; set; } = new();

    /// <summary>The fix the user chose for a slipped step, until the change is confirmed or declined.</summary>
    public StepFix? PendingFix { get; set; }

    /// <summary>The new wording or helper step the user typed for the pending fix.</summary>
    public string? FixText { get; set; }

    /// <summary>The new date the user gave for a moved step.</summary>
    public DateOnly? FixDate { get; set; }

    /// <summary>The goal part of the check-in asked about last.</summary>
    [JsonIgnore]
    public GoalReflection Current => History.Goals[^1];
}

/// <summary>
/// The reflection check-in: for each active goal, progress on the current step (done, on track, behind, blocked),
/// what went well and what got in the way; a slipped step leads to a choice (alternative, help, smaller, new date)
/// and changes the plan only after the user's yes. Then deadlines, priorities, opportunities. The answers are saved
/// as a history row in the same write as the plan changes, and the streak grows.
/// </summary>
public sealed class ReflectionDialog : ComponentDialog
{
    public const string DialogId = "reflection";
    private const string GoalStepsId = "reflection.goal";
    private const string ClosingId = "reflection.closing";
    private const string ChoiceId = "reflection.choice";
    private const string TextId = "reflection.text";
    private const string DateId = "reflection.date";
    private const string ConfirmId = "reflection.confirm";

    private readonly CoachTexts _texts;
    private readonly SuggestionService _suggestions;
    private readonly PlanEditor _editor;

    public ReflectionDialog(CoachTexts texts, SuggestionService suggestions) : base(DialogId)
    {
        _texts = texts;
        _suggestions = suggestions;
        _editor = new PlanEditor(texts);
        AddDialog(new WaterfallDialog<ReflectionState>(GoalStepsId, DialogStateJsonContext.Default.ReflectionState,
            [AskProgressAsync, SaveProgressAskFixAsync, SaveFixAskDetailAsync, SaveDetailConfirmChangeAsync,
             ApplyChangeAskWentWellAsync, SaveWentWellAskInTheWayAsync, SaveInTheWayAsync, NextGoalAsync]));
        AddDialog(new WaterfallDialog<ReflectionState>(ClosingId, DialogStateJsonContext.Default.ReflectionState,
            [AskDeadlinesAsync, SaveDeadlinesAskPrioritiesAsync, SavePrioritiesAskOpportunityAsync, SaveOpportunitySaveCheckInAsync]));
        AddDialog(new ChoicePrompt(ChoiceId));
        AddDialog(new TextPrompt(TextId));
        AddDialog(new DatePrompt(DateId));
        AddDialog(new ConfirmPrompt(ConfirmId));
        InitialDialogId = GoalStepsId;
    }

    private static List<Goal> Goals(WaterfallStepContext<ReflectionState> step) => CoachTurn.State(step.Context).ActiveGoals.ToList();

    private async Task<DialogTurnResult> AskProgressAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        var reflection = step.State;
        var goals = Goals(step);
        if (reflection.GoalsDone == 0 && reflection.History.Goals.Count == 0)
        {
            reflection.History.OccurrenceUtc = CheckInTurns.Find(context)?.Open is { Answered: false } open ? open.Id : null;
            _texts.Say(context, goals.Count == 0 ? ReflectionTexts.NoGoals : ReflectionTexts.Intro);
        }
        if (reflection.GoalsDone >= goals.Count) return await step.ReplaceDialogAsync(ClosingId, reflection, ct);

        var goal = goals[reflection.GoalsDone];
        var next = goal.NextStep;
        reflection.History.Goals.Add(new GoalReflection { GoalId = goal.Id, Step = next?.Title, StepId = next?.Id });
        if (next is null) return await step.NextAsync(null, ct);
        return await step.PromptAsync(ChoiceId, new PromptOptions
        {
            Prompt = _texts.Text(context, ReflectionTexts.AskProgress, ("goal", PlanSteps.Number(goal)), ("statement", goal.Statement),
                ("step", next.Title), ("date", CoachTurn.Date(context, next.Due))),
            Choices = [.. _texts.Choices(context, ReflectionTexts.Progress)],
            AllowBack = false,
        }, ct);
    }

    private async Task<DialogTurnResult> SaveProgressAskFixAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        var reflection = step.State;
        var goal = Goal(step);
        if (ReflectionTexts.Progress.Read(step.Result) is not { } progress || goal is null || AskedStep(goal, reflection) is not { } current)
            return await step.NextAsync(null, ct);
        reflection.Current.Progress = progress;
        switch (progress)
        {
            case ReflectionProgress.Done:
                // The user's own "done" is their yes: mark it and celebrate.
                _editor.MarkDone(context, goal, current);
                reflection.Current.ChangeApplied = true;
                return await step.NextAsync(null, ct);
            case ReflectionProgress.OnTrack:
                _texts.Say(context, ReflectionTexts.OnTrack);
                return await step.NextAsync(null, ct);
            default:
                var prompt = _texts.Text(context, ReflectionTexts.AskFix, ("step", current.Title));
                if (_suggestions.IsOn(context))
                {
                    // Ideas from the LLM are shown as suggestions only; the plan changes through the user's own choice below.
                    var brief = GoalBrief.For(goal, CoachTurn.State(context).Profile, CoachTurn.Today(context));
                    var ways = await _suggestions.SuggestWaysThroughAsync(context, brief, current.Title, ct).ConfigureAwait(false);
                    if (ways is { Count: > 0 })
                        prompt = _texts.Text(context, ReflectionTexts.SuggestedWays, ("ways", string.Join("\n", ways.Select(w => "- " + w.Title)))) + "\n\n" + prompt;
                }
                return await step.PromptAsync(ChoiceId, new PromptOptions
                {
                    Prompt = prompt,
                    Choices = [.. _texts.Choices(context, ReflectionTexts.Fixes)],
                    AllowBack = false,
                }, ct);
        }
    }

    private async Task<DialogTurnResult> SaveFixAskDetailAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        var reflection = step.State;
        if (ReflectionTexts.Fixes.Read(step.Result) is not { } fix) return await step.NextAsync(null, ct);
        reflection.Current.Fix = fix;
        if (fix == StepFix.Keep) return await step.NextAsync(null, ct);
        reflection.PendingFix = fix;
        if (fix == StepFix.Move)
            return await step.PromptAsync(DateId, new PromptOptions
            {
                Prompt = _texts.Text(context, ReflectionTexts.AskNewDate),
                TimeZoneId = CoachTurn.ZoneId(context),
                AllowBack = false,
            }, ct);
        var key = fix switch
        {
            StepFix.Alternative => ReflectionTexts.AskAlternative,
            StepFix.Help => ReflectionTexts.AskHelp,
            _ => ReflectionTexts.AskSmaller,
        };
        return await step.PromptAsync(TextId, new PromptOptions { Prompt = _texts.Text(context, key), MaxLength = 200, AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> SaveDetailConfirmChangeAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        var reflection = step.State;
        var current = AskedStep(Goal(step), reflection);
        if (reflection.PendingFix is not { } fix || current is null || step.Result is null or PromptSignal)
        {
            reflection.PendingFix = null;
            return await step.NextAsync(null, ct);
        }
        string question;
        if (fix == StepFix.Move && step.Result is DateOnly date)
        {
            reflection.FixDate = date;
            question = _texts.Text(context, ReflectionTexts.ConfirmMove, ("step", current.Title), ("date", CoachTurn.Date(context, date)));
        }
        else if (step.Result is string text)
        {
            reflection.FixText = UserText.Clean(text);
            question = fix == StepFix.Help
                ? _texts.Text(context, ReflectionTexts.ConfirmHelp, ("text", HelpTitle(step, reflection.FixText)), ("date", CoachTurn.Date(context, HelpDue(step, current))))
                : _texts.Text(context, ReflectionTexts.ConfirmRename, ("step", current.Title), ("text", reflection.FixText));
        }
        else return await step.NextAsync(null, ct);
        reflection.Current.ProposedChange = question;
        return await step.PromptAsync(ConfirmId, new PromptOptions { Prompt = question, AllowBack = false, AllowSkip = false, MaxAttempts = 2 }, ct);
    }

    private async Task<DialogTurnResult> ApplyChangeAskWentWellAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        var reflection = step.State;
        var goal = Goal(step);
        if (reflection.PendingFix is { } fix && goal is not null && AskedStep(goal, reflection) is { } current)
        {
            if (step.Result is true)
            {
                switch (fix)
                {
                    case StepFix.Move:
                        current.Due = reflection.FixDate!.Value;
                        break;
                    case StepFix.Help:
                        PlanSteps.Add(goal, new PlanStep { Title = HelpTitle(step, reflection.FixText!), Due = HelpDue(step, current) });
                        break;
                    default:
                        current.Title = reflection.FixText!.Length <= 200 ? reflection.FixText : reflection.FixText[..200];
                        current.Suggested = false;
                        break;
                }
                PlanSteps.Sort(goal);
                reflection.Current.ChangeApplied = true;
                _texts.Say(context, ReflectionTexts.Changed);
            }
            else
            {
                _texts.Say(context, ReflectionTexts.Unchanged);
            }
        }
        reflection.PendingFix = null;
        reflection.FixText = null;
        reflection.FixDate = null;
        return await step.PromptAsync(TextId, new PromptOptions { Prompt = _texts.Text(context, ReflectionTexts.AskWentWell), MaxLength = 500, AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> SaveWentWellAskInTheWayAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        step.State.Current.WentWell = step.Result as string;
        return await step.PromptAsync(TextId, new PromptOptions { Prompt = _texts.Text(step.Context, ReflectionTexts.AskInTheWay), MaxLength = 500, AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> SaveInTheWayAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        step.State.Current.InTheWay = step.Result as string;
        return await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> NextGoalAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        step.State.GoalsDone++;
        return await step.ReplaceDialogAsync(GoalStepsId, step.State, ct);
    }

    private async Task<DialogTurnResult> AskDeadlinesAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        if (Goals(step).Count == 0) return await step.NextAsync(null, ct);
        return await step.PromptAsync(ConfirmId, new PromptOptions { Prompt = _texts.Text(step.Context, ReflectionTexts.AskDeadlines), AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> SaveDeadlinesAskPrioritiesAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        if (step.Result is bool onTrack)
        {
            step.State.History.DeadlinesOnTrack = onTrack;
            if (!onTrack) _texts.Say(step.Context, ReflectionTexts.DeadlinesHint);
        }
        return await step.PromptAsync(TextId, new PromptOptions { Prompt = _texts.Text(step.Context, ReflectionTexts.AskPriorities), MaxLength = 500, AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> SavePrioritiesAskOpportunityAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        step.State.History.PrioritiesChanged = step.Result as string;
        return await step.PromptAsync(TextId, new PromptOptions { Prompt = _texts.Text(step.Context, ReflectionTexts.AskOpportunity), MaxLength = 500, AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> SaveOpportunitySaveCheckInAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        var history = step.State.History;
        var now = context.Clock.GetUtcNow();
        history.NewOpportunityOrChallenge = step.Result as string;
        history.CompletedUtc = now;

        var state = CheckInTurns.Find(context);
        if (state is not null && history.OccurrenceUtc is { } occurrence && state.Open?.Id == occurrence) CheckInRules.Answered(state);
        history.Streak = state?.Streak ?? 0;
        // Same write as the plan changes: the adapter commits history rows with the record.
        context.AppendHistory(new HistoryRow(CheckInHistory.RowId(now), JsonSerializer.Serialize(history, CheckInJsonContext.Default.CheckInHistory)));

        var text = _texts.Text(context, ReflectionTexts.Saved);
        if (state is { Streak: > 1 }) text += " " + _texts.Text(context, ReflectionTexts.Streak, ("streak", state.Streak));
        if (state is { NextUtc: { } next } && state.Schedule.IsActive)
            text += "\n\n" + _texts.Text(context, ReflectionTexts.NextCheckIn, ("next", CheckInMessages.When(context, state.Schedule, next)));
        context.SendActivity(text);
        return await step.EndDialogAsync(null, ct);
    }

    private static Goal? Goal(WaterfallStepContext<ReflectionState> step) =>
        CoachTurn.State(step.Context).Goals.FirstOrDefault(g => g.Id == step.State.Current.GoalId);

    private string HelpTitle(WaterfallStepContext<ReflectionState> step, string text) => _texts.Text(step.Context, ReflectionTexts.HelpStep, ("text", text));

    /// <summary>Help comes before the step it helps: in a week, or by the step's date if that is sooner.</summary>
    private static DateOnly HelpDue(WaterfallStepContext<ReflectionState> step, PlanStep current)
    {
        var inAWeek = CoachTurn.Today(step.Context).AddDays(7);
        return current.Due < inAWeek ? current.Due : inAWeek;
    }

    /// <summary>The step the check-in asked about, by its stable id (the next step when the record has none).</summary>
    private static PlanStep? AskedStep(Goal? goal, ReflectionState reflection) =>
        goal is null ? null : goal.Steps.FirstOrDefault(s => s.Id == reflection.Current.StepId && s.Status == StepStatus.Open) ?? goal.NextStep;
}
