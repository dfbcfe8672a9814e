using CoachBot.BotFramework.Schema;

namespace CoachBot.Hosting;

/// <summary>The fields every channel must send (spec A2010, A2020, A2060, A2080, A2300); a missing one is a 400.</summary>
internal static class ActivityValidation
{
    public static string? FindProblem(Activity? activity)
    {
        if (activity is null) return "The body is not an activity object.";
        if (string.IsNullOrWhiteSpace(activity.Type)) return "The activity has no 'type'.";
        if (string.IsNullOrWhiteSpace(activity.ChannelId)) return "The activity has no 'channelId'.";
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id)) return "The activity has no 'conversation.id'.";
        if (string.IsNullOrWhiteSpace(activity.From?.Id)) return "The activity has no 'from.id'.";
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) && activity.DeliveryMode != DeliveryModes.ExpectReplies)
            return "The activity has no 'serviceUrl' to reply to.";
        return ActivityIds.FindProblem(activity);
    }
}
