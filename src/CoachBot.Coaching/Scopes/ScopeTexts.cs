using CoachBot.BotFramework.Text;

namespace CoachBot.Coaching.Scopes;

/// <summary>Keys of dialogs/en-US/scope.yaml.</summary>
[TextKeys]
public static class ScopeTexts
{
    public const string Mentioned = "scope.mentioned";
    public const string Hello = "scope.hello";
}
