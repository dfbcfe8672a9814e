using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Builder;

/// <summary>Sentences the protocol layer itself says (dialogs/en-US/core.yaml).</summary>
[TextKeys]
public static class CoreTexts
{
    /// <summary>Said when a turn fails: state is left as it was before the turn.</summary>
    public const string Apology = "core.apology";
}
