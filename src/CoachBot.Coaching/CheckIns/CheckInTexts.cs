using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.CheckIns;

/// <summary>Keys of dialogs/en-US/checkin.yaml: the proactive messages and the check-in commands.</summary>
[TextKeys]
public static class CheckInTexts
{
    /// <summary>The buttons of a check-in (a reminder shows two of them); a press works from anywhere, like the command it is.</summary>
    public static readonly ChoiceSet<InviteAnswer> InviteAnswers = new("checkin.invite");

    public const string Invite = "checkin.invite";
    public const string InviteOneGoal = "checkin.inviteOneGoal";
    public const string InviteNoGoal = "checkin.inviteNoGoal";
    public const string InviteAgain = "checkin.inviteAgain";
    public const string Reminder = "checkin.reminder";
    public const string Nudge = "checkin.nudge";
    public const string Why = "checkin.why";
    public const string SnoozedHour = "checkin.snoozedHour";
    public const string SnoozedTomorrow = "checkin.snoozedTomorrow";
    public const string NothingToSnooze = "checkin.nothingToSnooze";
    public const string Skipped = "checkin.skipped";
    public const string SkippedNext = "checkin.skippedNext";
    public const string NothingToSkip = "checkin.nothingToSkip";
    public const string Paused = "checkin.paused";
    public const string PausedOpenEnded = "checkin.pausedOpenEnded";
    public const string PauseNoDate = "checkin.pauseNoDate";
    public const string Resumed = "checkin.resumed";
    public const string NoSchedule = "checkin.noSchedule";
}

/// <summary>The keys of <see cref="CheckInTexts.InviteAnswers"/>.</summary>
public enum InviteAnswer { StartNow, SnoozeHour, SnoozeTomorrow, SkipThisTime }
