using System.Text.Json.Nodes;
using CoachBot.BotFramework.State;

namespace CoachBot.Coaching.Plans;

/// <summary>
/// Version 3 -> 4: step ids become stable numbers. Before,
/// every edit renumbered the steps "s1".."sn" in date order, so an id named a position, and nudges and check-ins that
/// kept "g1/s2" could land on another step after a move. Now an id is for good: each goal gets <c>nextStepNumber</c>
/// (one past its highest number), a step without a proper or unique id gets the next free one, the stored list is kept
/// in date order. Plans stored by the old code already have "s1".."sn" in date order, so their ids, what the user saw
/// as step numbers, and the check-in references (<c>checkIns.nudgeStep</c>, <c>nudgedSteps</c>: "g1/s2") stay as they
/// are; of two steps with the same id the first keeps it (and the references), the other gets a new number.
/// </summary>
public sealed class StableStepIdsMigration : IRecordMigration
{
    public int FromVersion => 3;

    public void Migrate(JsonObject record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record["properties"]?["coach"]?["goals"] is not JsonArray goals) return;
        foreach (var goal in goals.OfType<JsonObject>())
        {
            if (goal["steps"] is not JsonArray steps)
            {
                goal["nextStepNumber"] = 1;
                continue;
            }
            var list = steps.OfType<JsonObject>().ToList();
            var seen = new HashSet<int>();
            var next = list.Select(s => NumberOf(s["id"])).DefaultIfEmpty(0).Max() + 1;
            foreach (var step in list)
            {
                var number = NumberOf(step["id"]);
                if (number > 0 && seen.Add(number)) continue;
                step["id"] = "s" + next;
                seen.Add(next++);
            }
            goal["nextStepNumber"] = next;
            // The stored list in date order (ISO dates sort as text), numbers breaking ties, as the plan is shown.
            var ordered = list.OrderBy(s => s["due"]?.GetValue<string>() ?? "", StringComparer.Ordinal).ThenBy(s => NumberOf(s["id"])).ToList();
            steps.Clear();
            foreach (var step in ordered) steps.Add(step);
        }
    }

    private static int NumberOf(JsonNode? id) =>
        id is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 1 && text[0] == 's'
            && int.TryParse(text.AsSpan(1), out var n) && n > 0 ? n : 0;
}

/// <summary>The coaching layer's record migration steps; the host adds them to the one chain.</summary>
public static class CoachingRecordMigrations
{
    public static IReadOnlyList<IRecordMigration> Steps { get; } = [new StableStepIdsMigration()];
}
