using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Plans;

/// <summary>Applies one plan change and says what changed, celebrating a step done. Shared by "edit plan" and the global "done 2".</summary>
public sealed class PlanEditor(CoachTexts texts)
{
    /// <returns>False when the command could not be applied (the user was told why).</returns>
    public bool Apply(ITurnContext context, Goal goal, PlanEditCommand command)
    {
        if (command.Kind is PlanEditKind.Finish) return true;
        if (command.Kind is PlanEditKind.Add) return Add(context, goal, command.Text ?? "");

        if (PlanSteps.Find(goal, command.Step.Step) is not { } step)
        {
            texts.Say(context, PlanTexts.StepNotFound, ("step", command.Step.Step));
            return false;
        }
        switch (command.Kind)
        {
            case PlanEditKind.Done:
                MarkDone(context, goal, step);
                return true;
            case PlanEditKind.Reopen:
                step.Status = StepStatus.Open;
                step.DoneOn = null;
                texts.Say(context, PlanTexts.StepReopened, ("step", step.Title));
                return true;
            case PlanEditKind.Skip:
                step.Status = StepStatus.Skipped;
                return true;
            case PlanEditKind.Remove:
                goal.Steps.Remove(step);
                PlanSteps.Renumber(goal);
                texts.Say(context, PlanTexts.StepRemoved, ("step", step.Title));
                return true;
            case PlanEditKind.Rename:
                var title = UserText.Clean(command.Text);
                if (!UserText.HasWords(title)) return Unknown(context);
                step.Title = title.Length <= 200 ? title : title[..200];
                step.Suggested = false;
                texts.Say(context, PlanTexts.StepRenamed, ("number", command.Step.Step), ("step", step.Title));
                return true;
            case PlanEditKind.Move:
                if (ReadDate(context, goal, command.Text) is not { } due) return false;
                step.Due = due;
                PlanSteps.Renumber(goal);
                texts.Say(context, PlanTexts.StepMoved, ("step", step.Title), ("date", CoachTurn.Date(context, due)));
                return true;
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

    private bool Add(ITurnContext context, Goal goal, string text)
    {
        var found = DateRecognizer.Recognize(text, context.Clock.GetUtcNow(), CoachTurn.Zone(context), context.Activity.Locale);
        var title = found.Matched is { } matched ? text.Replace(matched, "", StringComparison.OrdinalIgnoreCase) : text;
        title = UserText.Clean(System.Text.RegularExpressions.Regex.Replace(title, @"\s+(?:by|on|due|before)\s*$", "",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase)).Trim(' ', ',', '-');
        if (!UserText.HasWords(title)) return Unknown(context);
        DateOnly due;
        if (found.Kind == DateRecognitionKind.Date) due = found.Date!.Value;
        else if (found.Kind == DateRecognitionKind.Past)
        {
            texts.Say(context, PlanTexts.DatePast, ("date", CoachTurn.Date(context, found.Date!.Value)));
            return false;
        }
        else due = goal.NextStep?.Due ?? goal.Deadline ?? CoachTurn.Today(context).AddDays(14);
        var step = new PlanStep { Title = title.Length <= 200 ? title : title[..200], Due = due };
        goal.Steps.Add(step);
        PlanSteps.Renumber(goal);
        texts.Say(context, PlanTexts.StepAdded, ("step", step.Title), ("date", CoachTurn.Date(context, due)));
        WarnAfterDeadline(context, goal, due);
        return true;
    }

    private DateOnly? ReadDate(ITurnContext context, Goal goal, string? text)
    {
        var found = DateRecognizer.Recognize(text, context.Clock.GetUtcNow(), CoachTurn.Zone(context), context.Activity.Locale);
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

    private bool Unknown(ITurnContext context)
    {
        texts.Say(context, PlanTexts.EditUnknown);
        return false;
    }
}
