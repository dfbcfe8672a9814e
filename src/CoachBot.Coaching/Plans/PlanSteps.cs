using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Plans;

/// <summary>Keeping a plan tidy: steps in date order with ids that follow it ("s1", "s2"...), as the user sees them numbered.</summary>
public static class PlanSteps
{
    public static void Renumber(Goal goal)
    {
        goal.Steps = goal.Steps.OrderBy(s => s.Due).ThenBy(s => s.Status == StepStatus.Done ? 0 : 1).ToList();
        for (var i = 0; i < goal.Steps.Count; i++) goal.Steps[i].Id = "s" + (i + 1);
    }

    /// <summary>The step the user calls number <paramref name="number"/> (1-based, as shown), or null.</summary>
    public static PlanStep? Find(Goal goal, int number) =>
        number >= 1 && number <= goal.Steps.Count ? goal.Steps[number - 1] : null;

    /// <summary>The goal the user calls number <paramref name="number"/> ("goal 2" is id g2).</summary>
    public static Goal? FindGoal(CoachingState state, int number) => state.Goals.FirstOrDefault(g => g.Id == "g" + number);

    public static int Number(Goal goal) => int.TryParse(goal.Id.AsSpan(1), out var n) ? n : 0;
}
