using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Assessment;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Keys of dialogs/en-US/assessment.yaml.</summary>
[TextKeys]
public static class AssessmentTexts
{
    public const string Intro = "assessment.intro";
    public const string Current = "assessment.current";
    public const string NeedWords = "assessment.needWords";
    public const string YesNoIsNoAnswer = "assessment.yesNoIsNoAnswer";
    public const string DateIsNoAnswer = "assessment.dateIsNoAnswer";
    public const string OutsideNone = "assessment.outsideNone";
    public const string NumbersIsNoAnswer = "assessment.numbersIsNoAnswer";

    /// <summary>Nothing at the skills question reads as a skill (no rating, no known skill, only long phrases).</summary>
    public const string NoSkillsRead = "assessment.noSkillsRead";
    public const string EnvironmentIsJob = "assessment.environmentIsJob";
    public const string EnvironmentWithJob = "assessment.environmentWithJob";
    public const string RoleIsAim = "assessment.roleIsAim";
    public const string UnsureLeftOut = "assessment.unsureLeftOut";
    public const string TimeIsNoAnswer = "assessment.timeIsNoAnswer";
    public const string TimeIsNoAnswerRough = "assessment.timeIsNoAnswerRough";
    public const string RankValues = "assessment.rankValues";
    public const string UnratedSkills = "assessment.unratedSkills";
    public const string SummaryTitle = "assessment.summaryTitle";
    public const string SummaryEmpty = "assessment.summaryEmpty";
    public const string Confirm = "assessment.confirm";
    public const string WhichPart = "assessment.whichPart";
    public const string Saved = "assessment.saved";
    public const string SavedGoalNext = "assessment.savedGoalNext";
    public const string InsightsTitle = "assessment.insightsTitle";
    public const string ExploreIntro = "assessment.explore.intro";
    public const string ExploreQuestions = "assessment.explore.questions";
    public const string Directions = "assessment.explore.directions";
    public const string Direction = "assessment.explore.direction";
    public const string DirectionField = "assessment.explore.directionField";
    public const string NoDirections = "assessment.explore.noDirections";
    public const string ExploreAsk = "assessment.explore.ask";
    public const string HearThanks = Hearing.Thanks;
    public const string HearSkills = Hearing.Skills;
    public const string HearOutside = Hearing.Outside;
    public const string HearOutsideThemes = Hearing.OutsideThemes;
    public const string HearOutsideType = Hearing.OutsideType;
    public const string HearOutsideFeedback = Hearing.OutsideFeedback;
    public const string InsightServe = ProfileInsights.Serve;
    public const string InsightServeBacked = ProfileInsights.ServeBacked;
    public const string InsightServeNoRole = ProfileInsights.ServeNoRole;
    public const string InsightGaps = ProfileInsights.Gaps;
    public const string InsightGapRated = ProfileInsights.GapRated;
    public const string InsightGapGrowth = ProfileInsights.GapGrowth;
    public const string InsightGapMissing = ProfileInsights.GapMissing;
    public const string InsightFirstGoalGap = ProfileInsights.FirstGoalGap;
    public const string InsightFirstGoalRole = ProfileInsights.FirstGoalRole;
    public const string InsightFirstGoalExplore = ProfileInsights.FirstGoalExplore;
    public const string InsightFirstGoalVision = ProfileInsights.FirstGoalVision;

    /// <summary>The values offered; a picked one is stored by its key.</summary>
    public static readonly ChoiceSet Values = new("assessment.values");

    /// <summary>The transferable skills offered; a picked one is stored by its key.</summary>
    public static readonly ChoiceSet Transferable = new("assessment.transferable");

    public static string Ask(string part) => "assessment.ask." + part;

    public static string PartTitle(string part) => "assessment.part." + part;

    /// <summary>After the third answer the coach could not read: the question is left, and how to come back to it is said.</summary>
    public const string GaveUp = "assessment.gaveUp";

    /// <summary>After a worry or constraint heard where an ability was asked (assessment.constraints.*.heard).</summary>
    public const string ConstraintNotAnswer = "assessment.constraintNotAnswer";

    /// <summary>The command that redoes one part ("edit interests"), as the coach says it.</summary>
    public static string EditCommand(string part) => "assessment.editCommand." + part;

    /// <summary>The keys built from part names, so the start-up check covers them too.</summary>
    public static IEnumerable<string> PartKeys => AssessmentParts.All.SelectMany(p => new[] { Ask(p), PartTitle(p), EditCommand(p) })
        .Concat(AssessmentParts.All.Where(p => p != AssessmentParts.Outside).Select(Hearing.Key));
}
