using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Plans;

public enum PlanEditKind { Finish, Done, Reopen, Skip, Remove, Move, Rename, Add }

/// <summary>
/// One change to a plan, typed the way people say it: "done 2", "mark 2 done", "remove 3", "move 2 to March 15",
/// "rename 1 to Update my CV", "add Talk to my manager by Friday", "finished". Step numbers are as shown in the plan.
/// </summary>
public sealed partial record PlanEditCommand(PlanEditKind Kind, int Step = 0, string? Text = null)
{
    public static PlanEditCommand? Parse(string? input)
    {
        var text = (input ?? "").Trim().TrimEnd('.', '!');
        if (text.Length == 0) return null;
        if (Finish().IsMatch(text)) return new(PlanEditKind.Finish);
        if (Done().Match(text) is { Success: true } done) return new(PlanEditKind.Done, Number(done));
        if (Reopen().Match(text) is { Success: true } reopen) return new(PlanEditKind.Reopen, Number(reopen));
        if (Skip().Match(text) is { Success: true } skip) return new(PlanEditKind.Skip, Number(skip));
        if (Remove().Match(text) is { Success: true } remove) return new(PlanEditKind.Remove, Number(remove));
        if (Move().Match(text) is { Success: true } move) return new(PlanEditKind.Move, Number(move), move.Groups["rest"].Value.Trim());
        if (Rename().Match(text) is { Success: true } rename) return new(PlanEditKind.Rename, Number(rename), rename.Groups["rest"].Value.Trim());
        if (Add().Match(text) is { Success: true } add) return new(PlanEditKind.Add, 0, add.Groups["rest"].Value.Trim());
        return null;
    }

    private static int Number(Match match) => int.Parse(match.Groups["n"].Value);

    [GeneratedRegex(@"^(?:finished|finish|done editing|looks good|that'?s it|that is it|no more|all good|save|save it|ok|okay|good|accept|i'?m done|we'?re done|no changes?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Finish();

    [GeneratedRegex(@"^(?:(?:mark\s+)?(?:step\s+)?(?<n>\d+)\s+(?:as\s+)?(?:done|complete|completed|finished)|(?:done|complete|completed|finished|tick|check)\s+(?:off\s+)?(?:step\s+)?(?<n>\d+))$", RegexOptions.IgnoreCase)]
    private static partial Regex Done();

    [GeneratedRegex(@"^(?:reopen|undo|not done|unmark)\s+(?:step\s+)?(?<n>\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Reopen();

    [GeneratedRegex(@"^skip\s+(?:step\s+)?(?<n>\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Skip();

    [GeneratedRegex(@"^(?:remove|delete|drop)\s+(?:step\s+)?(?<n>\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Remove();

    [GeneratedRegex(@"^(?:move|re-?date|reschedule|postpone|change (?:the )?date of|push)\s+(?:step\s+)?(?<n>\d+)\s+(?:to|until|till|by|on)?\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Move();

    [GeneratedRegex(@"^(?:rename|edit|change|reword)\s+(?:step\s+)?(?<n>\d+)\s+(?:to|as|into|:)\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Rename();

    [GeneratedRegex(@"^(?:add|new step|add step|add a step)\s*:?\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Add();
}
