using System.Text.Json;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Suggestions;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.CheckIns;

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

    private static readonly string[] Progress = ["done", "on track", "behind", "blocked"];

    public enum Fix { Alternative, Help, Smaller, Move, Keep }

    private readonly Coach _coach;
    private readonly CheckInOptions _options;
    private readonly PlanEditor _editor;

    public ReflectionDialog(Coach coach, CheckInOptions options) : base(DialogId)
    {
        _coach = coach;
        _options = options;
        _editor = new PlanEditor(coach);
        AddDialog(new WaterfallDialog(GoalStepsId,
            [AskProgressAsync, AskWhatHelpsAsync, AskFixDetailAsync, ConfirmChangeAsync, ApplyChangeAsync, AskWentWellAsync, AskInTheWayAsync, NextGoalAsync]));
        AddDialog(new WaterfallDialog(ClosingId, [AskDeadlinesAsync, AskPrioritiesAsync, AskOpportunityAsync, SaveAsync]));
        AddDialog(new ChoicePrompt(ChoiceId));
        AddDialog(new TextPrompt(TextId));
        AddDialog(new DatePrompt(DateId));
        AddDialog(new ConfirmPrompt(ConfirmId));
        InitialDialogId = GoalStepsId;
    }

    /// <summary>The check-in in progress, carried in the dialog's options so it survives restarts and re-runs.</summary>
    public sealed class Draft
    {
        public int GoalIndex { get; set; }
        public CheckInHistory History { get; set; } = new();
        public Fix? PendingFix { get; set; }
        public string? FixText { get; set; }
        public DateOnly? FixDate { get; set; }
    }

    private GoalReflection Current(Draft draft) => draft.History.Goals[^1];

    private static List<Goal> Goals(WaterfallStepContext step) => Coach.State(step.Context).ActiveGoals.ToList();

    private async Task<DialogTurnResult> AskProgressAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var draft = step.GetOptions<Draft>() ?? new Draft();
        var goals = Goals(step);
        if (draft.GoalIndex == 0 && draft.History.Goals.Count == 0)
        {
            draft.History.CheckInId = CheckInTurns.Find(context)?.Open is { Answered: false } open ? open.Id : null;
            _coach.Say(context, goals.Count == 0 ? ReflectionTexts.NoGoals : ReflectionTexts.Intro);
        }
        if (draft.GoalIndex >= goals.Count) return await step.ReplaceDialogAsync(ClosingId, draft, ct);

        var goal = goals[draft.GoalIndex];
        var next = goal.NextStep;
        draft.History.Goals.Add(new GoalReflection { GoalId = goal.Id, Step = next?.Title });
        step.SetOptions(draft);
        if (next is null) return await step.NextAsync(null, ct);
        return await step.PromptAsync(ChoiceId, new PromptOptions
        {
            Prompt = _coach.Text(context, ReflectionTexts.AskProgress, ("goal", PlanSteps.Number(goal)), ("statement", goal.Statement),
                ("step", next.Title), ("date", Coach.Date(context, next.Due))),
            Choices = _coach.List(context, ReflectionTexts.ProgressChoices).Select(c => new Choice(c)).ToList(),
            AllowBack = false,
        }, ct);
    }

    private async Task<DialogTurnResult> AskWhatHelpsAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var draft = step.GetOptions<Draft>()!;
        var goal = Goal(step, draft);
        if (step.Result is not FoundChoice choice || goal?.NextStep is not { } current) return await step.NextAsync(null, ct);
        Current(draft).Progress = Progress[choice.Index];
        step.SetOptions(draft);
        switch (choice.Index)
        {
            case 0:
                // The user's own "done" is their yes: mark it and celebrate.
                _editor.MarkDone(context, goal, current);
                Current(draft).Change = "marked done";
                Current(draft).ChangeApplied = true;
                step.SetOptions(draft);
                return await step.NextAsync(null, ct);
            case 1:
                _coach.Say(context, ReflectionTexts.OnTrack);
                return await step.NextAsync(null, ct);
            default:
                var prompt = _coach.Text(context, ReflectionTexts.AskFix, ("step", current.Title));
                if (_coach.SuggestionsOn(context))
                {
                    // Ideas from the LLM are shown as suggestions only; the plan changes through the user's own choice below.
                    var brief = GoalBrief.For(goal, Coach.State(context).Profile, Coach.Today(context));
                    var ways = await _coach.SuggestWaysThroughAsync(context, brief, current.Title, ct).ConfigureAwait(false);
                    if (ways is { Count: > 0 })
                        prompt = _coach.Text(context, ReflectionTexts.SuggestedWays, ("ways", string.Join("\n", ways.Select(w => "- " + w.Title)))) + "\n\n" + prompt;
                }
                return await step.PromptAsync(ChoiceId, new PromptOptions
                {
                    Prompt = prompt,
                    Choices = _coach.List(context, ReflectionTexts.FixChoices).Select(c => new Choice(c)).ToList(),
                    AllowBack = false,
                }, ct);
        }
    }

    private async Task<DialogTurnResult> AskFixDetailAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var draft = step.GetOptions<Draft>()!;
        if (step.Result is not FoundChoice choice || (Fix)choice.Index == Fix.Keep) return await step.NextAsync(null, ct);
        draft.PendingFix = (Fix)choice.Index;
        step.SetOptions(draft);
        if (draft.PendingFix == Fix.Move)
            return await step.PromptAsync(DateId, new PromptOptions
            {
                Prompt = _coach.Text(context, ReflectionTexts.AskNewDate),
                TimeZoneId = CheckInTurns.Find(context)?.Schedule.TimeZone,
                AllowBack = false,
            }, ct);
        var key = draft.PendingFix switch
        {
            Fix.Alternative => ReflectionTexts.AskAlternative,
            Fix.Help => ReflectionTexts.AskHelp,
            _ => ReflectionTexts.AskSmaller,
        };
        return await step.PromptAsync(TextId, new PromptOptions { Prompt = _coach.Text(context, key), MaxLength = 200, AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> ConfirmChangeAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var draft = step.GetOptions<Draft>()!;
        var current = Goal(step, draft)?.NextStep;
        if (draft.PendingFix is not { } fix || current is null || step.Result is null or PromptSignal)
        {
            draft.PendingFix = null;
            step.SetOptions(draft);
            return await step.NextAsync(null, ct);
        }
        string question;
        if (fix == Fix.Move && step.Result is DateOnly date)
        {
            draft.FixDate = date;
            question = _coach.Text(context, ReflectionTexts.ConfirmMove, ("step", current.Title), ("date", Coach.Date(context, date)));
        }
        else if (step.Result is string text)
        {
            draft.FixText = UserText.Clean(text);
            question = fix == Fix.Help
                ? _coach.Text(context, ReflectionTexts.ConfirmHelp, ("text", HelpTitle(step, draft.FixText)), ("date", Coach.Date(context, HelpDue(step, current))))
                : _coach.Text(context, ReflectionTexts.ConfirmRename, ("step", current.Title), ("text", draft.FixText));
        }
        else return await step.NextAsync(null, ct);
        Current(draft).Change = question;
        step.SetOptions(draft);
        return await step.PromptAsync(ConfirmId, new PromptOptions { Prompt = question, AllowBack = false, AllowSkip = false, MaxAttempts = 2 }, ct);
    }

    private async Task<DialogTurnResult> ApplyChangeAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var draft = step.GetOptions<Draft>()!;
        var goal = Goal(step, draft);
        if (draft.PendingFix is { } fix && goal?.NextStep is { } current)
        {
            if (step.Result is true)
            {
                switch (fix)
                {
                    case Fix.Move:
                        current.Due = draft.FixDate!.Value;
                        break;
                    case Fix.Help:
                        goal.Steps.Add(new PlanStep { Title = HelpTitle(step, draft.FixText!), Due = HelpDue(step, current) });
                        break;
                    default:
                        current.Title = draft.FixText!.Length <= 200 ? draft.FixText : draft.FixText[..200];
                        current.Suggested = false;
                        break;
                }
                PlanSteps.Renumber(goal);
                Current(draft).ChangeApplied = true;
                _coach.Say(context, ReflectionTexts.Changed);
            }
            else
            {
                _coach.Say(context, ReflectionTexts.Unchanged);
            }
        }
        draft.PendingFix = null;
        draft.FixText = null;
        draft.FixDate = null;
        step.SetOptions(draft);
        return await step.PromptAsync(TextId, new PromptOptions { Prompt = _coach.Text(context, ReflectionTexts.AskWentWell), MaxLength = 500, AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> AskWentWellAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = step.GetOptions<Draft>()!;
        Current(draft).WentWell = step.Result as string;
        step.SetOptions(draft);
        return await step.PromptAsync(TextId, new PromptOptions { Prompt = _coach.Text(step.Context, ReflectionTexts.AskInTheWay), MaxLength = 500, AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> AskInTheWayAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = step.GetOptions<Draft>()!;
        Current(draft).InTheWay = step.Result as string;
        step.SetOptions(draft);
        return await step.NextAsync(null, ct);
    }

    private async Task<DialogTurnResult> NextGoalAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = step.GetOptions<Draft>()!;
        draft.GoalIndex++;
        return await step.ReplaceDialogAsync(GoalStepsId, draft, ct);
    }

    private async Task<DialogTurnResult> AskDeadlinesAsync(WaterfallStepContext step, CancellationToken ct)
    {
        if (Goals(step).Count == 0) return await step.NextAsync(null, ct);
        return await step.PromptAsync(ConfirmId, new PromptOptions { Prompt = _coach.Text(step.Context, ReflectionTexts.AskDeadlines), AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> AskPrioritiesAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = step.GetOptions<Draft>()!;
        if (step.Result is bool onTrack)
        {
            draft.History.DeadlinesOnTrack = onTrack;
            if (!onTrack) _coach.Say(step.Context, ReflectionTexts.DeadlinesHint);
        }
        step.SetOptions(draft);
        return await step.PromptAsync(TextId, new PromptOptions { Prompt = _coach.Text(step.Context, ReflectionTexts.AskPriorities), MaxLength = 500, AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> AskOpportunityAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var draft = step.GetOptions<Draft>()!;
        draft.History.PrioritiesChanged = step.Result as string;
        step.SetOptions(draft);
        return await step.PromptAsync(TextId, new PromptOptions { Prompt = _coach.Text(step.Context, ReflectionTexts.AskOpportunity), MaxLength = 500, AllowBack = false }, ct);
    }

    private async Task<DialogTurnResult> SaveAsync(WaterfallStepContext step, CancellationToken ct)
    {
        var context = step.Context;
        var draft = step.GetOptions<Draft>()!;
        var now = context.Clock.GetUtcNow();
        draft.History.NewOpportunityOrChallenge = step.Result as string;
        draft.History.CompletedUtc = now;

        var state = CheckInTurns.Find(context);
        if (state is not null && draft.History.CheckInId is { } id && state.Open?.Id == id) CheckInRules.Answered(state);
        draft.History.Streak = state?.Streak ?? 0;
        // Same write as the plan changes: the adapter commits history rows with the record.
        context.AppendHistory(new HistoryRow(CheckInHistory.RowId(now), JsonSerializer.Serialize(draft.History, CheckInJsonContext.Default.CheckInHistory)));

        var text = _coach.Text(context, ReflectionTexts.Saved);
        if (state is { Streak: > 1 }) text += " " + _coach.Text(context, ReflectionTexts.Streak, ("streak", state.Streak));
        if (state is { NextUtc: { } next } && state.Schedule.IsActive)
            text += "\n\n" + _coach.Text(context, ReflectionTexts.NextCheckIn, ("next", CheckInMessages.When(context, state.Schedule, next)));
        context.SendActivity(text);
        return await step.EndDialogAsync(null, ct);
    }

    private static Goal? Goal(WaterfallStepContext step, Draft draft) =>
        Coach.State(step.Context).Goals.FirstOrDefault(g => g.Id == draft.History.Goals[^1].GoalId);

    private string HelpTitle(WaterfallStepContext step, string text) => _coach.Text(step.Context, ReflectionTexts.HelpStep, ("text", text));

    /// <summary>Help comes before the step it helps: in a week, or by the step's date if that is sooner.</summary>
    private static DateOnly HelpDue(WaterfallStepContext step, PlanStep current)
    {
        var inAWeek = Coach.Today(step.Context).AddDays(7);
        return current.Due < inAWeek ? current.Due : inAWeek;
    }
}
