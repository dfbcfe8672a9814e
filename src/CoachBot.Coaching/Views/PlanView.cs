using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Cards;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Views;

/// <summary>One goal's plan: its statement, and its steps numbered with dates and status, the next one emphasised.</summary>
public static class PlanView
{
    public static RichMessage ForGoal(CoachTexts texts, ITurnContext context, Goal goal)
    {
        var message = new RichMessage();
        message.Sections.Add(GoalSection(texts, context, goal));
        return message;
    }

    public static RichSection GoalSection(CoachTexts texts, ITurnContext context, Goal goal)
    {
        var section = new RichSection
        {
            Heading = texts.Text(context, MyPlanTexts.GoalHeading, ("number", PlanSteps.Number(goal)), ("statement", goal.Statement)),
        };
        if (goal.Deadline is { } deadline) section.Facts.Add((texts.Text(context, MyPlanTexts.Deadline), CoachTurn.Date(context, deadline)));
        section.Facts.Add((texts.Text(context, MyPlanTexts.Status), texts.Text(context, MyPlanTexts.StatusOf(goal.Status))));
        if (goal.Steps.Count == 0) section.Lines.Add(new RichLine(texts.Text(context, MyPlanTexts.NoSteps)));
        var next = goal.NextStep;
        // In date order, each with its own number: numbers stay with their steps while the plan is edited.
        foreach (var step in PlanSteps.InDateOrder(goal))
            section.Lines.Add(new RichLine(StepLine(texts, context, step, PlanSteps.NumberOf(step)), ReferenceEquals(step, next)));
        return section;
    }

    public static string StepLine(CoachTexts texts, ITurnContext context, PlanStep step, int number)
    {
        var status = step.Status switch
        {
            StepStatus.Done => texts.Text(context, PlanTexts.StatusDone),
            StepStatus.Skipped => texts.Text(context, PlanTexts.StatusSkipped),
            _ => "",
        };
        var title = step.Suggested ? $"{step.Title} {texts.Text(context, GoalTexts.SuggestedMark)}" : step.Title;
        return texts.Text(context, PlanTexts.StepLine, ("number", number), ("title", title), ("date", CoachTurn.Date(context, step.Due)), ("status", status));
    }
}
