using System.Globalization;
using CoachBot.BotFramework.Builder;
using CoachBot.BotFramework.Dialogs.Prompts;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;

using CoachBot.Coaching.Dialogs;

namespace CoachBot.Coaching.CheckIns;

/// <summary>
/// The proactive messages. Each says why it came and how to change or stop it (research notes 1.4), and offers
/// what to do next as buttons the channel can show.
/// </summary>
public static class CheckInMessages
{
    public static void Send(ITurnContext context, CoachTexts texts, CheckInState state, Delivery delivery)
    {
        var why = texts.Text(context, CheckInTexts.Why, ("cadence", Describe(texts, context, state.Schedule)));
        switch (delivery.Kind)
        {
            case DeliveryKind.CheckIn:
                // "your goals" only when there are goals: one is "your goal", none is a look at where they are.
                var goals = CoachTurn.State(context).ActiveGoals.Count();
                WithChoices(context, texts.Text(context, goals switch { 0 => CheckInTexts.InviteNoGoal, 1 => CheckInTexts.InviteOneGoal, _ => CheckInTexts.Invite },
                        ("cadence", ScheduleTexts.CadenceWord(state.Schedule.Cadence, texts.Catalog, context.Activity.Locale))) + "\n\n" + why,
                    texts.Choices(context, CheckInTexts.InviteAnswers));
                break;
            case DeliveryKind.Snoozed:
                WithChoices(context, texts.Text(context, CheckInTexts.InviteAgain), texts.Choices(context, CheckInTexts.InviteAnswers));
                break;
            case DeliveryKind.Reminder:
                var date = Occurrences.LocalDate(state.Schedule.TimeZone, delivery.Id);
                WithChoices(context, texts.Text(context, CheckInTexts.Reminder, ("date", CoachTurn.Date(context, date))) + "\n\n" + why,
                    texts.ChoicesAmong(context, CheckInTexts.InviteAnswers, InviteAnswer.StartNow, InviteAnswer.SkipThisTime));
                break;
            case DeliveryKind.Nudge:
                if (FindStep(CoachTurn.State(context), delivery.StepKey) is not { } found) return;
                var number = PlanSteps.NumberOf(found.Step); // the step's own number, as the plan shows it
                context.SendActivity(texts.Text(context, CheckInTexts.Nudge, ("step", found.Step.Title), ("goal", PlanSteps.Number(found.Goal)),
                    ("number", number), ("date", CoachTurn.Date(context, found.Step.Due))) + "\n\n" + why);
                break;
        }
    }

    /// <summary>"every Monday at 09:00", "every weekday (Monday to Friday) at 13:30", "monthly on days 1 and 15 at 09:00", "off".</summary>
    public static string Describe(CoachTexts texts, ITurnContext context, CheckInSchedule schedule) =>
        ScheduleTexts.Describe(schedule, texts.Catalog, context.Activity.Locale);

    /// <summary>A moment in the user's zone, as they read it: "Mon, 5 January 2027 at 09:00".</summary>
    public static string When(ITurnContext context, CheckInSchedule schedule, DateTimeOffset utc)
    {
        var local = TimeZoneInfo.ConvertTime(utc, UserTimeZone.Resolve(schedule.TimeZone));
        return UserTimeZone.FormatDate(DateOnly.FromDateTime(local.DateTime), context.Activity.Locale) + " at " + Time(TimeOnly.FromDateTime(local.DateTime));
    }

    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    // A card rather than suggested actions: a check-in may be answered hours later, after other messages.
    private static void WithChoices(ITurnContext context, string text, IReadOnlyList<Choice> choices) =>
        context.SendActivity(ChoiceFactory.ForChannel(context.Activity, text, choices, style: ChoiceStyle.Card));

    internal static (Goal Goal, PlanStep Step)? FindStep(CoachingState plan, string? key)
    {
        if (key?.Split('/') is not [var goalId, var stepId]) return null;
        var goal = plan.Goals.FirstOrDefault(g => g.Id == goalId);
        var step = goal?.Steps.FirstOrDefault(s => s.Id == stepId);
        return goal is null || step is null ? null : (goal, step);
    }
}
