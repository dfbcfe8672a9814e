using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Conversation;

/// <summary>What a coaching turn knows about its user: the coaching state, their time zone, today, and dates as they read them.</summary>
public static class CoachTurn
{
    /// <summary>The user's coaching state, read from the record once per turn and saved with it.</summary>
    public static CoachingState State(ITurnContext context) =>
        context.GetProperty(CoachingState.PropertyName, CoachingJsonContext.Default.CoachingState, () => new CoachingState());

    /// <summary>
    /// The one answer to "which zone is this user in", as an IANA id: the zone the user named for their check-ins,
    /// else the zone the channel sends (<see cref="UserTimeZone.FromActivity"/>), else the zone stored with their
    /// schedule; null when nothing says (then dates are read in UTC).
    /// </summary>
    public static string? ZoneId(ITurnContext context)
    {
        var schedule = CheckInTurns.Find(context)?.Schedule;
        if (schedule is { TimeZoneFromUser: true, TimeZone: { } named }) return named;
        return UserTimeZone.FromActivity(context.Activity) ?? schedule?.TimeZone;
    }

    public static TimeZoneInfo Zone(ITurnContext context) => UserTimeZone.Resolve(ZoneId(context));

    /// <summary>Today in the user's zone, by the turn's clock.</summary>
    public static DateOnly Today(ITurnContext context) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(context.Clock.GetUtcNow(), Zone(context)).DateTime);

    /// <summary>A date as the user reads it: "Wed, 30 June 2027".</summary>
    public static string Date(ITurnContext context, DateOnly date) => UserTimeZone.FormatDate(date, context.Activity.Locale);
}
