// PLACEHOLDER until the smart branch lands: the real plan builder replaces this file.
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Plans;

public static class PlanBuilder
{
    public static List<PlanStep> Build(Goal goal, Profile profile, DateOnly today, TextCatalog texts, string? locale)
    {
        var deadline = goal.Deadline ?? today.AddMonths(6);
        var span = deadline.DayNumber - today.DayNumber;
        string[] titles = ["Research what it takes", "Make a weekly plan", "Do the work", "Finish"];
        return titles.Select((t, i) => new PlanStep { Id = $"s{i + 1}", Title = t, Due = today.AddDays(span * (i + 1) / titles.Length) }).ToList();
    }
}
