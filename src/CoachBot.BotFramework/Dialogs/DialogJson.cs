using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CoachBot.BotFramework.Dialogs;

/// <summary>
/// How dialog options and waterfall values become JSON in the stored stack: camelCase, nulls omitted, no type
/// names (a stored stack must not name .NET types, so renaming a class never breaks old records).
/// </summary>
public static class DialogJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(DialogJsonContext.Default, new DefaultJsonTypeInfoResolver()),
    };
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Prompts.PromptOptions))]
public sealed partial class DialogJsonContext : JsonSerializerContext;
