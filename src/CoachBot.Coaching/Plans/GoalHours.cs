using CoachBot.BotFramework.Builder;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Plans;

/// <summary>The hours a week the active goals ask for, against the hours the user said they have for all of them.</summary>
public static class GoalHours
{
    public static decimal Total(CoachingState state) => state.ActiveGoals.Sum(g => g.HoursPerWeek ?? 0);

    public static bool Over(CoachingState state) => state.WeeklyHours is { } available && Total(state) > available;

    /// <summary>Says so when the active goals need more hours than the user has; silent otherwise.</summary>
    public static void WarnWhenOver(CoachTexts texts, ITurnContext context, CoachingState state)
    {
        if (!Over(state)) return;
        texts.Say(context, GoalTexts.HoursOver, ("total", Total(state).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)),
            ("available", state.WeeklyHours!.Value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)));
    }
}
