using System.Text.RegularExpressions;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Commands;

/// <summary>
/// Recognizes the commands that work from anywhere ("my plan", "set a new goal", "delete my data", "done 2"...), with
/// the phrases, polite words and grammar words of dialogs/&lt;locale&gt;/intents.yaml (<see cref="CommandWords"/>); the
/// patterns of commands that carry a detail (a date, a step, a goal number) are built from those words (<see cref="CommandGrammar"/>).
/// Only a message that is the command as a whole counts, so an answer that merely mentions a word ("I'd like more
/// help from my manager") is still an answer.
/// </summary>
public static class CommandRecognizer
{
    /// <summary>The command the whole text is, with the words of <paramref name="texts"/> (dialogs/&lt;locale&gt;/intents.yaml).</summary>
    public static CoachCommand? Recognize(TextCatalog texts, string? text, string? locale = null) => Recognize(CommandWords.From(texts, locale), text);

    public static CoachCommand? Recognize(CommandWords words, string? text)
    {
        // "set a new goal: <the goal>" carries the goal itself, so it may be long.
        if (words.Grammar.NewGoalWithText.Match((text ?? "").Trim()) is { Success: true } withText)
            return new CoachCommand(CoachCommandKind.NewGoal, Text: withText.Groups["text"].Value.Trim());

        if (PlanEditCommand.ParseGoalChange(text) is { Kind: not PlanEditKind.Undo } longChange && (text ?? "").Trim().Length <= 400)
            return new CoachCommand(CoachCommandKind.EditPlan, Goal: longChange.Goal, Text: text!.Trim());

        var key = Normalize(text);
        if (key.Length == 0 || key.Length > 80) return null;
        if (key == "?") return new CoachCommand(CoachCommandKind.Help);
        if (WholePhrase(words, key) is { } phrase) return phrase;

        if (words.Grammar.PauseUntil.Match(key) is { Success: true } pause)
            return new CoachCommand(CoachCommandKind.PauseCheckIns, Text: AsWritten(text, pause.Groups["date"].Value));

        if (words.Grammar.ScheduleWithText.Match(key) is { Success: true } schedule)
            return new CoachCommand(CoachCommandKind.Schedule, Text: schedule.Groups["text"].Value);

        if (words.Grammar.EditPart.Match(key) is { Success: true } edit && AssessmentParts.Find(edit.Groups["part"].Value) is { } part)
            return new CoachCommand(CoachCommandKind.EditProfilePart, Part: part);

        if (words.Grammar.StepDone.Match(key) is { Success: true } done)
        {
            var step = StepReference.From(done);
            return new CoachCommand(CoachCommandKind.StepDone, Goal: step.Goal, Step: step.Step);
        }

        // Changes to a goal itself ("rename goal 2 to ...", "change the deadline of goal 1 to ...", "undo"): the plan editor's words.
        if (PlanEditCommand.ParseGoalChange(text) is { } change)
            return new CoachCommand(CoachCommandKind.EditPlan, Goal: change.Goal, Text: (text ?? "").Trim());

        if (words.Grammar.GoalAction.Match(key) is { Success: true } action && words.GoalActions.TryGetValue(action.Groups["verb"].Value, out var kind))
            return new CoachCommand(kind, Goal: Number(action.Groups["goal"]));
        return null;
    }

    /// <summary>
    /// The command the whole text is: as written; without the polite words around it (when two words or more are
    /// left, so "can you help?" stays a question); without articles; or with two neighbouring letters swapped, the
    /// commonest slip of fast typing ("cancle", "exprot my data"). Other typos do not count here: an answer such as
    /// "expert" must never run "export".
    /// </summary>
    private static CoachCommand? WholePhrase(CommandWords words, string key)
    {
        foreach (var candidate in Variants(words, key))
        {
            var phrase = PhraseKey.Of(candidate);
            if (words.ByPhrase.TryGetValue(phrase, out var found)) return found;
            if (words.ByPhraseWithoutArticles.TryGetValue(PhraseKey.Of(candidate, words.Articles), out found)) return found;
        }
        foreach (var candidate in Variants(words, key))
        {
            var phrase = PhraseKey.Of(candidate, words.Articles);
            if (phrase.Length < 4) continue;
            foreach (var (known, command) in words.ByPhraseWithoutArticles)
                if (known.Length == phrase.Length && OneSwapApart(phrase, known)) return command;
        }
        return null;
    }

    private static IEnumerable<string> Variants(CommandWords words, string key)
    {
        yield return key;
        var trimmed = key;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var ending in words.PoliteEndings)
                if (trimmed.EndsWith(" " + ending, StringComparison.Ordinal)) { trimmed = trimmed[..^(ending.Length + 1)].TrimEnd(',', ' '); changed = true; }
            foreach (var opening in words.PoliteOpenings)
                if (trimmed.StartsWith(opening + " ", StringComparison.Ordinal)) { trimmed = trimmed[(opening.Length + 1)..].TrimStart(',', ' '); changed = true; }
        }
        if (trimmed != key && trimmed.Contains(' ')) yield return trimmed;
    }

    /// <summary>True when <paramref name="typed"/> is <paramref name="known"/> with two neighbouring letters swapped, once.</summary>
    private static bool OneSwapApart(string typed, string known)
    {
        var first = -1;
        for (var i = 0; i < typed.Length; i++)
        {
            if (typed[i] == known[i]) continue;
            if (first >= 0) return i == first + 1 && typed[first] == known[i] && typed[i] == known[first] && typed[(i + 1)..] == known[(i + 1)..];
            first = i;
        }
        return false;
    }

    /// <summary>A date keeps the final dot it was written with ("pause until 5.2." is 5 February, as at the date prompt).</summary>
    private static string AsWritten(string? text, string date) =>
        (text ?? "").TrimEnd().EndsWith(date + ".", StringComparison.OrdinalIgnoreCase) ? date + "." : date;

    private static int? Number(Group group) => group.Success && int.TryParse(group.Value, out var n) ? n : null;

    /// <summary>The text the patterns below read (they capture dates and zones as written): lower case, straight quotes, single spaces, trailing punctuation dropped.</summary>
    private static string Normalize(string? text)
    {
        var lowered = (text ?? "").Trim().ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
        lowered = string.Join(' ', lowered.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        return lowered == "?" ? lowered : lowered.TrimEnd('.', '!', '?', ' ').TrimStart('/');
    }
}
