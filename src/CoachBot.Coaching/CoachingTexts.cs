using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching;

/// <summary>Keys of dialogs/en-US/welcome.yaml and menu.yaml.</summary>
[TextKeys]
public static class CoachingTexts
{
    public const string Welcome = "welcome.greeting";
    public const string WelcomeAiConfigured = "welcome.aiConfigured";
    public const string WelcomeAiNotConfigured = "welcome.aiNotConfigured";
    public const string Help = "menu.help";
    public const string NotUnderstood = "menu.not_understood";
    public const string Cancelled = "menu.cancelled";
    public const string NothingToCancel = "menu.nothingToCancel";
    public const string GreetingAgain = "menu.greetingAgain";
    /// <summary>A hello from someone who has not written before (the welcome came on join): no "again".</summary>
    public const string GreetingFirst = "menu.greetingFirst";
    public const string StartOver = "menu.startOver";
    public const string AiOn = "menu.aiOn";
    public const string AiOff = "menu.aiOff";
    public const string AiNotConfigured = "menu.aiNotConfigured";

    /// <summary>The main choices, under the menu and the welcome; a press works from anywhere, like the command it is.</summary>
    public static readonly ChoiceSet<MenuChoice> Menu = new("menu.main");
}

/// <summary>The keys of <see cref="CoachingTexts.Menu"/>.</summary>
public enum MenuChoice { SelfAssessment, NewGoal, MyPlan, Schedule, Help }
