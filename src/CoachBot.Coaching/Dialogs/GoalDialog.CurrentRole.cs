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
    private const string CurrentRoleOpeners = "goal.currentRole.openers";
    private const string CurrentRoleHeard = "goal.currentRole.heard";

    /// <summary>The role a message only states as held ("im a nurse"), or null: no opener first, no role named, or an aim said with it.</summary>
    private CareerRole? RoleHeldOnly(ITurnContext context, string said)
    {
        var words = PhraseSet.Words(said);
        var openers = PhraseSet.Parse(_texts.Catalog.Get(CurrentRoleOpeners, context.Activity.Locale));
        if (!openers.Find(words).Any(hit => hit.Start <= 2)) return null;
        var locale = context.Activity.Locale;
        if (Commands.GoalStatement.Find(_texts.Catalog, said, locale) is not null || Commands.GoalStatement.FindInALaterClause(_texts.Catalog, said, locale) is not null) return null;
        if (PhraseSet.Parse(_texts.Catalog.Get("assessment.listen.aimCues", locale)).AnyIn(words)) return null;
        var careers = Vocabulary(context).Careers;
        return careers.FindJob(said)?.Role ?? careers.FindRoles(said).FirstOrDefault()?.Role;
    }

    /// <summary>True when the goal's text was only the role held: said back, kept in the profile if it has none, and the goal asked again.</summary>
    private bool HeardRoleHeld(ITurnContext context, GoalDraft draft, string said)
    {
        if (RoleHeldOnly(context, said) is not { } role) return false;
        var profile = CoachTurn.State(context).Profile;
        if (string.IsNullOrWhiteSpace(profile.CurrentRole)) profile.CurrentRole = role.Name;
        draft.Text = "";
        _texts.Say(context, CurrentRoleHeard, ("aRole", CareerVocabulary.WithArticle(role.Name)));
        return true;
    }
}
