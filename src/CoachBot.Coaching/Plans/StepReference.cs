using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Plans;

/// <summary>
/// A plan step as people name it, the one way both the global commands ("done 2", "done 2.1", "mark step 3 done") and
/// the plan editor ("remove 3", "move step 2 to Friday") read it: <c>2</c> or <c>step 2</c> is step 2 of the goal in
/// question, <c>2.1</c> is step 1 of goal 2 (the form the deadline nudge shows). Numbers are as the plan shows them.
/// </summary>
public readonly record struct StepReference(int? Goal, int Step)
{
    /// <summary>The reference inside a command's pattern, capturing the groups <c>goal</c> and <c>step</c>.</summary>
    public const string Pattern = @"(?:step\s+)?(?:(?<goal>\d+)\.)?(?<step>\d+)";

    /// <summary>The reference a command's match captured with <see cref="Pattern"/>.</summary>
    public static StepReference From(Match match) => new(
        match.Groups["goal"].Success && int.TryParse(match.Groups["goal"].Value, out var goal) ? goal : null,
        int.TryParse(match.Groups["step"].Value, out var step) ? step : 0);
}
