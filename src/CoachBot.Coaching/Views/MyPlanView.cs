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
        foreach (var goal in goals) message.Sections.Add(PlanView.GoalSection(texts, context, goal));

        var next = state.ActiveGoals.Select(g => (Goal: g, Step: g.NextStep)).Where(x => x.Step is not null).OrderBy(x => x.Step!.Due).FirstOrDefault();
        if (next.Step is { } step)
        {
            var summary = new RichSection();
            summary.Facts.Add((texts.Text(context, MyPlanTexts.NextDue), texts.Text(context, MyPlanTexts.NextDueValue,
                ("step", step.Title), ("goal", PlanSteps.Number(next.Goal)), ("date", CoachTurn.Date(context, step.Due)))));
            message.Sections.Add(summary);
        }
        return message;
    }
}
