using CoachBot.BotFramework.Builder;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Dialogs;

/// <summary>
/// The role held, said where the goal is asked ("i work as an admin assistant job", "im a nurse"): a statement of where
/// the person is, never a goal. Said back by the role's name, kept as the current role when the profile has none, and
/// the goal asked again. The words are goal.currentRole.* in dialogs/.
/// </summary>
public sealed partial class GoalDialog
{
    private CareerRole? RoleHeldOnly(ITurnContext context, string said) => Assessment.RoleHeld.Only(_texts.Catalog, said, context.Activity.Locale);

    /// <summary>The goal said after the role held ("im a nurse and i want to ..."), the role kept when the profile has none; null otherwise.</summary>
    private string? GoalAfterRoleHeld(ITurnContext context, string said)
    {
        if (Assessment.RoleHeld.ThenGoal(_texts.Catalog, said, context.Activity.Locale) is not { } found) return null;
        var profile = CoachTurn.State(context).Profile;
        if (string.IsNullOrWhiteSpace(profile.CurrentRole)) profile.CurrentRole = found.Role.Name;
        return found.Goal;
    }

    /// <summary>True when the goal's text was only the role held: said back, kept in the profile if it has none, and the goal asked again.</summary>
    private bool HeardRoleHeld(ITurnContext context, GoalDraft draft, string said)
    {
        if (RoleHeldOnly(context, said) is not { } role) return false;
        var profile = CoachTurn.State(context).Profile;
        if (string.IsNullOrWhiteSpace(profile.CurrentRole)) profile.CurrentRole = role.Name;
        draft.Text = "";
        _texts.Say(context, Assessment.RoleHeld.Heard, ("aRole", CareerVocabulary.WithArticle(role.Name)));
        return true;
    }
}
