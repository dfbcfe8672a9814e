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
        var parts = new List<string>
        {
            texts.Text(context, prefix + "heard") + " " + texts.Text(context, prefix + "normal"),
            texts.Text(context, prefix + "step"),
        };
        if (backToPlan) parts.Add(BackToPlan(context, feeling));
        return string.Join("\n\n", parts);
    }

    /// <summary>Only what was heard and that it is normal: for a feeling said with something else to do in the same message.</summary>
    public string Heard(ITurnContext context, HeardFeeling feeling)
    {
        Remember(context, feeling);
        var prefix = FeelingReader.Prefix + feeling.Key + ".";
        return texts.Text(context, prefix + "heard") + " " + texts.Text(context, prefix + "normal");
    }

    /// <summary>Worn out is kept for a few days: a plan proposed meanwhile offers a lighter start (GoalDialog).</summary>
    private static void Remember(ITurnContext context, HeardFeeling feeling)
    {
        if (feeling.Key == WornOut) CoachTurn.State(context).WornOutOn = CoachTurn.Today(context);
    }

    /// <summary>The feeling of being worn out (feelings.yaml).</summary>
    public const string WornOut = "exhaustion";

    private string BackToPlan(ITurnContext context, HeardFeeling feeling)
    {
        if (feeling.Key == "goodNews") return texts.Text(context, FeelingTexts.BackGoodNews);
        var next = CoachTurn.State(context).ActiveGoals.SelectMany(g => g.Steps).Where(s => s.Status == StepStatus.Open).MinBy(s => s.Due);
        return next is null
            ? texts.Text(context, FeelingTexts.BackNoPlan)
            : texts.Text(context, FeelingTexts.BackToStep, ("step", next.Title), ("date", CoachTurn.Date(context, next.Due)));
    }
}
