using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Plans;

public enum PlanEditKind
{
    Finish, Done, Reopen, Skip, Remove, Move, Rename, Add,
    /// <summary>The goal's wording ("rename goal 2 to ...").</summary>
    RenameGoal,
    /// <summary>The goal's deadline ("change the deadline of goal 1 to 30 September").</summary>
    GoalDeadline,
    /// <summary>The goal's finish line ("change the finish line of goal 1 to a signed offer").</summary>
    GoalMeasure,
    /// <summary>Revert the last change to a plan.</summary>
    Undo,
    DropGoal,
    CompleteGoal,
}

/// <summary>
/// One change to a plan, typed the way people say it: "done 2", "mark 2 done", "remove 3", "move 2 to March 15",
/// "rename 1 to Update my CV", "add Talk to my manager by Friday", "finished". Steps are named as <see cref="StepReference"/>
/// reads them ("2", "step 2", "2.1" for step 1 of goal 2). Changes to the goal itself name it as "goal 2" (or mean the
/// goal being edited): "rename goal 2 to ...", "change the deadline of goal 1 to 30 September", "change the finish line to
/// ...", "drop goal 1", "complete goal"; "undo" reverts the last change. For those, <see cref="Goal"/> is the number named.
/// </summary>
public sealed partial record PlanEditCommand(PlanEditKind Kind, StepReference Step = default, string? Text = null)
{
    // The plan editor's grammar is still English regexes in C# (to move to intents.yaml like CommandGrammar's).
    private const string Ref = @"(?:step\s+)?" + StepReference.Number;

    /// <summary>The goal named by a change to the goal itself ("goal 2"); null when it means the goal being edited.</summary>
    public int? Goal => Kind >= PlanEditKind.RenameGoal ? Step.Goal : null;

    /// <summary>A change to a goal itself (wording, deadline, finish line, undo), as a command from anywhere; null for anything else.</summary>
    public static PlanEditCommand? ParseGoalChange(string? input) =>
        Parse(input) is { Kind: PlanEditKind.RenameGoal or PlanEditKind.GoalDeadline or PlanEditKind.GoalMeasure or PlanEditKind.Undo } change ? change : null;

    public static PlanEditCommand? Parse(string? input)
    {
        var text = (input ?? "").Trim().TrimEnd('.', '!').Replace('’', '\'');
        if (text.Length == 0) return null;
        if (Finish().IsMatch(text)) return new(PlanEditKind.Finish);
        if (Undo().IsMatch(text)) return new(PlanEditKind.Undo);
        if (GoalStatus().Match(text) is { Success: true } status)
            return new(status.Groups["verb"].Value.ToLowerInvariant() is "complete" or "finish" ? PlanEditKind.CompleteGoal : PlanEditKind.DropGoal, GoalRef(status));
        if (GoalDeadline().Match(text) is { Success: true } deadline) return new(PlanEditKind.GoalDeadline, GoalRef(deadline), deadline.Groups["rest"].Value.Trim());
        if (GoalMeasure().Match(text) is { Success: true } measure) return new(PlanEditKind.GoalMeasure, GoalRef(measure), measure.Groups["rest"].Value.Trim());
        if (RenameGoal().Match(text) is { Success: true } wording) return new(PlanEditKind.RenameGoal, GoalRef(wording), wording.Groups["rest"].Value.Trim());
        if (Done().Match(text) is { Success: true } done) return new(PlanEditKind.Done, StepReference.From(done));
        if (Reopen().Match(text) is { Success: true } reopen) return new(PlanEditKind.Reopen, StepReference.From(reopen));
        if (Skip().Match(text) is { Success: true } skip) return new(PlanEditKind.Skip, StepReference.From(skip));
        if (Remove().Match(text) is { Success: true } remove) return new(PlanEditKind.Remove, StepReference.From(remove));
        if (Move().Match(text) is { Success: true } move) return new(PlanEditKind.Move, StepReference.From(move), move.Groups["rest"].Value.Trim());
        if (Rename().Match(text) is { Success: true } rename) return new(PlanEditKind.Rename, StepReference.From(rename), rename.Groups["rest"].Value.Trim());
        if (Add().Match(text) is { Success: true } add) return new(PlanEditKind.Add, default, add.Groups["rest"].Value.Trim());
        return null;
    }

    private static StepReference GoalRef(Match match) =>
        new(match.Groups["goal"].Success && int.TryParse(match.Groups["goal"].Value, out var n) ? n : null, 0);

    private const string GoalName = @"(?:(?:my|the|this)\s+)?goal(?:\s*(?:number\s*|#\s*)?(?<goal>\d+))?(?:'s)?";

    [GeneratedRegex(@"^(?:undo|undo (?:that|it|this|the last change|my last change|last change)|revert(?: that| it| the last change)?|put it back|take that back)$", RegexOptions.IgnoreCase)]
    private static partial Regex Undo();

    [GeneratedRegex(@"^(?<verb>drop|abandon|delete|remove|complete|finish)\s+" + GoalName + "$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalStatus();

    [GeneratedRegex(@"^(?:(?:change|move|set|push|update|extend|shift|make)\s+(?:the\s+)?(?:deadline|due date|end date|target date|date)(?:\s+(?:of|for)\s+" + GoalName + @")?|(?:change|move|set|push|update|extend|shift)\s+" + GoalName + @"\s+(?:deadline|due date|end date|target date)|(?:the\s+)?(?:new\s+)?deadline(?:\s+(?:of|for)\s+" + GoalName + @")?(?:\s+is|:)|" + GoalName + @"\s+deadline(?:\s+is|:))\s*(?:to|until|till|by|on|back to|out to)?\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalDeadline();

    [GeneratedRegex(@"^(?:change|set|update|make|edit)\s+(?:the\s+)?(?:finish line|measure|success measure|finish|done criteria)(?:\s+(?:of|for)\s+" + GoalName + @")?\s*(?:to|:|as)\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalMeasure();

    [GeneratedRegex(@"^(?:rename|reword|rewrite|change|edit|update)\s+(?:the\s+(?:wording|text|name)\s+of\s+)?" + GoalName + @"\s*(?:to|as|into|:)\s*(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex RenameGoal();

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
