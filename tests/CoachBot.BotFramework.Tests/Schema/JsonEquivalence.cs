using System.Text.Json;

namespace CoachBot.BotFramework.Tests.Schema;

/// <summary>
/// Deep equality of two JSON documents: same properties at every level (in any order), arrays in order, numbers by
/// their exact text, strings by value (escaping may differ). Names the first difference by its JSON path.
/// </summary>
public static class JsonEquivalence
{
    public static void AssertEquivalent(string expectedJson, string actualJson)
    {
        using var expected = JsonDocument.Parse(expectedJson);
        using var actual = JsonDocument.Parse(actualJson);
        if (FirstDifference(expected.RootElement, actual.RootElement, "$") is { } difference)
            Assert.Fail($"{difference}\nexpected: {expectedJson}\nactual:   {actualJson}");
    }

    public static string? FirstDifference(JsonElement expected, JsonElement actual, string path)
    {
        if (expected.ValueKind != actual.ValueKind)
            return $"{path}: expected {expected.ValueKind} {expected.GetRawText()}, got {actual.ValueKind} {actual.GetRawText()}";
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var actualProperties = actual.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
                foreach (var property in expected.EnumerateObject())
                {
                    if (!actualProperties.Remove(property.Name, out var value))
                        return $"{path}.{property.Name}: missing (expected {property.Value.GetRawText()})";
                    if (FirstDifference(property.Value, value, $"{path}.{property.Name}") is { } inner) return inner;
                }
                return actualProperties.Count == 0 ? null : $"{path}: unexpected properties {string.Join(", ", actualProperties.Keys)}";
            case JsonValueKind.Array:
                if (expected.GetArrayLength() != actual.GetArrayLength())
                    return $"{path}: expected {expected.GetArrayLength()} items, got {actual.GetArrayLength()}";
                var i = 0;
                foreach (var (e, a) in expected.EnumerateArray().Zip(actual.EnumerateArray()))
                {
                    if (FirstDifference(e, a, $"{path}[{i++}]") is { } inner) return inner;
                }
                return null;
            case JsonValueKind.String:
                return expected.GetString() == actual.GetString() ? null : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
            case JsonValueKind.Number:
                return expected.GetRawText() == actual.GetRawText() ? null : $"{path}: expected {expected.GetRawText()}, got {actual.GetRawText()}";
            default:
                return null; // true, false, null: the kinds already matched
        }
    }
}
