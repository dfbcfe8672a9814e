using System.Collections.Frozen;
using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Dialogs.Prompts;

/// <summary>
/// The words that work at every question: skip, back, not sure. Only an answer that is nothing but such a phrase
/// counts ("skip", "skip this one", "go back", "I'm not sure"), so "I want to skip meetings" is still an answer.
/// </summary>
public static class PromptCommands
{
    private static readonly FrozenSet<string> Skip = FrozenSet.ToFrozenSet([
        "skip", "skip it", "skip this", "skip this one", "skip that", "pass", "next", "next question", "none", "nothing", "na",
        "rather not say", "id rather not say", "no comment"]);

    private static readonly FrozenSet<string> Back = FrozenSet.ToFrozenSet([
        "back", "go back", "previous", "previous question", "undo", "back up"]);

    private static readonly FrozenSet<string> NotSure = FrozenSet.ToFrozenSet([
        "not sure", "im not sure", "i am not sure", "unsure", "i dont know", "dont know", "dunno", "idk", "no idea",
        "no clue", "i have no idea", "not really sure", "hard to say"]);

    /// <summary>The command the whole answer is, or null when it is an answer.</summary>
    public static PromptSignal? Recognize(string? text)
    {
        var key = Normalize(text);
        if (key.Length == 0) return null;
        if (Back.Contains(key)) return PromptSignal.Back;
        if (NotSure.Contains(key)) return PromptSignal.NotSure;
        if (Skip.Contains(key)) return PromptSignal.Skip;
        return null;
    }

    /// <summary>Words that do not change which command a phrase is ("just skip it please").</summary>
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(["please", "lets", "just", "ok", "okay"]);

    /// <summary>The phrase key (<see cref="PhraseKey"/>) without fillers; "n/a" reads as "na".</summary>
    private static string Normalize(string? text) =>
        PhraseKey.Of(text?.Replace("n/a", "na", StringComparison.OrdinalIgnoreCase), Fillers);
}
