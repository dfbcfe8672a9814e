using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Assessment;

/// <summary>
/// The role a message only states as held ("i work as an admin assistant job", "im a nurse"): an opener of
/// goal.currentRole.openers in its first words, a careers.yaml role, and no aim said with it (no goal opening,
/// none of assessment.listen.aimCues). Where the person is, never a goal.
/// </summary>
public static class RoleHeld
{
    public const string Openers = "goal.currentRole.openers";
    public const string Heard = "goal.currentRole.heard";
    /// <summary>At the menu: the role heard, then a goal offered (a yes starts one).</summary>
    public const string HeardAtMenu = "menu.roleHeld";

    /// <summary>
    /// "im a nurse and i want to move into health informatics": the role held, then the goal in a later clause. The
    /// role and the goal's words (as the goal dialog takes them); null when the message opens with no role held.
    /// </summary>
    public static (CareerRole Role, string Goal)? ThenGoal(TextCatalog texts, string? said, string? locale)
    {
        if (string.IsNullOrWhiteSpace(said) || Commands.GoalStatement.Find(texts, said, locale) is not null) return null;
        if (Commands.GoalStatement.FindInALaterClause(texts, said, locale) is not { } goal) return null;
        var at = said.LastIndexOf(goal, StringComparison.Ordinal);
        if (at <= 0) return null;
        var before = said[..at];
        if (!PhraseSet.Parse(texts.Get(Openers, locale)).Find(PhraseSet.Words(before)).Any(hit => hit.Start <= 2)) return null;
        var careers = GoalVocabulary.From(texts, locale).Careers;
        var role = careers.FindJob(before)?.Role ?? careers.FindRoles(before).FirstOrDefault()?.Role;
        return role is null ? null : (role, goal);
    }

    public static CareerRole? Only(TextCatalog texts, string? said, string? locale)
    {
        if (string.IsNullOrWhiteSpace(said)) return null;
        var words = PhraseSet.Words(said);
        if (!PhraseSet.Parse(texts.Get(Openers, locale)).Find(words).Any(hit => hit.Start <= 2)) return null;
        if (Commands.GoalStatement.Find(texts, said, locale) is not null || Commands.GoalStatement.FindInALaterClause(texts, said, locale) is not null) return null;
        if (PhraseSet.Parse(texts.Get("assessment.listen.aimCues", locale)).AnyIn(words)) return null;
        var careers = GoalVocabulary.From(texts, locale).Careers;
        return careers.FindJob(said)?.Role ?? careers.FindRoles(said).FirstOrDefault()?.Role;
    }
}
