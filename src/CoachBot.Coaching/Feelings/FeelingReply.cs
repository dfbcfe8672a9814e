using CoachBot.BotFramework.Builder;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Feelings;

/// <summary>
/// What the coach says to a feeling: what it heard, that it is normal (where that is honest), one small kind next
/// step, and only then the way back to the plan.
/// </summary>
public sealed class FeelingReply(CoachTexts texts)
{
    /// <summary>Heard, normalized, one step; <paramref name="backToPlan"/> adds the way back to the plan.</summary>
    public string Say(ITurnContext context, HeardFeeling feeling, bool backToPlan = true)
    {
        Remember(context, feeling);
        var prefix = FeelingReader.Prefix + feeling.Key + ".";
        // Said lightly: named lightly, then on, with no step to take for it.
        if (feeling.Mild) return backToPlan ? texts.Text(context, prefix + "light") + "\n\n" + BackToPlan(context, feeling) : texts.Text(context, prefix + "light");
        // With no plan yet, a step that bends the plan or pauses check-ins has a version that doesn't name them.
        var noPlan = NextStep(context) is null && texts.Catalog.Contains(prefix + "stepNoPlan");
        var parts = new List<string>
        {
            texts.Text(context, prefix + "heard") + " " + texts.Text(context, prefix + "normal"),
            texts.Text(context, prefix + (noPlan ? "stepNoPlan" : "step")),
        };
        if (backToPlan) parts.Add(BackToPlan(context, feeling));
        return string.Join("\n\n", parts);
    }

    /// <summary>Only what was heard and that it is normal: for a feeling said with something else to do in the same message.</summary>
    public string Heard(ITurnContext context, HeardFeeling feeling)
    {
        Remember(context, feeling);
        var prefix = FeelingReader.Prefix + feeling.Key + ".";
        if (feeling.Mild) return texts.Text(context, prefix + "light");
        return texts.Text(context, prefix + "heard") + " " + texts.Text(context, prefix + "normal");
    }

    /// <summary>Only what was heard, in one short line: for a feeling said with a goal, which is offered next.</summary>
    public string HeardInOneLine(ITurnContext context, HeardFeeling feeling)
    {
        Remember(context, feeling);
        var prefix = FeelingReader.Prefix + feeling.Key + ".";
        return texts.Text(context, prefix + (feeling.Mild ? "light" : "heard"));
    }

    /// <summary>
    /// Worn out is kept for a few days: a plan proposed meanwhile offers a lighter start (GoalDialog). Not when it was
    /// said lightly ("bit tired but ok"): "you said you're worn out" would put words in the person's mouth.
    /// </summary>
    private static void Remember(ITurnContext context, HeardFeeling feeling)
    {
        if (feeling.Key == WornOut && !feeling.Mild) CoachTurn.State(context).WornOutOn = CoachTurn.Today(context);
    }

    /// <summary>The feeling of being worn out (feelings.yaml).</summary>
    public const string WornOut = "exhaustion";

    private string BackToPlan(ITurnContext context, HeardFeeling feeling)
    {
        if (feeling.Key == "goodNews") return texts.Text(context, FeelingTexts.BackGoodNews);
        if (NextStep(context) is { } next) return texts.Text(context, FeelingTexts.BackToStep, ("step", next.Title), ("date", CoachTurn.Date(context, next.Due)));
        // No goal yet: nothing to look at together, so the way in.
        return texts.Text(context, CoachTurn.State(context).ActiveGoals.Any() ? FeelingTexts.BackNoPlan : FeelingTexts.BackNoGoals);
    }

    private static PlanStep? NextStep(ITurnContext context) =>
        CoachTurn.State(context).ActiveGoals.SelectMany(g => g.Steps).Where(s => s.Status == StepStatus.Open).MinBy(s => s.Due);
}
