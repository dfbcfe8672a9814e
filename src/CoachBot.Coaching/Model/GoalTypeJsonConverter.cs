using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Coaching.Model;

/// <summary>
/// Reads a goal type by its name, its template key ("jobSearch") or the name it had before the template keys
/// ("NewSkill", "Network"); writes the name. An unknown name reads as Generic rather than failing the whole record:
/// the plan builder re-classifies a Generic goal from its text.
/// </summary>
public sealed class GoalTypeJsonConverter : JsonConverter<GoalType>
{
    private static readonly Dictionary<string, GoalType> Legacy = new(StringComparer.OrdinalIgnoreCase)
    {
        ["NewSkill"] = GoalType.LearnSkill,
        ["Network"] = GoalType.Networking,
    };

    public static GoalType Parse(string? name) =>
        name is null ? GoalType.Generic
        : Enum.TryParse<GoalType>(name, ignoreCase: true, out var type) && Enum.IsDefined(type) ? type
        : Legacy.GetValueOrDefault(name, GoalType.Generic);

    public override GoalType Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.String => Parse(reader.GetString()),
            JsonTokenType.Number when reader.TryGetInt32(out var n) && Enum.IsDefined((GoalType)n) => (GoalType)n,
            _ => GoalType.Generic,
        };

    public override void Write(Utf8JsonWriter writer, GoalType value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
