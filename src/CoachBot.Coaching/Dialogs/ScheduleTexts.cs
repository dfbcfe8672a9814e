using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Keys of dialogs/en-US/schedule.yaml.</summary>
[TextKeys]
public static class ScheduleTexts
{
    public const string Current = "schedule.current";
    public const string Paused = "schedule.paused";
    public const string Ask = "schedule.ask";
    public const string NotUnderstood = "schedule.notUnderstood";
    public const string UnknownZone = "schedule.unknownZone";
    public const string AskZone = "schedule.askZone";
    public const string Kept = "schedule.kept";
    public const string Saved = "schedule.saved";
    public const string SavedOff = "schedule.savedOff";
    public const string QuietHours = "schedule.quietHours";
    public const string NoQuietHours = "schedule.noQuietHours";
}
