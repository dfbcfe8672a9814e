using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.BotFramework.Schema;

/// <summary>An address on a channel: a user or a bot.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    /// <summary>Only the identifying fields: what a reply or a stored reference needs.</summary>
    public ChannelAccount CloneIdentity() => new() { Id = Id, Name = Name, AadObjectId = AadObjectId, Role = Role };
}

public sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public ConversationAccount Clone() => new()
    {
        Id = Id, Name = Name, IsGroup = IsGroup, ConversationType = ConversationType, TenantId = TenantId,
        AadObjectId = AadObjectId, Role = Role,
    };
}

/// <summary>Everything needed to write into a conversation later, without an incoming activity.</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? Locale { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed class MessageReaction
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
