namespace CoachBot.BotFramework.Schema;

/// <summary>
/// What a channel can show and what it sends, in one table (DESIGN.md "Channels"): every "is this Teams or Slack"
/// question in the code asks this instead of comparing channel ids.
/// </summary>
/// <param name="AdaptiveCards">Renders Adaptive Cards (Teams up to schema 1.5); Slack turns them into images, so no.</param>
/// <param name="SuggestedActions">Shows suggested actions (buttons that vanish after use).</param>
/// <param name="SuggestedActionsInGroups">Also outside personal chats (Teams shows them only in personal chats).</param>
/// <param name="MaxSuggestedActions">How many suggested actions fit; a longer list is shown numbered instead.</param>
/// <param name="HeroCardButtons">Choices go on a hero card's buttons (Slack, which ignores suggested actions).</param>
/// <param name="SlackMarkdown">Formats rich text as Slack mrkdwn.</param>
/// <param name="MentionsInText">Puts an <c>&lt;at&gt;</c> mention of the bot into the text of group messages (Teams), which the adapter strips.</param>
/// <param name="RepliesToConversationUpdate">Accepts a reply whose replyToId is a conversationUpdate (Direct Line and Web Chat do not).</param>
/// <param name="FileAttachments">Saves a JSON attachment as a file (the terminal chat) instead of showing long text.</param>
/// <param name="UniversalActions">Card buttons are Adaptive Card <c>Action.Execute</c> (Teams): the press comes as an
/// <c>adaptiveCard/action</c> invoke the bot answers with a card, and the bot may update the card's message. Elsewhere
/// card buttons are <c>Action.Submit</c>, which arrive as a message.</param>
public sealed record ChannelCapabilities(
    bool AdaptiveCards = false,
    bool SuggestedActions = false,
    bool SuggestedActionsInGroups = false,
    int MaxSuggestedActions = 0,
    bool HeroCardButtons = false,
    bool SlackMarkdown = false,
    bool MentionsInText = false,
    bool RepliesToConversationUpdate = true,
    bool FileAttachments = false,
    bool UniversalActions = false)
{
    private static readonly ChannelCapabilities WebChat = new(AdaptiveCards: true, SuggestedActions: true, SuggestedActionsInGroups: true,
        MaxSuggestedActions: 6, RepliesToConversationUpdate: false);

    private static readonly Dictionary<string, ChannelCapabilities> Table = new(StringComparer.OrdinalIgnoreCase)
    {
        // Teams shows at most six suggested actions, and only in personal chats.
        [Channels.Msteams] = new(AdaptiveCards: true, SuggestedActions: true, MaxSuggestedActions: 6, MentionsInText: true,
            UniversalActions: true),
        [Channels.Emulator] = new(AdaptiveCards: true, SuggestedActions: true, SuggestedActionsInGroups: true, MaxSuggestedActions: 6),
        [Channels.Webchat] = WebChat,
        [Channels.DirectLine] = WebChat,
        [Channels.Slack] = new(HeroCardButtons: true, SlackMarkdown: true),
        [Channels.Terminal] = new(FileAttachments: true),
        // The conversation tests' channel behaves like the Emulator, so transcripts see cards and buttons.
        [Channels.Test] = new(AdaptiveCards: true, SuggestedActions: true, SuggestedActionsInGroups: true, MaxSuggestedActions: 6),
    };

    /// <summary>Plain text and numbered lists: what any channel we do not know is given.</summary>
    public static ChannelCapabilities Unknown { get; } = new();

    public static ChannelCapabilities For(string? channelId) =>
        channelId is not null && Table.TryGetValue(channelId, out var capabilities) ? capabilities : Unknown;

    /// <summary>Whether <paramref name="count"/> choices can go out as suggested actions in this conversation.</summary>
    public bool ShowsSuggestedActions(ConversationAccount? conversation, int count) =>
        SuggestedActions && count <= MaxSuggestedActions
        && (SuggestedActionsInGroups || conversation?.ConversationType is null or "personal");
}
