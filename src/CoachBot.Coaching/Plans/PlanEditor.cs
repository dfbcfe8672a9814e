using System.Text.Json;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Plans;

/// <summary>What applying a change did, so the dialog knows whether to ask something first or offer something after.</summary>
public enum EditOutcome
{
    /// <summary>Applied (or nothing to apply) and said.</summary>
    Applied,
    /// <summary>Not applied; the user was told why.</summary>
    Failed,
    /// <summary>Not applied yet: it needs a yes first (<see cref="EditResult.Question"/>).</summary>
    NeedsConfirmation,
    /// <summary>Applied; the open steps could be spread again up to the new deadline (<see cref="EditResult.Question"/>).</summary>
    OfferRespace,
}

public sealed record EditResult(EditOutcome Outcome, string? Question = null)
{
    public static readonly EditResult Applied = new(EditOutcome.Applied);
    public static readonly EditResult Failed = new(EditOutcome.Failed);
}

/// <summary>
/// Applies one plan change and says what changed, naming the step by its text, celebrating a step done. Shared by
/// "edit plan" and the commands that work anywhere ("done 2", "undo", "rename goal 1 to ..."). Steps keep their numbers
/// (<see cref="PlanSteps"/>). Every change keeps a copy of the goal before it, so "undo" can put it back. Dropping a
/// goal, completing one with open steps and renaming a finished step need a yes first (<c>confirmed</c>).
/// </summary>
public sealed class PlanEditor(CoachTexts texts)
{
    public EditResult Apply(ITurnContext context, Goal goal, PlanEditCommand command, bool confirmed = false)
    {
        var state = CoachTurn.State(context);
        switch (command.Kind)
        {
            case PlanEditKind.Finish:
                return EditResult.Applied;
            case PlanEditKind.Undo:
                return Undo(context, state);
            case PlanEditKind.Add:
                return Add(context, state, goal, command.Text ?? "");
            case PlanEditKind.DropGoal:
                if (!confirmed) return new(EditOutcome.NeedsConfirmation, texts.Text(context, PlanTexts.ConfirmDrop, ("goal", PlanSteps.Number(goal)), ("statement", goal.Statement)));
                Remember(state, goal, command);
                goal.Status = GoalStatus.Dropped;
                texts.Say(context, PlanTexts.GoalDropped, ("goal", PlanSteps.Number(goal)));
                return EditResult.Applied;
            case PlanEditKind.CompleteGoal:
                var open = goal.Steps.Count(s => s.Status == StepStatus.Open);
                if (open > 0 && !confirmed)
                    return new(EditOutcome.NeedsConfirmation, texts.Text(context, PlanTexts.ConfirmComplete, ("goal", PlanSteps.Number(goal)), ("count", open)));
                Remember(state, goal, command);
                goal.Status = GoalStatus.Completed;
                goal.CompletedOn = CoachTurn.Today(context);
                texts.Say(context, PlanTexts.GoalCompleted, ("goal", PlanSteps.Number(goal)), ("statement", goal.Statement));
                return EditResult.Applied;
            case PlanEditKind.RenameGoal:
                return RenameGoal(context, state, goal, command);
            case PlanEditKind.GoalDeadline:
                return ChangeDeadline(context, state, goal, command);
            case PlanEditKind.GoalMeasure:
                return ChangeMeasure(context, state, goal, command);
        }

        if (PlanSteps.Find(goal, command.Step.Step) is not { } step)
        {
            texts.Say(context, PlanTexts.StepNotFound, ("step", command.Step.Step));
            return EditResult.Failed;
        }
        switch (command.Kind)
        {
            case PlanEditKind.Done:
                Remember(state, goal, command);
                MarkDone(context, goal, step);
                return EditResult.Applied;
            case PlanEditKind.Reopen:
                Remember(state, goal, command);
                step.Status = StepStatus.Open;
                step.DoneOn = null;
                texts.Say(context, PlanTexts.StepReopened, ("step", step.Title));
                return EditResult.Applied;
            case PlanEditKind.Skip:
                Remember(state, goal, command);
                step.Status = StepStatus.Skipped;
                texts.Say(context, PlanTexts.StepSkipped, ("step", step.Title));
                return EditResult.Applied;
            case PlanEditKind.Remove:
                Remember(state, goal, command);
                goal.Steps.Remove(step);
                texts.Say(context, PlanTexts.StepRemoved, ("step", step.Title));
                return EditResult.Applied;
            case PlanEditKind.Rename:
                if (StepTitle(context, command.Text) is not { } title) return Unknown(context);
                if (step.Status == StepStatus.Done && !confirmed)
                    return new(EditOutcome.NeedsConfirmation, texts.Text(context, PlanTexts.ConfirmRenameDone, ("step", step.Title), ("text", Shorten(title))));
                Remember(state, goal, command);
                var old = step.Title;
                step.Title = Shorten(title);
                step.Suggested = false;
                texts.Say(context, PlanTexts.StepRenamed, ("number", PlanSteps.NumberOf(step)), ("old", old), ("step", step.Title));
                return EditResult.Applied;
            case PlanEditKind.Move:
                if (ReadDate(context, goal, command.Text) is not { } due) return EditResult.Failed;
                Remember(state, goal, command);
                step.Due = due;
                PlanSteps.Sort(goal);
                texts.Say(context, PlanTexts.StepMoved, ("step", step.Title), ("number", PlanSteps.NumberOf(step)), ("date", CoachTurn.Date(context, due)));
                return EditResult.Applied;
        }
        return Unknown(context);
    }

    public void MarkDone(ITurnContext context, Goal goal, PlanStep step)
    {
        step.Status = StepStatus.Done;
        step.DoneOn = CoachTurn.Today(context);
        texts.Say(context, PlanTexts.StepDone, ("step", step.Title));
        if (goal.NextStep is { } next)
            texts.Say(context, PlanTexts.NextStep, ("step", next.Title), ("date", CoachTurn.Date(context, next.Due)));
        else
            texts.Say(context, PlanTexts.AllStepsDone, ("goal", PlanSteps.Number(goal)));
    }

    /// <summary>Spreads the open steps again between today and the goal's deadline, and says so.</summary>
    public void Respace(ITurnContext context, Goal goal)
    {
        if (goal.Deadline is not { } deadline) return;
        // Under two years away now: the short-term goals of the long road go, the re-spacing offer said so.
        var dropped = LongTermOnlySteps(context, goal);
        if (dropped.Count > 0)
        {
            goal.Steps.RemoveAll(dropped.Contains);
            texts.Say(context, PlanTexts.ShortTermDropped, ("count", dropped.Count), ("steps", Titles(dropped)));
        }
        var moved = PlanSpacing.Respace(goal.Steps, CoachTurn.Today(context), deadline);
        foreach (var change in moved)
            if (goal.Steps.FirstOrDefault(s => s.Id == change.StepId) is { } step) step.Due = change.NewDue;
        PlanSteps.Sort(goal);
        texts.Say(context, PlanTexts.Respaced, ("count", moved.Count), ("deadline", CoachTurn.Date(context, deadline)));
    }

    /// <summary>The goal as it was before this change, kept for "undo" (one level: the last change).</summary>
    public static void Remember(CoachingState state, Goal goal, PlanEditCommand command) =>
        state.Undo = new PlanUndo { GoalId = goal.Id, Change = command.Kind.ToString(), Before = Copy(goal) };

    private static Goal Copy(Goal goal) =>
        JsonSerializer.Deserialize(JsonSerializer.Serialize(goal, CoachingJsonContext.Default.Goal), CoachingJsonContext.Default.Goal)!;

    private EditResult Undo(ITurnContext context, CoachingState state)
    {
        if (state.Undo is not { } undo || state.Goals.FindIndex(g => g.Id == undo.GoalId) is var at && at < 0)
        {
            texts.Say(context, PlanTexts.NothingToUndo);
            return EditResult.Failed;
        }
        state.Goals[at] = undo.Before;
        state.Undo = null;
        texts.Say(context, PlanTexts.Undone, ("goal", PlanSteps.Number(undo.Before)));
        return EditResult.Applied;
    }

    private EditResult RenameGoal(ITurnContext context, CoachingState state, Goal goal, PlanEditCommand command)
    {
        var wording = UserText.Clean(command.Text);
        var input = Input(context, goal, wording, goal.Deadline, goal.Measure);
        var analysis = SmartAnalyzer.Analyze(input);
        if (SmartStatement.Compose(input, analysis) is not { } statement)
        {
            texts.Say(context, SmartTexts.NotAGoalKey(analysis.Kind) ?? PlanTexts.EditUnknown);
            return EditResult.Failed;
        }
        Remember(state, goal, command);
        goal.Text = wording;
        // A date in the new wording is the new deadline: the user just wrote it.
        var moved = analysis.StatedDeadline is { } stated && stated != goal.Deadline && stated > CoachTurn.Today(context);
        if (moved) goal.Deadline = analysis.StatedDeadline;
        goal.Statement = Render(context, SmartStatement.Compose(Input(context, goal, wording, goal.Deadline, goal.Measure),
            SmartAnalyzer.Analyze(Input(context, goal, wording, goal.Deadline, goal.Measure))) ?? statement);
        texts.Say(context, PlanTexts.GoalRenamed, ("goal", PlanSteps.Number(goal)), ("statement", goal.Statement));
        return moved ? OfferRespace(context, goal) : EditResult.Applied;
    }

    private EditResult ChangeDeadline(ITurnContext context, CoachingState state, Goal goal, PlanEditCommand command)
    {
        var found = TurnDates.Read(context, texts.Catalog, command.Text);
        switch (found.Kind)
        {
            case DateRecognitionKind.Past:
                texts.Say(context, PlanTexts.DatePast, ("date", CoachTurn.Date(context, found.Date!.Value)));
                return EditResult.Failed;
            case not DateRecognitionKind.Date:
                texts.Say(context, PlanTexts.NoDeadlineDate);
                return EditResult.Failed;
        }
        Remember(state, goal, command);
        goal.Deadline = found.Date!.Value;
        Recompose(context, goal);
        texts.Say(context, PlanTexts.DeadlineChanged, ("goal", PlanSteps.Number(goal)), ("date", CoachTurn.Date(context, goal.Deadline.Value)),
            ("statement", goal.Statement));
        return OfferRespace(context, goal);
    }

    private EditResult ChangeMeasure(ITurnContext context, CoachingState state, Goal goal, PlanEditCommand command)
    {
        var measure = UserText.Clean(command.Text);
        if (GoalText.Read(measure, Vocabulary(context)) is not { IsGoal: true } read)
            return Unknown(context);
        Remember(state, goal, command);
        goal.Measure = read.Cleaned;
        Recompose(context, goal);
        texts.Say(context, PlanTexts.GoalRenamed, ("goal", PlanSteps.Number(goal)), ("statement", goal.Statement));
        return EditResult.Applied;
    }

    private EditResult OfferRespace(ITurnContext context, Goal goal)
    {
        var dropped = LongTermOnlySteps(context, goal);
        var open = goal.Steps.Count(s => s.Status == StepStatus.Open) - dropped.Count;
        if (goal.Deadline is not { } deadline || open <= 0 && dropped.Count == 0) return EditResult.Applied;
        var offer = texts.Text(context, PlanTexts.OfferRespace, ("count", open), ("deadline", CoachTurn.Date(context, deadline)));
        // The goal is under two years away now: the steps of the long road are offered to go with the same yes.
        if (dropped.Count > 0)
            offer = texts.Text(context, PlanTexts.OfferRespaceShortTerm, ("count", open), ("deadline", CoachTurn.Date(context, deadline)),
                ("dropped", dropped.Count), ("steps", Titles(dropped)));
        return new(EditOutcome.OfferRespace, offer);
    }

    /// <summary>The open short-term goals of a long-term plan, once the goal's deadline is under two years from today.</summary>
    private static List<PlanStep> LongTermOnlySteps(ITurnContext context, Goal goal) =>
        goal.Deadline is { } deadline && !GoalBreakdown.IsLongTerm(CoachTurn.Today(context), deadline)
            ? goal.Steps.Where(s => s.LongTermOnly && s.Status == StepStatus.Open).ToList()
            : [];

    private static string Titles(IEnumerable<PlanStep> steps) => string.Join("; ", steps.Select(s => $"\"{s.Title}\""));

    /// <summary>The statement composed again from the goal's words, its finish line and its (new) deadline; kept as it was when they do not read as a goal.</summary>
    public void Recompose(ITurnContext context, Goal goal)
    {
        var input = Input(context, goal, goal.Text, goal.Deadline, goal.Measure);
        if (SmartStatement.Compose(input, SmartAnalyzer.Analyze(input)) is { } statement) goal.Statement = Render(context, statement);
    }

    private string Render(ITurnContext context, GoalStatement statement) =>
        statement.Render(texts.Catalog, context.Activity.Locale, d => CoachTurn.Date(context, d));

    private SmartInput Input(ITurnContext context, Goal goal, string text, DateOnly? deadline, string? measure) =>
        new(text, CoachTurn.State(context).Profile, context.Clock.GetUtcNow(), CoachTurn.Zone(context), context.Activity.Locale,
            goal.Confidence, goal.HoursPerWeek, goal.Relevance, deadline, measure, Vocabulary(context), DeadlineSettled: true);

    private GoalVocabulary Vocabulary(ITurnContext context) => GoalVocabulary.From(texts.Catalog, context.Activity.Locale);

    private EditResult Add(ITurnContext context, CoachingState state, Goal goal, string text)
    {
        var found = TurnDates.Read(context, texts.Catalog, text);
        var title = found.Matched is { } matched ? text.Replace(matched, "", StringComparison.OrdinalIgnoreCase) : text;
        title = UserText.Clean(System.Text.RegularExpressions.Regex.Replace(title, @"\s+(?:by|on|due|before)\s*$", "",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase)).Trim(' ', ',', '-');
        if (StepTitle(context, title) is not { } cleaned) return Unknown(context);
        title = cleaned;
        DateOnly due;
        if (found.Kind == DateRecognitionKind.Date) due = found.Date!.Value;
        else if (found.Kind == DateRecognitionKind.Past)
        {
            texts.Say(context, PlanTexts.DatePast, ("date", CoachTurn.Date(context, found.Date!.Value)));
            return EditResult.Failed;
        }
        else due = goal.NextStep?.Due ?? goal.Deadline ?? CoachTurn.Today(context).AddDays(14);
        Remember(state, goal, new PlanEditCommand(PlanEditKind.Add));
        var step = PlanSteps.Add(goal, new PlanStep { Title = Shorten(title), Due = due });
        texts.Say(context, PlanTexts.StepAdded, ("step", step.Title), ("number", PlanSteps.NumberOf(step)), ("date", CoachTurn.Date(context, due)));
        WarnAfterDeadline(context, goal, due);
        return EditResult.Applied;
    }

    /// <summary>A step as the plan writes it: read like a goal (hedges, markup and questions out), capital first, "my" as "your", abbreviations spelled.</summary>
    private string? StepTitle(ITurnContext context, string? text)
    {
        var read = GoalText.Read(UserText.Clean(text), Vocabulary(context));
        if (!read.IsGoal || !UserText.HasWords(read.Cleaned)) return null;
        return Shorten(Vocabulary(context).Spelled(GoalBreakdown.Step(SmartStatement.Tidy(read.Cleaned))));
    }

    private static string Shorten(string title) => title.Length <= 200 ? title : title[..200];

    private DateOnly? ReadDate(ITurnContext context, Goal goal, string? text)
    {
        var found = TurnDates.Read(context, texts.Catalog, text);
        switch (found.Kind)
        {
            case DateRecognitionKind.Date:
                WarnAfterDeadline(context, goal, found.Date!.Value);
                return found.Date;
            case DateRecognitionKind.Past:
                texts.Say(context, PlanTexts.DatePast, ("date", CoachTurn.Date(context, found.Date!.Value)));
                return null;
            default:
                texts.Say(context, PlanTexts.NoDate);
                return null;
        }
    }

    private void WarnAfterDeadline(ITurnContext context, Goal goal, DateOnly due)
    {
        if (goal.Deadline is { } deadline && due > deadline)
            texts.Say(context, PlanTexts.DateAfterDeadline, ("date", CoachTurn.Date(context, due)), ("deadline", CoachTurn.Date(context, deadline)));
    }

    private EditResult Unknown(ITurnContext context)
    {
        texts.Say(context, PlanTexts.EditUnknown);
        return EditResult.Failed;
    }
}
