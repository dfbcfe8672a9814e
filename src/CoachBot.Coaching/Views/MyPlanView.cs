using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Cards;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Views;

/// <summary>"my plan": profile highlights, every goal with its statement, deadline, steps and status, and the next step due.</summary>
public static class MyPlanView
{
    public static RichMessage Build(CoachTexts texts, ITurnContext context, CoachingState state)
    {
        var message = new RichMessage { Title = texts.Text(context, MyPlanTexts.Title) };
        var profile = state.Profile;
        if (!profile.IsEmpty)
        {
            var about = new RichSection { Heading = texts.Text(context, MyPlanTexts.ProfileHeading) };
            if (profile.CurrentRole is { } role) about.Facts.Add((texts.Text(context, MyPlanTexts.Role), role));
            if (profile.Values.Count > 0) about.Facts.Add((texts.Text(context, MyPlanTexts.Values), string.Join(", ", ProfileView.Shown(texts, context, AssessmentTexts.Values, profile.Values))));
            if (profile.Strengths.Count > 0) about.Facts.Add((texts.Text(context, MyPlanTexts.Strengths), string.Join(", ", profile.Strengths.Take(3))));
            if (profile.Vision5Years is { } vision) about.Facts.Add((texts.Text(context, MyPlanTexts.Vision), vision));
            message.Sections.Add(about);
        }

        var goals = state.Goals.Where(g => g.Status != GoalStatus.Dropped).ToList();
        if (goals.Count == 0)
        {
            message.Sections.Add(new RichSection { Lines = { new RichLine(texts.Text(context, profile.IsEmpty ? MyPlanTexts.Empty : MyPlanTexts.NoGoals)) } });
            return message;
        }
        var today = CoachTurn.Today(context);
        foreach (var goal in goals)
        {
            message.Sections.Add(PlanView.GoalSection(texts, context, goal));
            if (goal.Steps.Count > 0) message.Sections.Add(ProgressSection(texts, context, goal, today));
        }

        var next = state.ActiveGoals.Select(g => (Goal: g, Step: g.NextStep)).Where(x => x.Step is not null).OrderBy(x => x.Step!.Due).FirstOrDefault();
        if (next.Step is { } step)
        {
            var summary = new RichSection();
            summary.Facts.Add((texts.Text(context, MyPlanTexts.NextDue), texts.Text(context, MyPlanTexts.NextDueValue,
                ("step", step.Title), ("goal", PlanSteps.Number(next.Goal)), ("date", CoachTurn.Date(context, step.Due)))));
            message.Sections.Add(summary);
        }
        var streak = CheckIns.CheckInTurns.Find(context)?.Streak ?? 0;
        if (streak > 0) message.Sections.Add(new RichSection { Lines = { new RichLine(texts.Text(context, MyPlanTexts.Streak, ("streak", streak))) } });
        return message;
    }

    /// <summary>
    /// A goal's progress: on card channels a ColumnSet bar with its caption ("3 of 10 steps done · 45 days left"), since
    /// Adaptive Cards 1.5 has no progress element; on Slack and in the terminal (and in a card's fallback text) a text
    /// bar ("▰▰▰▱▱▱▱▱▱▱ 3 of 10 steps done · 45 days left").
    /// </summary>
    private static RichSection ProgressSection(CoachTexts texts, ITurnContext context, Goal goal, DateOnly today)
    {
        var done = goal.Steps.Count(s => s.Status == StepStatus.Done);
        var days = goal.Deadline is { } deadline ? deadline.DayNumber - today.DayNumber : (int?)null;
        var left = days switch
        {
            null => texts.Text(context, MyPlanTexts.NoDeadline),
            >= 0 => texts.Text(context, MyPlanTexts.DaysLeft, ("days", days)),
            _ => texts.Text(context, MyPlanTexts.DaysOver, ("days", -days)),
        };
        var label = texts.Text(context, MyPlanTexts.Progress);
        var caption = texts.Text(context, MyPlanTexts.ProgressCaption, ("done", done), ("total", goal.Steps.Count), ("left", left));
        var section = new RichSection { Progress = new RichProgress(label, done, goal.Steps.Count, caption) };
        section.Facts.Add((label, texts.Text(context, MyPlanTexts.ProgressValue,
            ("bar", Bar(done, goal.Steps.Count)), ("done", done), ("total", goal.Steps.Count), ("left", left))));
        return section;
    }

    public static string Bar(int done, int total, int width = 10)
    {
        var filled = total == 0 ? 0 : (int)Math.Round(width * (double)done / total);
        return new string('▰', filled) + new string('▱', width - filled);
    }
}
