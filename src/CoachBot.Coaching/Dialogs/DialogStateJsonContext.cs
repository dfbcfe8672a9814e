using System.Text.Json.Serialization;

namespace CoachBot.Coaching.Dialogs;

/// <summary>
/// The stored shape of every coaching dialog's state, source generated: camelCase, nulls omitted, enums by name,
/// no type names. A change to a state's properties changes its waterfall's version, so stacks stored before a
/// deployment that reshaped them are reset with the friendly sentence instead of misread.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(GoalDraft))]
[JsonSerializable(typeof(GoalSettlement))]
[JsonSerializable(typeof(PlanEditState))]
[JsonSerializable(typeof(AssessmentProgress))]
[JsonSerializable(typeof(ScheduleRequest))]
[JsonSerializable(typeof(ReflectionState))]
[JsonSerializable(typeof(Commands.LeaveGoalRequest))]
public sealed partial class DialogStateJsonContext : JsonSerializerContext;
