using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Keys of dialogs/en-US/goal.yaml.</summary>
[TextKeys]
public static class GoalTexts
{
    public const string AskGoal = "goal.askGoal";
    public const string AskConfidence = "goal.ask.Confidence";
    public const string ValuesHint = "goal.valuesHint";
    public const string DefaultDeadline = "goal.defaultDeadline";
    public const string Letters = "goal.letters";
    public const string Met = "goal.met";
    public const string NotMet = "goal.notMet";
    public const string Proposal = "goal.proposal";
    public const string AskEdit = "goal.askEdit";
    public const string Saved = "goal.saved";
    public const string LongTerm = "goal.longTerm";
    public const string AskMilestone = "goal.askMilestone";
    public const string MilestoneStep = "goal.milestoneStep";
    public const string PlanIntro = "goal.planIntro";
    public const string PlanQuestion = "goal.planQuestion";
    public const string PlanSaved = "goal.planSaved";
    public const string SuggestedMark = "goal.suggestedMark";
    public const string SuggestionsAdded = "goal.suggestionsAdded";
    public const string SuggestedWording = "goal.suggestedWording";

    /// <summary>The answers to the SMART statement proposed.</summary>
    public static readonly ChoiceSet<ProposalAnswer> ProposalAnswers = new("goal.proposal");

    /// <summary>The answers to the plan proposed.</summary>
    public static readonly ChoiceSet<PlanAnswer> PlanAnswers = new("goal.plan");

    /// <summary>Why a letter is or is not met, one sentence per analyzer reason (dialogs/en-US/smart.yaml).</summary>
    public static string Reason(SmartReason reason) => SmartTexts.ReasonKey(reason);
}

/// <summary>The keys of <see cref="GoalTexts.ProposalAnswers"/>.</summary>
public enum ProposalAnswer { Accept, Edit, UseSuggestion }

/// <summary>The keys of <see cref="GoalTexts.PlanAnswers"/>.</summary>
public enum PlanAnswer { Accept, Edit }
