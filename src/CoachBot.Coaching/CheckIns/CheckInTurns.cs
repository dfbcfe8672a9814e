using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Schema;
using CoachBot.BotFramework.State;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.CheckIns;

/// <summary>
/// Check-ins inside a turn: the hooks of a user's own turns (a reply cancels the reminder, the channel's zone is
/// taken, the due index follows the state) and the two halves of a proactive delivery (claim, then confirm).
/// </summary>
public static class CheckInTurns
{
    /// <summary>The user's check-in state, or null for a user who never set a schedule (nothing is added to their record).</summary>
    public static CheckInState? Find(ITurnContext context) =>
        context.Record.Properties.ContainsKey(CheckInState.PropertyName) || context.TurnState.ContainsKey(CreatedKey) ? Get(context, null) : null;

    /// <summary>The user's check-in state, created with the configured defaults when missing.</summary>
    public static CheckInState Get(ITurnContext context, CheckInOptions? options)
    {
        // A state created in this turn reaches the record only at the end of the turn; remember it for Find.
        context.TurnState[CreatedKey] = true;
        return context.GetProperty(CheckInState.PropertyName, CheckInJsonContext.Default.CheckInState, () => New(options ?? new CheckInOptions()));
    }

    private const string CreatedKey = "checkIns.created";

    private static CheckInState New(CheckInOptions o) => new()
    {
        Schedule = new CheckInSchedule
        {
            Day = o.DefaultDay,
            Time = o.DefaultTime,
            QuietStart = o.DefaultQuietStart,
            QuietEnd = o.DefaultQuietEnd,
        },
    };

    /// <summary>Before a user's message is handled: it counts as a reply, and the channel's zone is adopted unless the user named one.</summary>
    public static void OnUserMessage(ITurnContext context)
    {
        if (Find(context) is not { } state) return;
        var now = context.Clock.GetUtcNow();
        CheckInRules.OnUserMessage(state, now);
        if (!state.Schedule.TimeZoneFromUser && UserTimeZone.FromActivity(context.Activity) is { } zone && zone != state.Schedule.TimeZone)
        {
            state.Schedule.TimeZone = zone;
            CheckInRules.Reschedule(state, now);
        }
    }

    /// <summary>The app was uninstalled: nothing more is sent until the user comes back.</summary>
    public static void OnUninstalled(ITurnContext context)
    {
        if (Find(context) is not { } state) return;
        state.Schedule.Paused = PauseReason.Uninstalled;
        state.Pending = null;
    }

    /// <summary>After any turn: plans the next nudge and points the due index at the state's next due time.</summary>
    public static DateTimeOffset? Sync(ITurnContext context, CheckInOptions options)
    {
        if (Find(context) is not { } state) return null;
        CheckInRules.PlanNudge(state, CoachTurn.State(context), context.Clock.GetUtcNow(), options);
        var due = CheckInRules.DueUtc(state);
        // Delivery dropped the index rows while there was no personal conversation to write to: the first message
        // there points the index at what is due again.
        if (due != state.IndexedDueUtc || OpensThePersonalConversation(context))
        {
            state.IndexedDueUtc = due;
            if (due is { } at) context.UpsertDue(new DueEntry(at, context.UserKey));
        }
        return due;
    }

    private static bool OpensThePersonalConversation(ITurnContext context) =>
        context.Record.PersonalReference is null && context.Activity.Name != "ContinueConversation"
        && ConversationScopes.IsPersonal(context.Activity);

    /// <summary>
    /// The first half of a proactive delivery: decides what is due, records the claim in the state and collects the
    /// message. The adapter commits the claim with its conditional write, then sends (an instance that loses the
    /// write re-runs this on fresh state and finds nothing to send).
    /// </summary>
    public static Delivery? Claim(ITurnContext context, CoachTexts texts, CheckInOptions options, out DateTimeOffset? due)
    {
        due = null;
        if (Find(context) is not { } state) return null;
        var delivery = CheckInRules.Claim(state, CoachTurn.State(context), context.Clock.GetUtcNow(), options);
        if (delivery is not null) CheckInMessages.Send(context, texts, state, delivery);
        due = Sync(context, options);
        return delivery;
    }

    /// <summary>The second half: records how the send went, releasing the claim.</summary>
    public static DateTimeOffset? Confirm(ITurnContext context, Delivery delivery, SendOutcome outcome, CheckInOptions options)
    {
        if (Find(context) is not { } state) return null;
        CheckInRules.Confirm(state, delivery, outcome, context.Clock.GetUtcNow(), options);
        return Sync(context, options);
    }
}
