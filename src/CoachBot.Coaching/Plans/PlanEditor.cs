using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Plans;

/// <summary>Applies one plan change and says what changed, celebrating a step done. Shared by "edit plan" and the global "done 2".</summary>
public sealed class PlanEditor(Coach coach)
{
    /// <returns>False when the command could not be applied (the user was told why).</returns>
    public bool Apply(ITurnContext context, Goal goal, PlanEditCommand command)
    {
        if (command.Kind is PlanEditKind.Finish) return true;
        if (command.Kind is PlanEditKind.Add) return Add(context, goal, command.Text ?? "");

        if (PlanSteps.Find(goal, command.Step) is not { } step)
        {
            coach.Say(context, PlanTexts.StepNotFound, ("step", command.Step));
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
                coach.Say(context, PlanTexts.StepReopened, ("step", step.Title));
                return true;
            case PlanEditKind.Skip:
                step.Status = StepStatus.Skipped;
                return true;
            case PlanEditKind.Remove:
                goal.Steps.Remove(step);
                PlanSteps.Renumber(goal);
                coach.Say(context, PlanTexts.StepRemoved, ("step", step.Title));
                return true;
            case PlanEditKind.Rename:
                var title = UserText.Clean(command.Text);
                if (!UserText.HasWords(title)) return Unknown(context);
                step.Title = title.Length <= 200 ? title : title[..200];
                step.Suggested = false;
                coach.Say(context, PlanTexts.StepRenamed, ("number", command.Step), ("step", step.Title));
                return true;
            case PlanEditKind.Move:
                if (ReadDate(context, goal, command.Text) is not { } due) return false;
                step.Due = due;
                PlanSteps.Renumber(goal);
                coach.Say(context, PlanTexts.StepMoved, ("step", step.Title), ("date", Coach.Date(context, due)));
                return true;
        }
        return Unknown(context);
    }

    public void MarkDone(ITurnContext context, Goal goal, PlanStep step)
    {
        step.Status = StepStatus.Done;
        step.DoneOn = Coach.Today(context);
        coach.Say(context, PlanTexts.StepDone, ("step", step.Title));
        if (goal.NextStep is { } next)
            coach.Say(context, PlanTexts.NextStep, ("step", next.Title), ("date", Coach.Date(context, next.Due)));
        else
            coach.Say(context, PlanTexts.AllStepsDone, ("goal", PlanSteps.Number(goal)));
    }

    private bool Add(ITurnContext context, Goal goal, string text)
    {
        var found = DateRecognizer.Recognize(text, context.Clock.GetUtcNow(), Coach.Zone(context), context.Activity.Locale);
        var title = found.Matched is { } matched ? text.Replace(matched, "", StringComparison.OrdinalIgnoreCase) : text;
        title = UserText.Clean(System.Text.RegularExpressions.Regex.Replace(title, @"\s+(?:by|on|due|before)\s*$", "",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase)).Trim(' ', ',', '-');
        if (!UserText.HasWords(title)) return Unknown(context);
        DateOnly due;
        if (found.Kind == DateRecognitionKind.Date) due = found.Date!.Value;
        else if (found.Kind == DateRecognitionKind.Past)
        {
            coach.Say(context, PlanTexts.DatePast, ("date", Coach.Date(context, found.Date!.Value)));
            return false;
        }
        else due = goal.NextStep?.Due ?? goal.Deadline ?? Coach.Today(context).AddDays(14);
        var step = new PlanStep { Title = title.Length <= 200 ? title : title[..200], Due = due };
        goal.Steps.Add(step);
        PlanSteps.Renumber(goal);
        coach.Say(context, PlanTexts.StepAdded, ("step", step.Title), ("date", Coach.Date(context, due)));
        WarnAfterDeadline(context, goal, due);
        return true;
    }

    private DateOnly? ReadDate(ITurnContext context, Goal goal, string? text)
    {
        var found = DateRecognizer.Recognize(text, context.Clock.GetUtcNow(), Coach.Zone(context), context.Activity.Locale);
        switch (found.Kind)
        {
            case DateRecognitionKind.Date:
                WarnAfterDeadline(context, goal, found.Date!.Value);
                return found.Date;
            case DateRecognitionKind.Past:
                coach.Say(context, PlanTexts.DatePast, ("date", Coach.Date(context, found.Date!.Value)));
                return null;
            default:
                coach.Say(context, PlanTexts.NoDate);
                return null;
        }
    }

    private void WarnAfterDeadline(ITurnContext context, Goal goal, DateOnly due)
    {
        if (goal.Deadline is { } deadline && due > deadline)
            coach.Say(context, PlanTexts.DateAfterDeadline, ("date", Coach.Date(context, due)), ("deadline", Coach.Date(context, deadline)));
    }

    private bool Unknown(ITurnContext context)
    {
        coach.Say(context, PlanTexts.EditUnknown);
        return false;
    }
}
