using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching;

/// <summary>Keys of dialogs/en-US/welcome.yaml and menu.yaml.</summary>
[TextKeys]
public static class CoachingTexts
{
    public const string Welcome = "welcome.greeting";
    public const string Help = "menu.help";
    public const string NotUnderstood = "menu.not_understood";
}
