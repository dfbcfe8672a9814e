using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CoachBot.BotFramework.Schema;

/// <summary>
/// A Bot Framework Activity (schema v3.1). Fields the channel sends that this class does not name are kept in
/// <see cref="Properties"/> and written back unchanged, so nothing the channel sent is lost.
/// Timestamps stay strings so a round trip reproduces them exactly; parsed views are offered beside them.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public string? Timestamp { get; set; }
    public string? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? CallerId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public List<MessageReaction>? ReactionsAdded { get; set; }
    public List<MessageReaction>? ReactionsRemoved { get; set; }
    public string? TopicName { get; set; }
    public string? Locale { get; set; }
    public string? Text { get; set; }
    public string? Speak { get; set; }
    public string? InputHint { get; set; }
    public string? Summary { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<Entity>? Entities { get; set; }
    public JsonNode? ChannelData { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Label { get; set; }
    public string? ValueType { get; set; }
    public JsonNode? Value { get; set; }
    public string? Name { get; set; }
    public ConversationReference? RelatesTo { get; set; }
    public string? Code { get; set; }
    public string? Expiration { get; set; }
    public string? Importance { get; set; }
    public string? DeliveryMode { get; set; }
    public List<string>? ListenFor { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>The client's local time with its offset, when the channel sent one (Emulator, Playground, Teams).</summary>
    [JsonIgnore]
    public DateTimeOffset? LocalTimestampValue =>
        DateTimeOffset.TryParse(LocalTimestamp, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out var value) ? value : null;

    [JsonIgnore]
    public DateTimeOffset? TimestampValue =>
        DateTimeOffset.TryParse(Timestamp, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal, out var value) ? value : null;

    public bool IsType(string type) => string.Equals(Type, type, StringComparison.Ordinal);

    /// <summary>The entities of one type (<c>mention</c>, <c>clientInfo</c>); a null in the list, which JSON allows, is skipped.</summary>
    public IEnumerable<Entity> EntitiesOfType(string type) =>
        Entities?.Where(e => e is not null && string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase)) ?? [];

    /// <summary>The reference a later proactive message needs (DESIGN.md "State").</summary>
    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = IsType(ActivityTypes.ConversationUpdate) && !ChannelCapabilities.For(ChannelId).RepliesToConversationUpdate ? null : Id,
        User = From?.CloneIdentity(),
        Bot = Recipient?.CloneIdentity(),
        Conversation = Conversation?.Clone(),
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    /// <summary>A message addressed back to the sender of this activity, in the same conversation.</summary>
    public Activity CreateReply(string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        From = Recipient?.CloneIdentity(),
        Recipient = From?.CloneIdentity(),
        Conversation = Conversation?.Clone(),
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        ReplyToId = IsType(ActivityTypes.ConversationUpdate) && !ChannelCapabilities.For(ChannelId).RepliesToConversationUpdate ? null : Id,
        Locale = Locale,
        Text = text,
    };

    /// <summary>A deep copy, through the wire format, so the copy shares no mutable state.</summary>
    public Activity Clone() =>
        JsonSerializer.Deserialize(JsonSerializer.SerializeToUtf8Bytes(this, BotJsonContext.Default.Activity),
            BotJsonContext.Default.Activity)!;
}
