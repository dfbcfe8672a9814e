using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Assessment;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Library;

/// <summary>What the user asks about their own plan.</summary>
public enum PlanQuestion { NextStep, Progress, DueSoon }

/// <summary>
/// "What should I do next?", "how am I doing?", "what's due this week?": the next step with its date and why it
/// matters; per goal the steps done of all and the time left, with the check-in streak; the steps due within a week.
/// </summary>
public sealed class PlanStatus(CoachTexts texts, AssessmentWords assessment)
{
    private const int SoonDays = 7;

    private readonly (PlanQuestion Question, PhraseSet Words)[] _words =
    [
        (PlanQuestion.DueSoon, PhraseSet.Parse(texts.Catalog.Get(LibraryTexts.DueSoonWords))),
        (PlanQuestion.NextStep, PhraseSet.Parse(texts.Catalog.Get(LibraryTexts.NextStepWords))),
        (PlanQuestion.Progress, PhraseSet.Parse(texts.Catalog.Get(LibraryTexts.ProgressWords))),
    ];

    public PlanQuestion? Recognize(string? text)
    {
        var (question, score) = PhraseScore.Best(_words.Select(w => ((PlanQuestion?)w.Question, w.Words)), PhraseSet.Words(text));
        return score > 0 ? question : null;
    }

    public string Answer(ITurnContext context, PlanQuestion question) => question switch
    {
        PlanQuestion.NextStep => NextStep(context),
        PlanQuestion.Progress => Progress(context),
        _ => DueSoon(context),
    };

    private static IEnumerable<(Goal Goal, PlanStep Step)> OpenSteps(CoachingState state) =>
        state.ActiveGoals.SelectMany(g => g.Steps.Where(s => s.Status == StepStatus.Open).Select(s => (g, s))).OrderBy(p => p.s.Due);

    private string NextStep(ITurnContext context)
    {
        var state = CoachTurn.State(context);
        if (!state.ActiveGoals.Any()) return NoGoalYet(context, state);
        if (!OpenSteps(state).Any()) return texts.Text(context, LibraryTexts.NoSteps);
        var (goal, step) = OpenSteps(state).First();
        var today = CoachTurn.Today(context);
        var date = CoachTurn.Date(context, step.Due);
        var why = step.Due < today
            ? texts.Text(context, LibraryTexts.NextStepOverdue, ("date", date))
            : texts.Text(context, LibraryTexts.NextStepWhy, ("statement", CoachKnowledge.Quote(goal)));
        return texts.Text(context, LibraryTexts.NextStep, ("step", step.Title), ("goal", PlanSteps.Number(goal)), ("date", date), ("why", why));
    }

    /// <summary>
    /// No goal yet: the self-assessment for someone the coach knows nothing about, else a first goal (the one the profile
    /// suggests, when it does), offered so that a yes starts it. Only at the menu: a prompt asks its own question next.
    /// </summary>
    private string NoGoalYet(ITurnContext context, CoachingState state)
    {
        var atMenu = context.Record.DialogState.DialogStack.Count == 0;
        if (state.Profile.IsEmpty)
        {
            if (atMenu) state.PendingOffer = new PendingOffer { Starts = PendingOffer.StartsAssessment, Source = "plan.next" };
            return texts.Text(context, LibraryTexts.NextNoProfile);
        }
        if (atMenu) state.PendingOffer = new PendingOffer { Starts = PendingOffer.StartsGoal, Source = "plan.next" };
        string Say(Said said) => texts.Text(context, said.Key, said.Args);
        var suggestion = ProfileInsights.For(state.Profile, assessment, Say, CoachKnowledge.JoinList).LastOrDefault();
        return suggestion is null
            ? texts.Text(context, LibraryTexts.NextNoGoal)
            : texts.Text(context, LibraryTexts.NextNoGoalSuggested, ("suggestion", Say(suggestion)));
    }

    private string Progress(ITurnContext context)
    {
        var state = CoachTurn.State(context);
        var goals = state.ActiveGoals.ToList();
        if (goals.Count == 0) return texts.Text(context, LibraryTexts.NoGoals);
        var today = CoachTurn.Today(context);
        var lines = goals.Select(g => texts.Text(context, LibraryTexts.ProgressGoal,
            ("goal", PlanSteps.Number(g)), ("statement", CoachKnowledge.Quote(g)),
            ("done", g.Steps.Count(s => s.Status == StepStatus.Done)), ("total", g.Steps.Count),
            ("left", TimeLeft(context, g.Deadline, today)))).ToList();
        var checkIns = CheckInTurns.Find(context);
        var streak = checkIns?.Streak ?? 0;
        // Check-ins by hand make no streak: without a schedule, "your first check-in starts one" is untrue.
        lines.Add(streak > 0 ? texts.Text(context, LibraryTexts.Streak, ("streak", streak))
            : checkIns is { Schedule.IsActive: true } ? texts.Text(context, LibraryTexts.NoStreak) : texts.Text(context, LibraryTexts.NoStreakNoSchedule));
        return string.Join("\n", lines);
    }

    /// <summary>"45 days left (until Wed, 30 June 2027)", "due today", "3 days past its deadline", "no deadline yet".</summary>
    public string TimeLeft(ITurnContext context, DateOnly? deadline, DateOnly today)
    {
        if (deadline is not { } d) return texts.Text(context, LibraryTexts.NoDeadline);
        var days = d.DayNumber - today.DayNumber;
        return days switch
        {
            > 0 => texts.Text(context, LibraryTexts.DaysLeft, ("days", days), ("date", CoachTurn.Date(context, d))),
            0 => texts.Text(context, LibraryTexts.DueToday),
            _ => texts.Text(context, LibraryTexts.PastDeadline, ("days", -days)),
        };
    }

    private string DueSoon(ITurnContext context)
    {
        var state = CoachTurn.State(context);
        var open = OpenSteps(state).ToList();
        if (open.Count == 0) return texts.Text(context, LibraryTexts.NothingAtAll);
        var today = CoachTurn.Today(context);
        var soon = open.Where(p => p.Step.Due <= today.AddDays(SoonDays)).ToList();
        if (soon.Count == 0)
            return texts.Text(context, LibraryTexts.NothingDue, ("step", open[0].Step.Title), ("date", CoachTurn.Date(context, open[0].Step.Due)));
        var lines = new List<string> { texts.Text(context, LibraryTexts.DueSoonTitle) };
        lines.AddRange(soon.Select(p => texts.Text(context, p.Step.Due < today ? LibraryTexts.OverdueItem : LibraryTexts.DueSoonItem,
            ("step", p.Step.Title), ("goal", PlanSteps.Number(p.Goal)), ("date", CoachTurn.Date(context, p.Step.Due)))));
        return string.Join("\n", lines);
    }
}
