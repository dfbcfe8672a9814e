using System.Text.Json.Nodes;

namespace CoachBot.BotFramework.Dialogs;

/// <summary>The persisted dialog stack of one user. Index 0 is the active (top) dialog, as in Bot Builder.</summary>
public sealed class DialogState
{
    public List<DialogInstance> DialogStack { get; set; } = [];
}

/// <summary>One frame of the stack: which dialog, at which version, with its own state.</summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";

    /// <summary>The dialog's version when the frame was pushed; a different version after a deployment resets the stack.</summary>
    public string? Version { get; set; }

    public JsonObject State { get; set; } = new();

    /// <summary>The stack of dialogs running inside this one, when it is a <see cref="ComponentDialog"/>.</summary>
    public List<DialogInstance>? InnerStack { get; set; }

    /// <summary>A waterfall's typed state as this turn has it (read once, saved by the waterfall); never stored as such.</summary>
    internal object? LoadedState;
}
