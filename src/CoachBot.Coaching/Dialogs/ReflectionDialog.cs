using System.Text.Json;
using System.Text.Json.Serialization;
using CoachBot.BotFramework.Dialogs;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.State;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Feelings;
using CoachBot.Coaching.Library;
using CoachBot.Coaching.Reflection;
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

    /// <summary>An answer said the dates no longer hold ("the dates were way too ambitious"): the deadlines question proposes new ones.</summary>
    public bool DatesWrong { get; set; }

    /// <summary>The goal and the new deadline proposed when the dates are not realistic, until the user's yes or no.</summary>
    public string? ProposalGoalId { get; set; }

    public DateOnly? ProposalDeadline { get; set; }

    /// <summary>True once the user said yes to moved dates, for the closing summary.</summary>
    public bool DatesMoved { get; set; }

    /// <summary>"values" or "goal" when priorities changed: the check-in offers to revisit that instead of asking on.</summary>
    public string? Revisit { get; set; }

    /// <summary>An opportunity heard in an answer, offered as a step (or a goal) at the end.</summary>
    public string? Opportunity { get; set; }

    public bool OpportunityAsGoal { get; set; }

    /// <summary>The kind of the opportunity (reflection.reading.opportunity), for the line that answers it.</summary>
    public string? OpportunityKind { get; set; }

    /// <summary>"lighter" or "closer": the schedule offered at the end of the check-in, until the user's yes or no.</summary>
    public string? ScheduleOffer { get; set; }

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
    private readonly CoachAnswers _answers;
    private readonly CheckInReader _reader;
    private const string RevisitValuesResult = "reflection.revisitValues";

    public ReflectionDialog(CoachTexts texts, SuggestionService suggestions, CoachAnswers? answers = null) : base(DialogId)
    {
        _texts = texts;
        _suggestions = suggestions;
        _editor = new PlanEditor(texts);
        _answers = answers ?? new CoachAnswers(texts, new CoachingOptions());
        _reader = new CheckInReader(texts.Catalog);
        AddDialog(new WaterfallDialog<ReflectionState>(GoalStepsId, DialogStateJsonContext.Default.ReflectionState,
            [AskProgressAsync, SaveProgressAskFixAsync, SaveFixAskDetailAsync, SaveDetailConfirmChangeAsync,
             ApplyChangeAskWentWellAsync, SaveWentWellAskInTheWayAsync, SaveInTheWayAsync, NextGoalAsync]));
        AddDialog(new WaterfallDialog<ReflectionState>(ClosingId, DialogStateJsonContext.Default.ReflectionState,
            [AskDeadlinesAsync, SaveDeadlinesProposeMoveAsync, ApplyMoveAskPrioritiesAsync, SavePrioritiesAskOpportunityOrRevisitAsync,
             SaveOpportunitySaveCheckInAsync, ApplyScheduleOfferAsync]));
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
            QuestionContext = PromptHelp.Progress,
            AllowBack = false,
        }, ct);
    }

    private async Task<DialogTurnResult> SaveProgressAskFixAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        var reflection = step.State;
        var goal = Goal(step);
        if (await PausedForDistressAsync(step, context.Activity.Text) is { } paused) return paused;
        var said = step.Result as SaidWithReason;
        if (ReflectionTexts.Progress.Read(said?.Choice ?? step.Result) is not { } progress || goal is null || AskedStep(goal, reflection) is not { } current)
            return await step.NextAsync(null, ct);
        reflection.Current.Progress = progress;
        // "way behind, work exploded": the why is what got in the way (heard now, not asked again); after "done, ..." or
        // "on track, ..." it is what went well.
        if (said is not null && progress is ReflectionProgress.Behind or ReflectionProgress.Blocked)
        {
            reflection.Current.InTheWay = said.Reason;
            HearObstacle(step, said.Reason);
        }
        else if (said is not null) reflection.Current.WentWell = said.Reason;
        CheckInPattern.Record(CoachTurn.State(context), goal, current, progress);
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
                var prompt = _texts.Text(context, said is null ? ReflectionTexts.AskFix : ReflectionTexts.AskFixHeard, ("step", current.Title));
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
                    QuestionContext = PromptHelp.Fix,
                }, ct);
        }
    }

    private async Task<DialogTurnResult> SaveFixAskDetailAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        var reflection = step.State;
        if (await PausedForDistressAsync(step, context.Activity.Text) is { } paused) return paused;
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
                QuestionContext = PromptHelp.NewDate,
            }, ct);
        var key = fix switch
        {
            StepFix.Alternative => ReflectionTexts.AskAlternative,
            StepFix.Help => ReflectionTexts.AskHelp,
            _ => ReflectionTexts.AskSmaller,
        };
        return await step.PromptAsync(TextId, new PromptOptions { Prompt = _texts.Text(context, key), MaxLength = 200, AllowBack = false,
            QuestionContext = PromptHelp.FixDetail }, ct);
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
            reflection.FixText = Capitalized(UserText.Clean(text));
            question = fix == StepFix.Help
                ? _texts.Text(context, ReflectionTexts.ConfirmHelp, ("text", HelpTitle(step, reflection.FixText)), ("date", CoachTurn.Date(context, HelpDue(step, current))))
                : _texts.Text(context, ReflectionTexts.ConfirmRename, ("step", current.Title), ("text", reflection.FixText));
        }
        else return await step.NextAsync(null, ct);
        reflection.Current.ProposedChange = question;
        return await step.PromptAsync(ConfirmId, new PromptOptions
        {
            Prompt = question, AllowBack = false, AllowSkip = false, MaxAttempts = 2, QuestionContext = PromptHelp.ConfirmChange,
        }, ct);
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
        if (reflection.Current.WentWell is not null) return await step.NextAsync(AlreadySaid, ct);
        return await AskInOwnWordsAsync(step, ReflectionTexts.AskWentWell, ct);
    }

    private async Task<DialogTurnResult> SaveWentWellAskInTheWayAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        var answer = step.Result == AlreadySaid ? step.State.Current.WentWell : step.Result as string ?? SaidNothing(step);
        step.State.Current.WentWell = answer;
        if (await PausedForDistressAsync(step, answer) is { } paused) return paused;
        // "idk", "dunno": no answer to store, but no silence either; the check-in goes on.
        if (step.Result is PromptSignal { Kind: PromptSignalKind.NotSure }) _texts.Say(context, ReflectionTexts.NoWinNotSure);
        if (answer is not null)
        {
            // What went well is named back; a shrug still gets a kind word, and an opportunity in it is kept for the end.
            var win = _reader.Win(answer);
            // A feeling in the win itself ("drained") is heard; one that has passed ("terrified but it was fine") is not.
            if (_answers.Feelings.Read(win ?? answer) is { Key: not "goodNews" } feeling) context.SendActivity(_answers.FeelingReply.Say(context, feeling, backToPlan: false));
            else _texts.Say(context, win is null ? ReflectionTexts.NoWin : ReflectionTexts.Celebrate, ("win", win));
            KeepOpportunity(step.State, _reader.Opportunity(answer, minimum: 3));
        }
        if (step.State.Current.InTheWay is not null) return await step.NextAsync(AlreadySaid, ct);
        return await AskInOwnWordsAsync(step, ReflectionTexts.AskInTheWay, ct);
    }

    private async Task<DialogTurnResult> SaveInTheWayAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        if (step.Result == AlreadySaid) return await step.NextAsync(null, ct);
        var answer = step.Result as string ?? SaidNothing(step);
        step.State.Current.InTheWay = answer;
        if (await PausedForDistressAsync(step, answer) is { } paused) return paused;
        if (answer is not null) HearObstacle(step, answer);
        return await step.NextAsync(null, ct);
    }

    /// <summary>What got in the way, met with the way through for its kind (or heard as a feeling); a word on the dates is kept.</summary>
    private void HearObstacle(WaterfallStepContext<ReflectionState> step, string answer)
    {
        var context = step.Context;
        if (_answers.Feelings.Read(answer) is { } feeling) context.SendActivity(_answers.FeelingReply.Say(context, feeling, backToPlan: false));
        else if (_reader.ObstacleIn(answer) is { } obstacle)
            _texts.Say(context, ReflectionTexts.ThroughFor(obstacle));
        // An obstacle of no kind the lists know is still heard, and met with the way through that fits most.
        else _texts.Say(context, ReflectionTexts.ThroughAny);
        if (_reader.DeadlinesRealistic(answer, asked: false) == false) step.State.DatesWrong = true;
    }

    /// <summary>A step's answer that was already given earlier in the check-in: the question is not asked again.</summary>
    private static readonly object AlreadySaid = new();

    /// <summary>The progress said first and then why ("way behind, work exploded"), read before the choice prompt is.</summary>
    private sealed record SaidWithReason(FoundChoice Choice, string Reason);

    private async Task<DialogTurnResult> NextGoalAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        step.State.GoalsDone++;
        return await step.ReplaceDialogAsync(GoalStepsId, step.State, ct);
    }

    private async Task<DialogTurnResult> AskDeadlinesAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        if (Goals(step).Count == 0) return await step.NextAsync(null, ct);
        // Already said ("the dates were way too ambitious"): no need to ask, go straight to new dates.
        if (step.State.DatesWrong) return await step.NextAsync(false, ct);
        return await AskInOwnWordsAsync(step, Goals(step).Count == 1 ? ReflectionTexts.AskDeadlinesOneGoal : ReflectionTexts.AskDeadlines, ct);
    }

    private async Task<DialogTurnResult> SaveDeadlinesProposeMoveAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        if (step.Result is string text && await PausedForDistressAsync(step, text) is { } paused) return paused;
        var realistic = step.Result switch
        {
            bool known => known,
            string answer => _reader.DeadlinesRealistic(answer, asked: true) ?? BotFramework.Recognizers.BooleanRecognizer.Recognize(answer, context.Activity.Locale),
            _ => null,
        };
        if (realistic is not { } onTrack) return await step.NextAsync(null, ct);
        step.State.History.DeadlinesOnTrack = onTrack;
        if (onTrack) return await step.NextAsync(null, ct);
        // Not realistic: a month more for the goal due first, its open steps spread out again; nothing moves without a yes.
        var goal = Goals(step).Where(g => g.Steps.Any(s => s.Status == StepStatus.Open)).OrderBy(g => g.Deadline ?? DateOnly.MaxValue).FirstOrDefault();
        if (goal is null) return await step.NextAsync(null, ct);
        var today = CoachTurn.Today(context);
        var deadline = (goal.Deadline is { } d && d > today ? d : today).AddMonths(1);
        var moves = MoreTime(goal, today, deadline);
        step.State.ProposalGoalId = goal.Id;
        step.State.ProposalDeadline = deadline;
        var lines = moves.Where(m => m.NewDue != m.OldDue).Select(m => _texts.Text(context, ReflectionTexts.MovedStep,
            ("step", goal.Steps.First(s => s.Id == m.StepId).Title), ("old", CoachTurn.Date(context, m.OldDue)), ("new", CoachTurn.Date(context, m.NewDue))));
        return await step.PromptAsync(ConfirmId, new PromptOptions
        {
            Prompt = _texts.Text(context, ReflectionTexts.ProposeMove, ("goal", PlanSteps.Number(goal)), ("date", CoachTurn.Date(context, deadline)),
                ("steps", string.Join("\n", lines))),
            AllowBack = false, AllowSkip = false, MaxAttempts = 2, QuestionContext = PromptHelp.ProposeMove,
        }, ct);
    }

    /// <summary>
    /// The open steps spread out to the later deadline; since the dates were too tight, no step comes sooner than it was
    /// (one just moved to 15 January is not pulled back to the 13th).
    /// </summary>
    private static List<RespacedStep> MoreTime(Goal goal, DateOnly today, DateOnly deadline) =>
        PlanSpacing.Respace(goal.Steps, today, deadline).Select(m => m.NewDue < m.OldDue ? m with { NewDue = m.OldDue } : m).ToList();

    private async Task<DialogTurnResult> ApplyMoveAskPrioritiesAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        var reflection = step.State;
        if (reflection.ProposalGoalId is { } goalId && reflection.ProposalDeadline is { } deadline)
        {
            var goal = CoachTurn.State(context).Goals.FirstOrDefault(g => g.Id == goalId);
            if (step.Result is true && goal is not null)
            {
                foreach (var move in MoreTime(goal, CoachTurn.Today(context), deadline))
                    goal.Steps.First(s => s.Id == move.StepId).Due = move.NewDue;
                goal.Deadline = deadline;
                // The statement names the deadline ("... by 30 June 2027"): it is said again with the new one.
                _editor.Recompose(context, goal);
                PlanSteps.Sort(goal); // the ids stay: steps keep their numbers
                reflection.DatesMoved = true;
                _texts.Say(context, ReflectionTexts.Moved);
            }
            else _texts.Say(context, ReflectionTexts.NotMoved);
            reflection.ProposalGoalId = null;
            reflection.ProposalDeadline = null;
        }
        // "these goals" only when there are some: one is "this goal"; with none, what they want from work may have changed.
        var priorities = Goals(step).Count switch { 0 => ReflectionTexts.AskPrioritiesNoGoal, 1 => ReflectionTexts.AskPrioritiesOneGoal, _ => ReflectionTexts.AskPriorities };
        return await AskInOwnWordsAsync(step, priorities, ct);
    }

    private async Task<DialogTurnResult> SavePrioritiesAskOpportunityOrRevisitAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        var answer = step.Result as string;
        step.State.History.PrioritiesChanged = answer;
        if (await PausedForDistressAsync(step, answer) is { } paused) return paused;
        if (answer is not null && _reader.Priorities(answer) is { Changed: true, Revisit: { } revisit })
        {
            // Changed priorities are the news of this check-in: revisit them now rather than ask the next question.
            step.State.Revisit = revisit;
            var goal = Goals(step).FirstOrDefault();
            var prompt = goal is null
                ? _texts.Text(context, ReflectionTexts.RevisitValuesNoGoal)
                : revisit == "values"
                ? _texts.Text(context, ReflectionTexts.RevisitValues)
                : _texts.Text(context, ReflectionTexts.RevisitGoal, ("goal", PlanSteps.Number(goal)));
            if (revisit != "values" && goal is null) step.State.Revisit = "values";
            return await step.PromptAsync(ConfirmId, new PromptOptions
            {
                Prompt = prompt, AllowBack = false, AllowSkip = false, MaxAttempts = 2, QuestionContext = PromptHelp.Revisit,
            }, ct);
        }
        if (answer is not null && !_reader.SpeaksOfPriorities(answer)) HearOnTheSide(step, answer);
        return await AskInOwnWordsAsync(step, ReflectionTexts.AskOpportunity, ct);
    }

    /// <summary>
    /// An answer that is no answer to the question but news or a feeling ("work exploded this week", "finished my
    /// resume!!") is heard in words that fit it before the check-in goes on; anything else is left as it is.
    /// </summary>
    private void HearOnTheSide(WaterfallStepContext<ReflectionState> step, string answer)
    {
        var context = step.Context;
        if (_answers.Feelings.Read(answer) is { } feeling) context.SendActivity(_answers.FeelingReply.Say(context, feeling, backToPlan: false));
        else if (_reader.NewsOfAWin(answer) is { } win) _texts.Say(context, ReflectionTexts.Celebrate, ("win", win));
        else if (_reader.ObstacleIn(answer) is { } obstacle and not Obstacle.None)
        {
            if (Goals(step).Count == 0) _texts.Say(context, ReflectionTexts.HeardHardNoGoal);
            else _texts.Say(context, ReflectionTexts.ThroughFor(obstacle));
        }
    }

    private async Task<DialogTurnResult> SaveOpportunitySaveCheckInAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        var reflection = step.State;
        if (reflection.Revisit is { } revisit)
        {
            var yes = step.Result is true;
            Save(step, withSummary: true);
            if (!yes)
            {
                _texts.Say(context, ReflectionTexts.RevisitLater);
                return await step.EndDialogAsync(null, ct);
            }
            if (revisit == "values") return await step.EndDialogAsync(RevisitValuesResult, ct);
            var goal = Goals(step).FirstOrDefault();
            _texts.Say(context, ReflectionTexts.RevisitGoalHow, ("goal", goal is null ? 1 : PlanSteps.Number(goal)));
            return await step.EndDialogAsync(null, ct);
        }
        var answer = step.Result as string;
        reflection.History.NewOpportunityOrChallenge = answer;
        if (await PausedForDistressAsync(step, answer) is { } paused) return paused;
        var reading = _reader.Opportunity(answer);
        KeepOpportunity(reflection, reading);
        if (reading.Challenge is not null)
            context.SendActivity(_answers.Feelings.Read(answer) is { } feeling
                ? _answers.FeelingReply.Say(context, feeling, backToPlan: false)
                : _texts.Text(context, ReflectionTexts.Challenge));
        else if (reading.Opportunity is null && answer is not null) HearOnTheSide(step, answer);
        // The news is answered where it was said, before the summary; the offer to act on it comes last.
        if (reflection.OpportunityKind is { } kind) _texts.Say(context, ReflectionTexts.OpportunityHeard + kind);
        Save(step, withSummary: true);
        OfferOpportunity(step);
        if (OfferSchedule(step) is { } offer)
            return await step.PromptAsync(ConfirmId, new PromptOptions
            {
                Prompt = offer, AllowBack = false, AllowSkip = false, MaxAttempts = 2, QuestionContext = PromptHelp.ScheduleOffer,
            }, ct);
        return await step.EndDialogAsync(null, ct);
    }

    /// <summary>The schedule offered at the end changes only with a yes; anything else leaves it as it was.</summary>
    private async Task<DialogTurnResult> ApplyScheduleOfferAsync(WaterfallStepContext<ReflectionState> step, CancellationToken ct)
    {
        var context = step.Context;
        var checkIns = CheckInTurns.Find(context);
        var offered = checkIns is null ? null : step.State.ScheduleOffer == LighterOffer ? CadenceOffer.Lighter(checkIns.Schedule) : CadenceOffer.Closer(checkIns.Schedule);
        if (step.Result is true && checkIns is not null && offered is not null)
        {
            CadenceOffer.Apply(checkIns.Schedule, offered);
            CheckInRules.Reschedule(checkIns, context.Clock.GetUtcNow());
            var next = checkIns.NextUtc is { } at ? CheckInMessages.When(context, checkIns.Schedule, at) : "";
            _texts.Say(context, ReflectionTexts.ScheduleChanged, ("schedule", CheckInMessages.Describe(_texts, context, checkIns.Schedule)), ("next", next));
        }
        else _texts.Say(context, ReflectionTexts.ScheduleKept);
        step.State.ScheduleOffer = null;
        return await step.EndDialogAsync(null, ct);
    }

    /// <summary>The root begins the values part of the self-assessment when the user said yes to revisiting them.</summary>
    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var result = await HeardAtChoiceAsync(dc, cancellationToken).ConfigureAwait(false)
            ?? await base.ContinueDialogAsync(dc, cancellationToken).ConfigureAwait(false);
        if (result.Status == DialogTurnStatus.Complete && result.Result is RevisitValuesResult)
            return await dc.BeginDialogAsync(SelfAssessmentDialog.DialogId, SelfAssessmentDialog.OnlyPart(AssessmentParts.Values), cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// At the check-in's own choices (how the step is going, what would help) a sentence is read before the choice is:
    /// strong distress ends the question so its step pauses the check-in; "way behind, work exploded" is Behind with
    /// its reason; an obstacle said at "what would help?" ("can't move until my manager signs off") is heard, kept as
    /// what got in the way, and the question asked again. Anything else goes to the prompt as usual.
    /// </summary>
    private async Task<DialogTurnResult?> HeardAtChoiceAsync(DialogContext dc, CancellationToken ct)
    {
        var context = dc.Context;
        if (!context.Activity.IsType(BotFramework.Schema.ActivityTypes.Message) || dc.ActiveDialog is not { } frame) return null;
        var inner = CreateInnerContext(dc, frame);
        if (inner.ActiveDialog is not { Id: ChoiceId } prompt || inner.Stack.Count < 2 || !UserText.HasWords(context.Activity.Text)) return null;
        var options = prompt.State["options"]?.Deserialize(BotFramework.Dialogs.DialogJsonContext.Default.PromptOptions);
        var text = context.Activity.Text;
        object? said = null;
        if (_answers.Feelings.Read(text) is { Distress: true }) said = AlreadySaid; // the step after the prompt pauses the check-in
        else if (options?.QuestionContext == PromptHelp.Progress && _reader.ProgressWithReason(text) is { } progress
            && options.Choices?.FirstOrDefault(c => c.Key == progress.Key) is { } choice
            // "behind, what should I do?": a question is never the reason; the prompt answers it.
            && BotFramework.Understanding.TurnUnderstanding.Of(context, dc.Texts).FindQuestion(progress.Reason, context.Activity.Locale) is null)
            said = progress.Reason.Length == 0 ? new FoundChoice(choice.Key, choice.Title, 1.0)
                : new SaidWithReason(new FoundChoice(choice.Key, choice.Title, 1.0), Capitalized(progress.Reason));
        // Only kinds whose words no way out uses ("move" is family's word and "move the date"'s).
        else if (options?.QuestionContext == PromptHelp.Fix && _reader.ObstacleIn(text) is Obstacle.Dependency or Obstacle.Health or Obstacle.Workload
            && ChoiceRecognizer.RecognizeExact(text, options.Choices ?? []) is null
            && inner.Stack[1].State["state"]?.Deserialize(DialogStateJsonContext.Default.ReflectionState) is { History.Goals.Count: > 0 } reflection)
        {
            reflection.Current.InTheWay = UserText.Clean(text);
            inner.Stack[1].State["state"] = JsonSerializer.SerializeToNode(reflection, DialogStateJsonContext.Default.ReflectionState);
            _texts.Say(context, ReflectionTexts.ThroughFor(_reader.ObstacleIn(text)!.Value));
            await inner.RepromptDialogAsync(ct).ConfigureAwait(false);
            return DialogTurnResult.Waiting;
        }
        if (said is null) return null;
        var result = await inner.EndDialogAsync(said, ct).ConfigureAwait(false);
        return result.Status switch
        {
            DialogTurnStatus.Complete => await dc.EndDialogAsync(result.Result, ct).ConfigureAwait(false),
            DialogTurnStatus.Cancelled or DialogTurnStatus.Empty => await dc.EndDialogAsync(null, ct).ConfigureAwait(false),
            _ => DialogTurnResult.Waiting,
        };
    }

    private static void KeepOpportunity(ReflectionState reflection, OpportunityReading reading)
    {
        if (reading.Opportunity is null) return;
        reflection.Opportunity = reading.Opportunity;
        reflection.OpportunityAsGoal = reading.AsGoal;
        reflection.OpportunityKind = reading.Kind;
    }

    /// <summary>Strong distress in an answer pauses the check-in: the coach stays with the person; the answers so far are kept.</summary>
    private async Task<DialogTurnResult?> PausedForDistressAsync(WaterfallStepContext<ReflectionState> step, string? answer)
    {
        if (_answers.Feelings.Read(answer) is not { Distress: true } feeling) return null;
        var context = step.Context;
        context.SendActivity(_answers.FeelingReply.Say(context, feeling, backToPlan: false) + "\n\n" + _texts.Text(context, FeelingTexts.CheckInPaused));
        Save(step, withSummary: false);
        return await step.EndDialogAsync(null, CancellationToken.None);
    }

    /// <summary>The history row, in the same write as the plan changes; then a short summary: done, changed, next step, streak.</summary>
    private void Save(WaterfallStepContext<ReflectionState> step, bool withSummary)
    {
        var context = step.Context;
        var reflection = step.State;
        var history = reflection.History;
        var now = context.Clock.GetUtcNow();
        history.CompletedUtc = now;

        var state = CheckInTurns.Find(context);
        if (state is not null && history.OccurrenceUtc is { } occurrence && state.Open?.Id == occurrence) CheckInRules.Answered(state);
        history.Streak = state?.Streak ?? 0;
        // Same write as the plan changes: the adapter commits history rows with the record.
        context.AppendHistory(new HistoryRow(CheckInHistory.RowId(now), JsonSerializer.Serialize(history, CheckInJsonContext.Default.CheckInHistory)));
        CheckInPattern.Completed(CoachTurn.State(context), history);
        if (!withSummary) return;

        var lines = new List<string> { _texts.Text(context, ReflectionTexts.SummaryTitle) };
        var done = history.Goals.Where(g => g.Progress == ReflectionProgress.Done && g.Step is not null).Select(g => "\"" + g.Step + "\"").ToList();
        if (done.Count > 0) lines.Add(_texts.Text(context, ReflectionTexts.SummaryDone, ("steps", CoachKnowledge.JoinList(done))));
        var changes = new List<string>();
        if (reflection.DatesMoved) changes.Add(_texts.Text(context, ReflectionTexts.ChangeMoved));
        if (history.Goals.Any(g => g.ChangeApplied && g.Progress != ReflectionProgress.Done)) changes.Add(_texts.Text(context, ReflectionTexts.ChangeStep));
        if (changes.Count > 0) lines.Add(_texts.Text(context, ReflectionTexts.SummaryChanged, ("changes", CoachKnowledge.JoinList(changes))));
        var next = CoachTurn.State(context).ActiveGoals.SelectMany(g => g.Steps).Where(s => s.Status == StepStatus.Open).MinBy(s => s.Due);
        lines.Add(next is null ? _texts.Text(context, ReflectionTexts.SummaryNoNext)
            : _texts.Text(context, ReflectionTexts.SummaryNext, ("step", next.Title), ("date", CoachTurn.Date(context, next.Due))));
        lines.Add(state is { Streak: > 0 } ? _texts.Text(context, ReflectionTexts.SummaryStreak, ("streak", state.Streak))
            : state is { Schedule.IsActive: true } ? _texts.Text(context, ReflectionTexts.SummaryNoStreak)
            // Check-ins by hand make no streak: there is no schedule whose check-ins it counts.
            : _texts.Text(context, ReflectionTexts.SummaryNoSchedule));
        var text = _texts.Text(context, ReflectionTexts.Saved) + "\n\n" + string.Join("\n", lines);
        if (state is { NextUtc: { } nextUtc } && state.Schedule.IsActive)
            text += "\n\n" + _texts.Text(context, ReflectionTexts.NextCheckIn, ("next", CheckInMessages.When(context, state.Schedule, nextUtc)));
        context.SendActivity(text);
    }

    /// <summary>An opportunity heard in the check-in, offered as a step (a yes adds it) or as a goal of its own.</summary>
    private void OfferOpportunity(WaterfallStepContext<ReflectionState> step)
    {
        var context = step.Context;
        if (step.State.Opportunity is not { } opportunity) return;
        if (step.State.OpportunityAsGoal)
        {
            _texts.Say(context, ReflectionTexts.OpportunityGoal, ("opportunity", opportunity));
            return;
        }
        var state = CoachTurn.State(context);
        var goal = state.ActiveGoals.OrderBy(g => g.Deadline ?? DateOnly.MaxValue).FirstOrDefault();
        var title = _texts.Text(context, ReflectionTexts.OpportunityStep, ("opportunity", opportunity));
        context.SendActivity(_answers.Library.Offer(context, state, goal, title, 7, "checkin.opportunity"));
    }

    /// <summary>
    /// After three on-track check-ins a lighter schedule, after a step slipped twice a closer one: asked as a yes-or-no
    /// question (the prompt returned), changed only with the yes. Only a schedule that is on can be made lighter or
    /// closer; without one, a step that slipped twice gets a pointer to "schedule". An opportunity offered in this
    /// check-in waits for its own yes, so the schedule offer waits for the next check-in (the pattern keeps it).
    /// </summary>
    private string? OfferSchedule(WaterfallStepContext<ReflectionState> step)
    {
        var context = step.Context;
        if (step.State.Opportunity is not null) return null;
        var state = CoachTurn.State(context);
        if (CheckInTurns.Find(context) is not { Schedule.IsActive: true } checkIns)
        {
            if (CheckInPattern.TakeCloserOffer(state) is { } slippedStep) _texts.Say(context, ReflectionTexts.OfferCloserNoSchedule, ("step", slippedStep));
            return null;
        }
        var current = CheckInMessages.Describe(_texts, context, checkIns.Schedule);
        if (CadenceOffer.Lighter(checkIns.Schedule) is { } lighter && CheckInPattern.TakeLighterOffer(state))
        {
            step.State.ScheduleOffer = LighterOffer;
            return _texts.Text(context, ReflectionTexts.OfferLighter, ("schedule", CheckInMessages.Describe(_texts, context, lighter)), ("current", current));
        }
        if (CadenceOffer.Closer(checkIns.Schedule) is { } closer && CheckInPattern.TakeCloserOffer(state) is { } slipped)
        {
            step.State.ScheduleOffer = CloserOffer;
            return _texts.Text(context, ReflectionTexts.OfferCloser, ("step", slipped), ("schedule", CheckInMessages.Describe(_texts, context, closer)),
                ("current", current));
        }
        return null;
    }

    private const string LighterOffer = "lighter";
    private const string CloserOffer = "closer";

    /// <summary>
    /// "nothing" (or "none") is how every prompt skips a question, but here it answers it: nothing went well, nothing
    /// got in the way. Said so, it is read as that answer; "skip", "pass" and "next" still skip.
    /// </summary>
    private static string? SaidNothing(WaterfallStepContext<ReflectionState> step) =>
        step.Result is PromptSignal { Kind: PromptSignalKind.Skip } && PhraseSet.Words(step.Context.Activity.Text) is ["nothing"] or ["none"]
            ? step.Context.Activity.Text
            : null;

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A check-in question answered in the person's own words (up to <see cref="AnswerMaxLength"/> characters, no "back").</summary>
    private Task<DialogTurnResult> AskInOwnWordsAsync(WaterfallStepContext<ReflectionState> step, string questionKey, CancellationToken ct) =>
        step.PromptAsync(TextId, new PromptOptions
        {
            Prompt = _texts.Text(step.Context, questionKey), MaxLength = AnswerMaxLength, AllowBack = false, QuestionContext = OwnWordsContext(questionKey),
        }, ct);

    /// <summary>The question context of a check-in question answered in the person's own words.</summary>
    private static string OwnWordsContext(string questionKey) =>
        questionKey == ReflectionTexts.AskWentWell ? PromptHelp.WentWell
        : questionKey == ReflectionTexts.AskInTheWay ? PromptHelp.InTheWay
        : questionKey == ReflectionTexts.AskDeadlines || questionKey == ReflectionTexts.AskDeadlinesOneGoal ? PromptHelp.Deadlines
        : questionKey == ReflectionTexts.AskOpportunity ? PromptHelp.Opportunity
        : PromptHelp.Priorities;

    private const int AnswerMaxLength = 500;

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
