using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Plans;

public enum PlanEditKind { Finish, Done, Reopen, Skip, Remove, Move, Rename, Add }

/// <summary>
/// One change to a plan, typed the way people say it: "done 2", "mark 2 done", "remove 3", "move 2 to March 15",
/// "rename 1 to Update my CV", "add Talk to my manager by Friday", "finished". Steps are named as <see cref="StepReference"/>
/// reads them ("2", "step 2", "2.1" for step 1 of goal 2).
/// </summary>
public sealed partial record PlanEditCommand(PlanEditKind Kind, StepReference Step = default, string? Text = null)
{
    private const string Ref = StepReference.Pattern;

    public static PlanEditCommand? Parse(string? input)
    {
        var text = (input ?? "").Trim().TrimEnd('.', '!');
        if (text.Length == 0) return null;
        if (Finish().IsMatch(text)) return new(PlanEditKind.Finish);
        if (Done().Match(text) is { Success: true } done) return new(PlanEditKind.Done, StepReference.From(done));
        if (Reopen().Match(text) is { Success: true } reopen) return new(PlanEditKind.Reopen, StepReference.From(reopen));
        if (Skip().Match(text) is { Success: true } skip) return new(PlanEditKind.Skip, StepReference.From(skip));
        if (Remove().Match(text) is { Success: true } remove) return new(PlanEditKind.Remove, StepReference.From(remove));
        if (Move().Match(text) is { Success: true } move) return new(PlanEditKind.Move, StepReference.From(move), move.Groups["rest"].Value.Trim());
        if (Rename().Match(text) is { Success: true } rename) return new(PlanEditKind.Rename, StepReference.From(rename), rename.Groups["rest"].Value.Trim());
        if (Add().Match(text) is { Success: true } add) return new(PlanEditKind.Add, default, add.Groups["rest"].Value.Trim());
        return null;
    }

    [GeneratedRegex(@"^(?:finished|finish|done editing|looks good|that'?s it|that is it|no more|all good|save|save it|ok|okay|good|accept|i'?m done|we'?re done|no changes?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Finish();

    [GeneratedRegex(@"^(?:(?:mark\s+)?" + Ref + @"\s+(?:as\s+)?(?:done|complete|completed|finished)|(?:done|complete|completed|finished|tick|check)\s+(?:off\s+)?" + Ref + ")$", RegexOptions.IgnoreCase)]
    private static partial Regex Done();

    [GeneratedRegex(@"^(?:reopen|undo|not done|unmark)\s+" + Ref + "$", RegexOptions.IgnoreCase)]
    private static partial Regex Reopen();

    [GeneratedRegex(@"^skip\s+" + Ref + "$", RegexOptions.IgnoreCase)]
    private static partial Regex Skip();

    [GeneratedRegex(@"^(?:remove|delete|drop)\s+" + Ref + "$", RegexOptions.IgnoreCase)]
    private static partial Regex Remove();

    [GeneratedRegex(@"^(?:move|re-?date|reschedule|postpone|change (?:the )?date of|push)\s+" + Ref + @"\s+(?:to|until|till|by|on)?\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Move();

    [GeneratedRegex(@"^(?:rename|edit|change|reword)\s+" + Ref + @"\s+(?:to|as|into|:)\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Rename();

    [GeneratedRegex(@"^(?:add|new step|add step|add a step)\s*:?\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Add();
}
