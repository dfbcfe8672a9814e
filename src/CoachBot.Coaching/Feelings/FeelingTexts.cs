using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Feelings;

/// <summary>Keys of dialogs/en-US/feelings.yaml that the code names; each feeling's own texts are feelings.feelings.&lt;key&gt;.*.</summary>
[TextKeys]
public static class FeelingTexts
{
    public const string NotFeeling = "feelings.notFeeling";
    public const string Distress = "feelings.distress";
    public const string BackToStep = "feelings.backToStep";
    public const string BackNoPlan = "feelings.backNoPlan";
    public const string BackNoGoals = "feelings.backNoGoals";
    public const string MildOk = "feelings.mildOk";
    public const string MildSoftener = "feelings.mildSoftener";
    public const string MildAlways = "feelings.mildAlways";
    public const string BackGoodNews = "feelings.backGoodNews";
    public const string CheckInPaused = "feelings.checkInPaused";
}
