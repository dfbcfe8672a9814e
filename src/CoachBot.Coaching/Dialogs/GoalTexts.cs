using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Keys of dialogs/en-US/goal.yaml.</summary>
[TextKeys]
public static class GoalTexts
{
    public const string AskGoal = "goal.askGoal";
    public const string AskConfidence = "goal.ask.Confidence";
    public const string AskConfidenceAfterMilestone = "goal.ask.ConfidenceAfterMilestone";
    public const string ValuesHint = "goal.valuesHint";
    public const string DefaultDeadline = "goal.defaultDeadline";
    public const string Proposal = "goal.proposal";
    public const string ProposalUnsure = "goal.proposalUnsure";
    public const string KeptGoal = "goal.keptGoal";
    public const string KeptProposal = "goal.keptProposal";
    public const string ProposalGaveUp = "goal.proposalGaveUp";
    public const string GaveUp = "goal.gaveUp";
    public const string FinishFirst = "goal.finishFirst";
    public const string FinishFirstSchedule = "goal.finishFirstSchedule";
    public const string FinishLineNoted = "goal.finishLineNoted";
    public const string ReasonNoted = "goal.reasonNoted";
    public const string NotANumberAgainConfidence = "goal.notANumberAgain.Confidence";
    public const string NotANumberAgainHours = "goal.notANumberAgain.Hours";
    public const string HoursNotAYes = "goal.hoursNotAYes";
    public const string AgreementWords = "goal.agreementWords";
    public const string NotAnAnswer = "goal.notAnAnswer";
    public const string SmallerKept = "goal.smallerKept";
    public const string AskOverallHours = "goal.askOverallHours";
    public const string HoursOver = "goal.hoursOver";
    public const string DeadlineKept = "goal.deadlineKept";
    /// <summary>A date said where no date was asked, taken as the deadline (GoalDialog.Dates.cs).</summary>
    public const string DateIsDeadline = "goal.dateIsDeadline";
    public const string PastDateNotDeadline = "goal.pastDateNotDeadline";
    public const string AskEdit = "goal.askEdit";
    public const string Saved = "goal.saved";
    public const string LongTerm = "goal.longTerm";
    public const string AskMilestone = "goal.askMilestone";
    public const string MilestoneStep = "goal.milestoneStep";
    public const string PlanIntro = "goal.planIntro";
    public const string PlanQuestion = "goal.planQuestion";
    public const string PlanQuestionWornOut = "goal.planQuestionWornOut";
    public const string PlanLighter = "goal.planLighter";
    public const string PlanSaved = "goal.planSaved";
    public const string SuggestedMark = "goal.suggestedMark";
    public const string SuggestionsAdded = "goal.suggestionsAdded";
    public const string SuggestedWording = "goal.suggestedWording";

    // A goal said again at another question (GoalDialog.Restated.cs): the same one, or a new one to confirm.
    public const string RestatedSame = "goal.restated.same";
    public const string RestatedGoal = "goal.restated.goal";
    public const string RestatedGoalByDate = "goal.restated.goalByDate";
    public const string RestatedAskChange = "goal.restated.askChange";
    public const string RestatedSharper = "goal.restated.sharper";
    public const string RestatedChanged = "goal.restated.changed";
    public const string RestatedKept = "goal.restated.kept";

    // A question asked twice without an answer: what the coach does instead, said once.
    public const string LeftOpenSpecific = "goal.leftOpen.Specific";
    public const string LeftOpenMeasurable = "goal.leftOpen.Measurable";
    public const string LeftOpenConfidence = "goal.leftOpen.Confidence";
    public const string LeftOpenHours = "goal.leftOpen.Hours";
    public const string LeftOpenSmaller = "goal.leftOpen.Smaller";
    public const string LeftOpenRelevant = "goal.leftOpen.Relevant";
    public const string LeftOpenTimeBound = "goal.leftOpen.TimeBound";
    public const string LeftOpenDeadlineConflict = "goal.leftOpen.DeadlineConflict";

    /// <summary>What the coach says when it stops asking <paramref name="question"/>; null for the goal itself.</summary>
    public static string? LeftOpen(GoalQuestion question) => question switch
    {
        GoalQuestion.Specific => LeftOpenSpecific,
        GoalQuestion.Measurable => LeftOpenMeasurable,
        GoalQuestion.Confidence => LeftOpenConfidence,
        GoalQuestion.Hours => LeftOpenHours,
        GoalQuestion.Smaller => LeftOpenSmaller,
        GoalQuestion.Relevant => LeftOpenRelevant,
        GoalQuestion.TimeBound => LeftOpenTimeBound,
        GoalQuestion.DeadlineConflict => LeftOpenDeadlineConflict,
        _ => null,
    };

    /// <summary>The answers to the SMART statement proposed.</summary>
    public static readonly ChoiceSet<ProposalAnswer> ProposalAnswers = new("goal.proposal");

    /// <summary>The answers to the plan proposed.</summary>
    public static readonly ChoiceSet<PlanAnswer> PlanAnswers = new("goal.plan");

    /// <summary>Which deadline holds when the goal states one and an answer gives another.</summary>
    public static readonly ChoiceSet<DeadlineAnswer> DeadlineAnswers = new("goal.deadline");

    /// <summary>Why a letter is or is not met, one sentence per analyzer reason (dialogs/en-US/smart.yaml).</summary>
    public static string Reason(SmartReason reason) => SmartTexts.ReasonKey(reason);
}

/// <summary>
/// The question contexts of the goal prompts: each has <c>&lt;ctx&gt;.meaning|why|example|suggest|any</c> in
/// dialogs/en-US/goalhelp.yaml, answered as at every prompt (PromptQuestionAnswerer, Understander.AnswerAsync), the goal
/// dialog's own reading of a question included.
/// Not [TextKeys]: the contexts are prefixes, not sentences; <see cref="AllKeys"/> are checked by the tests.
/// </summary>
public static class GoalHelp
{
    public const string Outcome = "goalhelp.outcome";
    public const string Measure = "goalhelp.measure";
    public const string Achievable = "goalhelp.achievable";
    public const string Hours = "goalhelp.hours";
    public const string Relevant = "goalhelp.relevant";
    public const string Deadline = "goalhelp.deadline";
    public const string Smaller = "goalhelp.smaller";

    public static IEnumerable<string> Contexts => [Outcome, Measure, Achievable, Hours, Relevant, Deadline, Smaller];

    /// <summary>Every key, for the start-up check: each kind of <see cref="PromptHelp.Kinds"/>, and <c>any</c> for every other question.</summary>
    public static IEnumerable<string> AllKeys => Contexts.SelectMany(c => PromptHelp.Kinds.Append("any").Select(k => c + "." + k));

    /// <summary>The context of the question the goal dialog asks.</summary>
    public static string For(GoalQuestion question) => question switch
    {
        GoalQuestion.Measurable => Measure,
        GoalQuestion.Confidence => Achievable,
        GoalQuestion.Hours => Hours,
        GoalQuestion.Relevant => Relevant,
        GoalQuestion.TimeBound or GoalQuestion.DeadlineConflict => Deadline,
        GoalQuestion.Smaller => Smaller,
        _ => Outcome,
    };
}

/// <summary>The keys of <see cref="GoalTexts.ProposalAnswers"/>.</summary>
public enum ProposalAnswer { Accept, Edit, UseSuggestion }

/// <summary>The keys of <see cref="GoalTexts.PlanAnswers"/>.</summary>
public enum PlanAnswer { Accept, Edit, Lighter }

/// <summary>The keys of <see cref="GoalTexts.DeadlineAnswers"/>.</summary>
public enum DeadlineAnswer { Stated, Answered }
