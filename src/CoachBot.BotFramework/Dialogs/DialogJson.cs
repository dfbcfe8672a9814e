using System.Text.Json.Serialization;

namespace CoachBot.BotFramework.Dialogs;

/// <summary>
/// The dialog engine's own stored shapes (a prompt's options, the empty state of a stateless waterfall), source
/// generated: camelCase, nulls omitted, no type names (a stored stack must not name .NET types, so renaming a
/// class never breaks old records). A dialog's typed state comes with its own source-generated context.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Prompts.PromptOptions))]
[JsonSerializable(typeof(NoState))]
public sealed partial class DialogJsonContext : JsonSerializerContext;

/// <summary>The state of a waterfall that keeps nothing between its steps.</summary>
public sealed class NoState;
