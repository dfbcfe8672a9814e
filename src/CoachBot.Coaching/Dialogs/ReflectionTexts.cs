using CoachBot.BotFramework.Text;
using CoachBot.Coaching.CheckIns;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Keys of dialogs/en-US/reflection.yaml.</summary>
[TextKeys]
public static class ReflectionTexts
{
    /// <summary>How the current step is going.</summary>
    public static readonly ChoiceSet<ReflectionProgress> Progress = new("reflection.progress");

    /// <summary>What would help with a step that slipped.</summary>
    public static readonly ChoiceSet<StepFix> Fixes = new("reflection.fix");

    public const string Intro = "reflection.intro";
    public const string NoGoals = "reflection.noGoals";
    public const string AskProgress = "reflection.askProgress";
    public const string OnTrack = "reflection.onTrack";
    public const string AskFix = "reflection.askFix";
    public const string SuggestedWays = "reflection.suggestedWays";
    public const string AskAlternative = "reflection.askAlternative";
    public const string AskHelp = "reflection.askHelp";
    public const string AskSmaller = "reflection.askSmaller";
    public const string AskNewDate = "reflection.askNewDate";
    public const string ConfirmRename = "reflection.confirmRename";
    public const string ConfirmHelp = "reflection.confirmHelp";
    public const string ConfirmMove = "reflection.confirmMove";
    public const string HelpStep = "reflection.helpStep";
    public const string Changed = "reflection.changed";
    public const string Unchanged = "reflection.unchanged";
    public const string AskWentWell = "reflection.askWentWell";
    public const string AskInTheWay = "reflection.askInTheWay";
    public const string AskDeadlines = "reflection.askDeadlines";
    public const string DeadlinesHint = "reflection.deadlinesHint";
    public const string AskPriorities = "reflection.askPriorities";
    public const string AskOpportunity = "reflection.askOpportunity";
    public const string Saved = "reflection.saved";
    public const string Streak = "reflection.streak";
    public const string NextCheckIn = "reflection.nextCheckIn";
}
