namespace CoachBot.BotFramework.Dialogs;

/// <summary>
/// A stored stack frame names a dialog that no longer exists or whose version changed (a deployment happened
/// between two turns). <see cref="DialogManager"/> catches it and resets the stack with a friendly message.
/// </summary>
public sealed class DialogStackStaleException(string dialogId, string? storedVersion, string? currentVersion)
    : Exception($"The stored dialog '{dialogId}' (version '{storedVersion}') does not match the running one (version '{currentVersion ?? "missing"}').")
{
    public string DialogId { get; } = dialogId;
}
