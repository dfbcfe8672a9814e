using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Understanding;

/// <summary>
/// The pipeline a turn uses, kept in the turn's services (<see cref="ITurnContext.TurnState"/>, as Bot Builder keeps
/// its services there): the dialog manager attaches the host's one; without one (a test of a lone prompt), the
/// rules-only pipeline of the catalog.
/// </summary>
public static class TurnUnderstanding
{
    private const string Key = "coachbot.understanding";
    private const string LlmUsedKey = "coachbot.understanding.llmUsed";

    public static void Attach(ITurnContext turn, Understander understanding) => turn.TurnState[Key] = understanding;

    public static Understander Of(ITurnContext turn, TextCatalog texts) =>
        turn.TurnState.TryGetValue(Key, out var found) && found is Understander understanding ? understanding : Understander.RulesOnly(texts);

    /// <summary>True the first time a turn asks; the LLM is asked at most once per turn.</summary>
    internal static bool TryUseLlm(ITurnContext? turn)
    {
        if (turn is null) return true;
        if (turn.TurnState.ContainsKey(LlmUsedKey)) return false;
        turn.TurnState[LlmUsedKey] = true;
        return true;
    }
}
