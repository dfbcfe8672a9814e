using CoachBot.BotFramework.Schema;

namespace CoachBot.Chat;

/// <summary>The one user and conversation of a terminal chat; makes the activities a channel would send.</summary>
internal sealed class TerminalSession(string userName, TimeProvider clock)
{
    private int _sequence;
    private readonly string _conversationId = "terminal-" + userName;

    public Activity Join() => Create(ActivityTypes.ConversationUpdate, activity =>
        activity.MembersAdded = [new ChannelAccount { Id = UserId, Name = userName }]);

    public Activity Message(string text) => Create(ActivityTypes.Message, activity =>
    {
        activity.Text = text;
        activity.TextFormat = "plain";
    });

    private string UserId => "terminal-user-" + userName;

    private Activity Create(string type, Action<Activity> fill)
    {
        var now = clock.GetLocalNow();
        var activity = new Activity
        {
            Type = type,
            Id = $"{now.ToUnixTimeMilliseconds()}-{Interlocked.Increment(ref _sequence)}",
            Timestamp = now.UtcDateTime.ToString("O"),
            LocalTimestamp = now.ToString("O"),
            LocalTimezone = clock.LocalTimeZone.Id,
            ChannelId = Channels.Terminal,
            From = new ChannelAccount { Id = UserId, Name = userName, Role = "user" },
            Recipient = new ChannelAccount { Id = "coachbot", Name = "CoachBot", Role = "bot" },
            Conversation = new ConversationAccount { Id = _conversationId, ConversationType = "personal" },
            Locale = System.Globalization.CultureInfo.CurrentCulture.Name is { Length: > 0 } culture ? culture : "en-US",
            DeliveryMode = DeliveryModes.ExpectReplies,
        };
        fill(activity);
        return activity;
    }
}
