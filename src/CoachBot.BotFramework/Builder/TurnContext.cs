using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CoachBot.BotFramework.Authentication;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;

namespace CoachBot.BotFramework.Builder;

/// <summary>The turn context the adapter builds for each run of a turn (a re-run after a conflict gets a new one).</summary>
internal sealed class TurnContext : ITurnContext
{
    private readonly List<Activity> _replies = [];
    private readonly Dictionary<string, (object? Value, Action<UserRecord> Save)> _properties = new(StringComparer.Ordinal);
    private readonly List<HistoryRow> _history = [];
    private readonly List<DueEntry> _due = [];

    private readonly IUserStore? _store;

    public TurnContext(Activity activity, BotClaims claims, string userKey, UserRecord record, bool isNewUser, TimeProvider clock,
        IUserStore? store = null)
    {
        _store = store;
        Activity = activity;
        Claims = claims;
        UserKey = userKey;
        Record = record;
        IsNewUser = isNewUser;
        Clock = clock;
    }

    public Activity Activity { get; }
    public BotClaims Claims { get; }
    public string UserKey { get; }
    public UserRecord Record { get; }
    public bool IsNewUser { get; }
    public TimeProvider Clock { get; }
    public IReadOnlyList<Activity> Replies => _replies;
    public bool Responded { get; private set; }
    public InvokeResponse? InvokeResponse { get; set; }
    public IDictionary<string, object> TurnState { get; } = new Dictionary<string, object>(StringComparer.Ordinal);
    internal IReadOnlyList<HistoryRow> History => _history;
    internal IReadOnlyList<DueEntry> Due => _due;
    internal bool DeleteRequested { get; private set; }

    public void SendActivity(string text) => SendActivity(Activity.CreateReply(text));

    public void SendActivity(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= Activity.ChannelId;
        activity.ServiceUrl ??= Activity.ServiceUrl;
        activity.Conversation ??= Activity.Conversation?.Clone();
        activity.From ??= Activity.Recipient?.CloneIdentity();
        activity.Recipient ??= Activity.From?.CloneIdentity();
        activity.Locale ??= Activity.Locale;
        _replies.Add(activity);
        if (!activity.IsType(ActivityTypes.Trace) && !activity.IsType(ActivityTypes.Typing)) Responded = true;
    }

    public T GetProperty<T>(string name, JsonTypeInfo<T> typeInfo, Func<T> create) where T : class
    {
        if (_properties.TryGetValue(name, out var cached) && cached.Value is T typed) return typed;
        T value = Record.Properties.TryGetValue(name, out var element)
            ? element.Deserialize(typeInfo) ?? create()
            : create();
        Track(name, typeInfo, value);
        return value;
    }

    public void SetProperty<T>(string name, JsonTypeInfo<T> typeInfo, T? value) where T : class => Track(name, typeInfo, value);

    private void Track<T>(string name, JsonTypeInfo<T> typeInfo, T? value) where T : class =>
        _properties[name] = (value, record =>
        {
            if (value is null) record.Properties.Remove(name);
            else record.Properties[name] = JsonSerializer.SerializeToElement(value, typeInfo);
        });

    public async Task<IReadOnlyList<HistoryRow>> ReadHistoryAsync(CancellationToken cancellationToken)
    {
        // A new user has nothing stored yet; rows appended in this turn are not committed yet either.
        if (_store is null || IsNewUser) return [];
        return await _store.ReadHistoryAsync(UserKey, cancellationToken).ConfigureAwait(false);
    }

    public void AppendHistory(HistoryRow row) => _history.Add(row);

    public void UpsertDue(DueEntry entry) => _due.Add(entry);

    public void DeleteUserData() => DeleteRequested = true;

    /// <summary>Writes the typed properties back into the record, ready to serialize.</summary>
    internal void FlushProperties()
    {
        foreach (var (_, (_, save)) in _properties) save(Record);
    }
}
