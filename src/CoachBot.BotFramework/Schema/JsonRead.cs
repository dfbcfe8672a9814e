using System.Text.Json;
using System.Text.Json.Nodes;

namespace CoachBot.BotFramework.Schema;

/// <summary>
/// Reads the parts of an activity the schema leaves open (<c>channelData</c>, an invoke's <c>value</c>, the peers of an
/// entity) whatever shape the sender gave them. Any sender with a valid Web Chat or Direct Line token can put a string,
/// an array or a number where a channel would put an object, so a step through something that is not an object, or a
/// value of another kind, reads as absent; nothing here throws.
/// </summary>
public static class JsonRead
{
    /// <summary>The node at <paramref name="path"/>, stepping through objects only; null when a step is missing or no object.</summary>
    public static JsonNode? At(JsonNode? node, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(name, out node)) return null;
        }
        return node;
    }

    /// <summary>The string at <paramref name="path"/>; null when it is missing or not a string.</summary>
    public static string? StringAt(JsonNode? node, params ReadOnlySpan<string> path) =>
        At(node, path) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary>The element at <paramref name="path"/>, stepping through objects only.</summary>
    public static JsonElement? At(JsonElement element, params ReadOnlySpan<string> path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        }
        return element;
    }

    public static string? StringAt(JsonElement element, params ReadOnlySpan<string> path) =>
        At(element, path) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    /// <summary>The items of the array at <paramref name="path"/>; empty when there is none.</summary>
    public static IEnumerable<JsonNode> ItemsAt(JsonNode? node, params ReadOnlySpan<string> path) =>
        At(node, path) is JsonArray array ? array.OfType<JsonNode>() : [];
}
