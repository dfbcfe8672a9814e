using CoachBot.BotFramework.Builder;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Conversation;

/// <summary>
/// What the coach knows about a user that makes an answer personal: the goal in focus (the active goal due first),
/// the role it aims at (from careers.yaml, in the goal or the five-year vision), the skills rated lowest, the deadline.
/// </summary>
public sealed record CoachKnowledge(Goal? Goal, string? Role, IReadOnlyList<string> LowSkills, DateOnly? Deadline)
{
    public static CoachKnowledge Of(CoachingState state, CareerVocabulary careers)
    {
        var goal = state.ActiveGoals.OrderBy(g => g.Deadline ?? DateOnly.MaxValue).FirstOrDefault();
        var role = careers.FindRoles(goal?.Statement is { Length: > 0 } s ? s : goal?.Text).FirstOrDefault()?.Role
            ?? careers.FindRoles(state.Profile.Vision5Years).FirstOrDefault()?.Role;
        var low = state.Profile.Skills.Where(s => s.Rating <= 2).OrderBy(s => s.Rating).Take(2).Select(s => s.Name).ToList();
        return new CoachKnowledge(goal, role is null ? null : Smart.CareerVocabulary.WithArticle(role.Name), low, goal?.Deadline);
    }

    public static CoachKnowledge Of(ITurnContext context, CareerVocabulary careers) => Of(CoachTurn.State(context), careers);

    /// <summary>The goal as the coach quotes it: the SMART statement, else the user's words.</summary>
    public static string Quote(Goal goal) => goal.Statement is { Length: > 0 } statement ? statement : goal.Text;

    /// <summary>"a, b and c" in English; the locale's own joining comes with its dialogs.</summary>
    public static string JoinList(IReadOnlyList<string> items) =>
        items.Count <= 1 ? string.Concat(items) : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
