using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Commands;

/// <summary>What the menu says when it reads people's own words (dialogs/en-US/menu.yaml, intents.yaml).</summary>
[TextKeys]
public static class MenuTexts
{
    public const string LeaveGoalForNewGoal = "menu.leaveGoal.forNewGoal";
    public const string LeaveGoalForAssessment = "menu.leaveGoal.forAssessment";
    public const string LeaveGoalForProfile = "menu.leaveGoal.forProfile";
    public const string LeaveGoalStay = "menu.leaveGoal.stay";

    /// <summary>Not understood: what was heard, then the nearest things the coach can do as buttons.</summary>
    public const string Heard = "menu.heard";

    /// <summary>Unsure: the best guess asked once, the alternatives after it.</summary>
    public const string DidYouMean = "menu.didYouMean";

    /// <summary>A command taken from a sentence: what the coach understood, before doing it.</summary>
    public const string Understood = "menu.understood";

    /// <summary>"not sure where to start": the words, and where to begin for someone new, with a profile, with a goal.</summary>
    public const string WhereToStartWords = "menu.whereToStart.words";
    public const string WhereToStartFresh = "menu.whereToStart.fresh";
    public const string WhereToStartProfiled = "menu.whereToStart.profiled";
    public const string WhereToStartPlanned = "menu.whereToStart.planned";

    /// <summary>"sorry my english is not perfect": the words, and the reassurance said before the menu.</summary>
    public const string EnglishWorryWords = "menu.englishWorry.words";
    public const string EnglishWorryReply = "menu.englishWorry.reply";

    /// <summary>"i am a nurse, 9 years": heard as who they are, with the first step offered (Assessment.RoleHeld.Introduced).</summary>
    public const string IntroductionFresh = "menu.introduction.fresh";
    public const string IntroductionProfiled = "menu.introduction.profiled";

    public const string Thanks = "menu.thanks";
    public const string Goodbye = "menu.goodbye";
    public const string OutOfRange = "menu.outOfRange";
    public const string GoodbyeNoCheckIns = "menu.goodbyeNoCheckIns";

    /// <summary>The openings of a goal stated at the menu ("I want to", "my goal is to"): what follows is the goal.</summary>
    public const string GoalLeadIns = "intents.goalLeadIns";
    public const string GoalLeadFillers = "intents.goalLeadFillers";
    public const string GoalClauseJoiners = "intents.goalClauseJoiners";
    /// <summary>Words that open a doubt after a goal ("..., but i don't know if i'm too old"): the goal ends there.</summary>
    public const string GoalDoubtJoiners = "menu.goalDoubtJoiners";
    public const string FirstJobStarting = "intents.firstJob.starting";
    public const string FirstJobJobs = "intents.firstJob.jobs";
    public const string FirstJobGoal = "intents.firstJob.goal";
    public const string FeelingThenGoal = "menu.feelingThenGoal";

    /// <summary>Words that make a short remainder a request for a goal, not a goal ("I want to set a target").</summary>
    public const string GoalWords = "intents.goalWords";

    /// <summary>The coach's own things ("my plan", "the check-ins"): a wish about them is a command, not a goal.</summary>
    public const string CoachThings = "intents.coachThings";

    /// <summary>Openings of a request put as a question ("can we ...", "could you ...").</summary>
    public const string RequestOpenings = "intents.requestOpenings";

    /// <summary>Words before "goal" that name one the plan has ("my second goal").</summary>
    public const string GoalOrdinals = "intents.goalOrdinals";

    /// <summary>Words that say nothing about which intent is meant ("can", "want", "please").</summary>
    public const string WeakWords = "intents.weakWords";

    /// <summary>The intents offered when nothing came close.</summary>
    public const string Fallback = "intents.fallback";
}
