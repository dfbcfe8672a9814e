using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.Commands;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Library;

/// <summary>
/// The answer to an offered step: yes adds it to the goal's plan, no leaves the plan alone; "not now" and "not sure"
/// leave it too, saying so kindly. A question is never a yes (however many yes-words it holds: "what should I do
/// next?" says "I do"): a question about the plan or about the offer itself is answered here and the offer asked again;
/// any other question goes its normal way, and the offer is asked again after its answer unless that answer made an
/// offer of its own. Anything else drops the offer quietly and goes its normal way (an offer is only good for the next
/// message). An offer made to a user without a goal starts something instead: yes to it is the command
/// <paramref name="start"/> (a first goal, the self-assessment), which the caller runs as if it had been typed.
/// </summary>
public sealed class OfferReply(CoachTexts texts, CoachAnswers answers)
{
    private const string AskAgainKey = "coach.offerAskAgain";

    private readonly PhraseSet _later = PhraseSet.Parse(texts.Catalog.Get(LibraryTexts.OfferLaterWords));
    private readonly PhraseSet _unsure = PhraseSet.Parse(texts.Catalog.Get(LibraryTexts.OfferUnsureWords));

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
        var text = context.Activity.Text;
        if (answers.IsQuestion(text)) return AnswerQuestion(context, state, offer, text);
        // "ok i want to become a data analyst by 30.06.2027": more than a yes. The goal stated starts the goal dialog with
        // it, and a command goes its normal way, instead of a yes that starts an empty goal and loses the words.
        if (StatedGoal(text, context.Activity.Locale) is { } stated)
        {
            start = new CoachCommand(CoachCommandKind.NewGoal, Text: stated);
            return false;
        }
        if (CommandRecognizer.Recognize(texts.Catalog, text, context.Activity.Locale) is not null) return false;
        var words = PhraseSet.Words(text);
        if (_later.AnyIn(words)) return Leave(context, state, LibraryTexts.OfferLater);
        var answer = BooleanRecognizer.Recognize(text, context.Activity.Locale);
        if (answer is null)
        {
            // "Teach one course per semester at the technical college by 30.06.2030." in answer to "Shall we set a goal?":
            // the goal itself, with no "I want" before it. It starts the goal with its words instead of being lost.
            if (offer is { Starts: PendingOffer.StartsGoal, GoalText: null } && ReadsAsADatedGoal(context, text, words))
            {
                start = new CoachCommand(CoachCommandKind.NewGoal, Text: text!.Trim());
                return false;
            }
            return _unsure.AnyIn(words) && Leave(context, state, LibraryTexts.OfferUnsure);
        }
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

    /// <summary>Words enough for an outcome (four or more) and a date in them: a goal typed as a goal, not a reply.</summary>
    private bool ReadsAsADatedGoal(ITurnContext context, string? text, IReadOnlyList<string> words) =>
        words.Count >= 4 && !GoalStatement.AboutTheCoach(texts.Catalog, text!) && TurnDates.Read(context, texts.Catalog, text).Date is not null;

    /// <summary>The goal a message states ("ok i want to ...", "yes! my goal is to ..."), as the goal dialog gets it; null when it states none.</summary>
    private string? StatedGoal(string? text, string? locale)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var goal = GoalStatement.Find(texts.Catalog, text, locale) ?? GoalStatement.FindInALaterClause(texts.Catalog, text, locale);
        return goal is null ? null : GoalStatement.AsGoal(texts.Catalog, goal, text, locale);
    }

    /// <summary>
    /// After a turn whose question went its normal way: the offer asked again, unless the answer made one of its own or
    /// started a conversation (its questions come first then, and the offer is dropped).
    /// </summary>
    public void AskAgainWhenDone(ITurnContext context)
    {
        if (!context.TurnState.TryGetValue(AskAgainKey, out var kept) || kept is not PendingOffer offer) return;
        var state = CoachTurn.State(context);
        if (state.PendingOffer is not null || context.Record.DialogState.DialogStack.Count > 0) return;
        state.PendingOffer = offer;
        context.SendActivity(AskAgain(context, state, offer));
    }

    private bool AnswerQuestion(ITurnContext context, CoachingState state, PendingOffer offer, string? text)
    {
        if (answers.Plan.Recognize(text) is { } plan)
        {
            var said = answers.Plan.Answer(context, plan);
            // With no goal yet the plan's answer offers a first goal itself: that offer is the one to answer now.
            if (state.PendingOffer is null)
            {
                state.PendingOffer = offer;
                said += "\n\n" + AskAgain(context, state, offer);
            }
            context.SendActivity(said);
            return true;
        }
        if (answers.HasOwnAnswer(text))
        {
            context.TurnState[AskAgainKey] = offer;
            return false;
        }
        state.PendingOffer = offer;
        context.SendActivity(About(context, state, offer) + "\n\n" + AskAgain(context, state, offer));
        return true;
    }

    private bool Leave(ITurnContext context, CoachingState state, string key)
    {
        state.LastTopic = null;
        texts.Say(context, key);
        return true;
    }

    /// <summary>What the offer is and why it is worth a yes: "why?", "how do I do that?", "is that a good idea?".</summary>
    private string About(ITurnContext context, CoachingState state, PendingOffer offer) => offer.Starts switch
    {
        PendingOffer.StartsGoal => texts.Text(context, LibraryTexts.OfferAboutGoal),
        PendingOffer.StartsAssessment => texts.Text(context, LibraryTexts.OfferAboutAssessment),
        _ => texts.Text(context, LibraryTexts.OfferAbout, ("goal", GoalNumber(state, offer)), ("date", CoachTurn.Date(context, offer.Due))),
    };

    private string AskAgain(ITurnContext context, CoachingState state, PendingOffer offer) => offer.Starts switch
    {
        PendingOffer.StartsGoal when offer.GoalText is { } goal => texts.Text(context, LibraryTexts.OfferAgainNamedGoal, ("goal", goal)),
        PendingOffer.StartsGoal => texts.Text(context, LibraryTexts.OfferAgainGoal),
        PendingOffer.StartsAssessment => texts.Text(context, LibraryTexts.OfferAgainAssessment),
        _ => texts.Text(context, LibraryTexts.OfferAgain, ("step", offer.Step), ("goal", GoalNumber(state, offer)), ("date", CoachTurn.Date(context, offer.Due))),
    };

    private static int GoalNumber(CoachingState state, PendingOffer offer) =>
        state.Goals.FirstOrDefault(g => g.Id == offer.GoalId) is { } goal ? PlanSteps.Number(goal) : 0;
}
