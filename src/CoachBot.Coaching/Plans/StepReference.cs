using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Plans;

/// <summary>
/// A plan step as people name it, the one way both the global commands ("done 2", "done 2.1", "mark step 3 done") and
/// the plan editor ("remove 3", "move step 2 to Friday") read it: <c>2</c> or <c>step 2</c> is step 2 of the goal in
/// question, <c>2.1</c> is step 1 of goal 2 (the form the deadline nudge shows). Numbers are as the plan shows them.
/// </summary>
public readonly record struct StepReference(int? Goal, int Step)
{
    /// <summary>The number part of a reference, capturing the groups <c>goal</c> and <c>step</c>: "2", "2.1".</summary>
    public const string Number = @"(?:(?<goal>\d+)\.)?(?<step>\d+)";

    /// <summary>
    /// The reference inside a command's pattern: the number, after one of <paramref name="stepWords"/> or none ("step 2").
    /// The words are a regex group built from dialogs (intents.grammar.step), so the code holds none.
    /// </summary>
    public static string PatternOf(string stepWords) => $@"(?:{stepWords}\s+)?{Number}";

    /// <summary>The reference a command's match captured with <see cref="Pattern"/>.</summary>
    public static StepReference From(Match match) => new(
        match.Groups["goal"].Success && int.TryParse(match.Groups["goal"].Value, out var goal) ? goal : null,
        int.TryParse(match.Groups["step"].Value, out var step) ? step : 0);
}
