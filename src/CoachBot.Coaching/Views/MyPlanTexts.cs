using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Views;

/// <summary>Keys of dialogs/en-US/myplan.yaml.</summary>
[TextKeys]
public static class MyPlanTexts
{
    public const string Title = "myplan.title";
    public const string ProfileHeading = "myplan.profileHeading";
    public const string Role = "myplan.role";
    public const string Values = "myplan.values";
    public const string Strengths = "myplan.strengths";
    public const string Vision = "myplan.vision";
    public const string GoalHeading = "myplan.goalHeading";
    public const string Deadline = "myplan.deadline";
    public const string Status = "myplan.status";
    public const string NoSteps = "myplan.noSteps";
    public const string NextDue = "myplan.nextDue";
    public const string NextDueValue = "myplan.nextDueValue";
    public const string NoGoals = "myplan.noGoals";
    public const string Empty = "myplan.empty";
    public const string Progress = "myplan.progress";
    public const string ProgressValue = "myplan.progressValue";
    public const string ProgressCaption = "myplan.progressCaption";
    public const string DaysLeft = "myplan.daysLeft";
    public const string DaysOver = "myplan.daysOver";
    public const string NoDeadline = "myplan.noDeadline";
    public const string Streak = "myplan.streak";

    public static string StatusOf(GoalStatus status) => "myplan.status_" + status;

    public static IEnumerable<string> StatusKeys => Enum.GetValues<GoalStatus>().Select(StatusOf);
}
