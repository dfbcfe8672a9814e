using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Plans;

/// <summary>
/// A plan's steps and their numbers. A step's number is its stable id ("s3" is step 3): it never changes while the
/// user edits, a new step gets the next free number (never one a removed step had), and the list is shown in date
/// order with those numbers. Nudges, history and check-ins keep the id, so they follow the step, not a position.
/// </summary>
public static class PlanSteps
{
    /// <summary>The number a step is shown and named by; 0 for a step without a proper id.</summary>
    public static int NumberOf(PlanStep step) =>
        step.Id.Length > 1 && step.Id[0] == 's' && int.TryParse(step.Id.AsSpan(1), out var n) && n > 0 ? n : 0;

    /// <summary>The steps as the user sees them: by date, then by number.</summary>
    public static IEnumerable<PlanStep> InDateOrder(Goal goal) => goal.Steps.OrderBy(s => s.Due).ThenBy(NumberOf);

    /// <summary>Keeps the stored list in date order (ids untouched), so the stored plan reads like the shown one.</summary>
    public static void Sort(Goal goal) => goal.Steps = InDateOrder(goal).ToList();

    /// <summary>The next free number: past every number the plan has had.</summary>
    public static int NextNumber(Goal goal) => Math.Max(goal.NextStepNumber, goal.Steps.Select(NumberOf).DefaultIfEmpty(0).Max() + 1);

    /// <summary>Adds <paramref name="step"/> under the next free number and returns it.</summary>
    public static PlanStep Add(Goal goal, PlanStep step)
    {
        var number = NextNumber(goal);
        step.Id = "s" + number;
        goal.NextStepNumber = number + 1;
        goal.Steps.Add(step);
        Sort(goal);
        return step;
    }

    /// <summary>
    /// Gives every step without a proper or unique id the next free number (the plan builder's "s1".."sn" stay as they
    /// are), and records the next free number. Returns the ids that changed (old id, new id).
    /// </summary>
    public static List<(string Old, string New)> AssignNumbers(Goal goal)
    {
        var changed = new List<(string, string)>();
        var seen = new HashSet<int>();
        var next = Math.Max(goal.NextStepNumber, goal.Steps.Select(NumberOf).DefaultIfEmpty(0).Max() + 1);
        foreach (var step in goal.Steps)
        {
            var n = NumberOf(step);
            if (n > 0 && seen.Add(n)) continue;
            var old = step.Id;
            step.Id = "s" + next;
            seen.Add(next++);
            changed.Add((old, step.Id));
        }
        goal.NextStepNumber = next;
        Sort(goal);
        return changed;
    }

    /// <summary>The step the user calls number <paramref name="number"/> (as shown), or null.</summary>
    public static PlanStep? Find(Goal goal, int number) => number < 1 ? null : goal.Steps.FirstOrDefault(s => NumberOf(s) == number);

    /// <summary>The goal the user calls number <paramref name="number"/> ("goal 2" is id g2).</summary>
    public static Goal? FindGoal(CoachingState state, int number) => state.Goals.FirstOrDefault(g => g.Id == "g" + number);

    public static int Number(Goal goal) => int.TryParse(goal.Id.AsSpan(1), out var n) ? n : 0;
}
