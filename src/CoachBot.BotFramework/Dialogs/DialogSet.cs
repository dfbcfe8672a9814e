namespace CoachBot.BotFramework.Dialogs;

/// <summary>The dialogs that can run at one level of a conversation, found by id.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
            throw new InvalidOperationException($"A dialog with id '{dialog.Id}' is already in this set.");
        return this;
    }

    public Dialog? Find(string id) => _dialogs.GetValueOrDefault(id);

    public IEnumerable<Dialog> All => _dialogs.Values;

    /// <summary>A version for a set of dialogs: changes when any member's id or version changes.</summary>
    public string Version => string.Join(";", _dialogs.Values.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => d.Id + "=" + d.Version));
}
