using CoachBot.BotFramework.Text;

namespace CoachBot.BotFramework.Understanding.Facts;

/// <summary>Keys of dialogs/en-US/facts.yaml: what the coach says when it took more than was asked, or changed an earlier answer.</summary>
[TextKeys]
public static class FactTexts
{
    public const string Took = "facts.took";
    public const string TookWithAnswer = "facts.tookWithAnswer";
    public const string Changed = "facts.changed";
    public const string Joiner = "facts.joiner";
    public const string NameRating = "facts.name.rating";
    public const string NameHours = "facts.name.hours";
    public const string NameDeadline = "facts.name.deadline";
    public const string ValueRating = "facts.value.rating";
    public const string ValueHours = "facts.value.hours";
    public const string ValueDeadline = "facts.value.deadline";
    public const string ItemRating = "facts.item.rating";
    public const string ItemHours = "facts.item.hours";
    public const string ItemDeadline = "facts.item.deadline";

    /// <summary>The name, the value and the "noted as well" item sentence of a slot (schedules are said by the schedule dialog).</summary>
    public static (string Name, string Value, string Item)? KeysOf(FactSlot slot) => slot switch
    {
        FactSlot.Rating => (NameRating, ValueRating, ItemRating),
        FactSlot.WeeklyHours => (NameHours, ValueHours, ItemHours),
        FactSlot.Deadline => (NameDeadline, ValueDeadline, ItemDeadline),
        _ => null,
    };
}
