namespace CoachBot.Coaching.Dialogs;

/// <summary>
/// The question contexts of the prompts outside the goal's SMART questions (those are <see cref="GoalHelp"/>): each has
/// <c>&lt;ctx&gt;.meaning|why|example|suggest</c> in dialogs/en-US/prompthelp.yaml, so "why do you ask?" or "can you give an
/// example?" at a prompt gets an answer that fits it. Not [TextKeys]: the contexts are prefixes, not sentences;
/// <see cref="AllKeys"/> are checked by the tests.
/// </summary>
public static class PromptHelp
{
    private const string Prefix = "prompthelp.";

    /// <summary>The context of a self-assessment part's question (<see cref="AssessmentParts"/>).</summary>
    public static string Assessment(string part) => Prefix + "assessment." + part;

    public const string RankValues = Prefix + "assessment.rankValues";
    public const string ConfirmProfile = Prefix + "assessment.confirm";
    public const string WhichPart = Prefix + "assessment.whichPart";

    public const string Proposal = Prefix + "goal.proposal";
    public const string EditGoal = Prefix + "goal.edit";
    public const string LongTerm = Prefix + "goal.longTerm";
    public const string Milestone = Prefix + "goal.milestone";
    public const string OverallHours = Prefix + "goal.overallHours";
    public const string Plan = Prefix + "goal.plan";
    public const string ChangeGoal = Prefix + "goal.changeGoal";
    public const string DeadlineConflict = Prefix + "goal.deadlineConflict";

    public const string Schedule = Prefix + "schedule.when";
    public const string Zone = Prefix + "schedule.zone";

    public const string DeleteData = Prefix + "data.delete";

    public const string Progress = Prefix + "checkin.progress";
    public const string Fix = Prefix + "checkin.fix";
    public const string NewDate = Prefix + "checkin.newDate";
    public const string FixDetail = Prefix + "checkin.fixDetail";
    public const string ConfirmChange = Prefix + "checkin.confirmChange";
    public const string ProposeMove = Prefix + "checkin.proposeMove";
    public const string Revisit = Prefix + "checkin.revisit";
    public const string ScheduleOffer = Prefix + "checkin.scheduleOffer";
    public const string WentWell = Prefix + "checkin.wentWell";
    public const string InTheWay = Prefix + "checkin.inTheWay";
    public const string Deadlines = Prefix + "checkin.deadlines";
    public const string Priorities = Prefix + "checkin.priorities";
    public const string Opportunity = Prefix + "checkin.opportunity";

    public const string WhichGoal = Prefix + "plan.whichGoal";
    public const string EditPlan = Prefix + "plan.edit";
    public const string ConfirmEdit = Prefix + "plan.confirmEdit";

    /// <summary>The kinds of question every context answers.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["meaning", "why", "example", "suggest"];

    /// <summary>Every context, the goal's SMART questions' too.</summary>
    public static IEnumerable<string> Contexts =>
        AssessmentParts.All.Select(Assessment).Concat([
            RankValues, ConfirmProfile, WhichPart, Proposal, EditGoal, LongTerm, Milestone, OverallHours, Plan, ChangeGoal, DeadlineConflict,
            Schedule, Zone, DeleteData, Progress, Fix, NewDate, FixDetail, ConfirmChange, ProposeMove, Revisit, ScheduleOffer, WentWell,
            InTheWay, Deadlines, Priorities, Opportunity, WhichGoal, EditPlan, ConfirmEdit]).Concat(GoalHelp.Contexts);

    /// <summary>Every key, for the test that each context answers every kind.</summary>
    public static IEnumerable<string> AllKeys => Contexts.SelectMany(c => Kinds.Select(k => c + "." + k));
}
