using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Commands;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Library;

/// <summary>
/// The one-word answer to an offered step: yes adds it to the goal's plan, no leaves the plan alone, and anything else
/// drops the offer quietly and goes its normal way (an offer is only good for the next message). An offer made to a
/// user without a goal starts something instead: yes to it is the command <paramref name="start"/> (a first goal, the
/// self-assessment), which the caller runs as if it had been typed.
/// </summary>
public sealed class OfferReply(CoachTexts texts)
{
    /// <summary>True when the message answered the pending offer (the turn is then done).</summary>
    public bool TryHandle(ITurnContext context) => TryHandle(context, out _);

    /// <summary>True when the message answered the offer and nothing more is to be done; false with a command to run for a yes that starts something.</summary>
    public bool TryHandle(ITurnContext context, out CoachCommand? start)
    {
        start = null;
        if (context.Record.DialogState.DialogStack.Count > 0) return false;
        var state = CoachTurn.State(context);
        if (state.PendingOffer is not { } offer) return false;
        state.PendingOffer = null;
        var answer = BooleanRecognizer.Recognize(context.Activity.Text, context.Activity.Locale);
        if (answer is null) return false;
        state.LastTopic = null; // the offer answered closes that topic: the next question starts afresh
        if (answer == false)
        {
            texts.Say(context, LibraryTexts.OfferDeclined);
            return true;
        }
        switch (offer.Starts)
        {
            case PendingOffer.StartsGoal:
                start = new CoachCommand(CoachCommandKind.NewGoal, Text: offer.GoalText);
                return false;
            case PendingOffer.StartsAssessment:
                start = new CoachCommand(CoachCommandKind.SelfAssessment);
                return false;
        }
        var goal = state.Goals.FirstOrDefault(g => g.Id == offer.GoalId && g.Status == GoalStatus.Active);
        if (goal is null)
        {
            texts.Say(context, LibraryTexts.OfferGoalGone);
            return true;
        }
        var title = char.ToUpperInvariant(offer.Step[0]) + offer.Step[1..];
        PlanSteps.Add(goal, new PlanStep { Title = title, Due = offer.Due, Status = StepStatus.Open });
        texts.Say(context, LibraryTexts.OfferAdded, ("step", title), ("goal", PlanSteps.Number(goal)), ("date", CoachTurn.Date(context, offer.Due)));
        return true;
    }
}
