using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Conversation;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Assessment;

/// <summary>
/// The one reader of a role someone says they hold today ("im a nurse", "i work as an admin assistant job"): an
/// opener of goal.currentRole.openers, then a careers.yaml role. Where the person is, never a goal. Three readings:
/// who they are, said alone at the menu (<see cref="Introduced"/>); the role with no aim said with it
/// (<see cref="Only"/>); and the role held, then a goal in a later clause (<see cref="ThenGoal"/>).
/// </summary>
public static class RoleHeld
{
    public const string Openers = "goal.currentRole.openers";
    public const string Heard = "goal.currentRole.heard";
    /// <summary>At the menu: the role heard, then a goal offered (a yes starts one).</summary>
    public const string HeardAtMenu = "menu.roleHeld";
    private const string AimCues = "assessment.listen.aimCues";

    private static readonly string[] Articles = ["a", "an", "the"];

    /// <summary>The phrase lists, parsed once per catalog and locale: <see cref="Only"/> runs on many menu turns.</summary>
    private sealed record Words(PhraseSet Openers, HashSet<string> WholeOpeners, PhraseSet AimCues);

    private static readonly ConditionalWeakTable<TextCatalog, ConcurrentDictionary<string, Words>> Cache = new();

    private static Words For(TextCatalog texts, string? locale) =>
        Cache.GetValue(texts, static _ => new ConcurrentDictionary<string, Words>(StringComparer.OrdinalIgnoreCase))
            .GetOrAdd(locale ?? TextCatalog.DefaultLocale, l => new Words(
                PhraseSet.Parse(texts.Get(Openers, l)),
                texts.Get(Openers, l).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(o => WithoutArticle(PhraseKey.Of(o))).ToHashSet(StringComparer.Ordinal),
                PhraseSet.Parse(texts.Get(AimCues, l))));

    /// <summary>
    /// "i am a nurse, 9 years, in the hospital", "im an accountant": who they are, as a self-introduction at the menu,
    /// which names no command. Only an opener right before a role careers.yaml knows counts, so the coach never says
    /// back a role it did not recognize. The role in their words ("office manager"), or null.
    /// </summary>
    public static string? Introduced(TextCatalog texts, string? text, string? locale = null)
    {
        if (string.IsNullOrWhiteSpace(text) || GoalVocabulary.From(texts, locale).Careers.FindRoles(text) is not [var mention, ..]) return null;
        return For(texts, locale).WholeOpeners.Contains(WithoutArticle(PhraseKey.Of(text[..mention.Start]))) ? mention.Text.ToLowerInvariant() : null;
    }

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
        if (!OpensWithARole(texts, PhraseSet.Words(before), locale)) return null;
        var role = RoleIn(texts, before, locale);
        return role is null ? null : (role, goal);
    }

    /// <summary>The role held, with no goal and none of assessment.listen.aimCues said with it; null otherwise.</summary>
    public static CareerRole? Only(TextCatalog texts, string? said, string? locale)
    {
        if (string.IsNullOrWhiteSpace(said)) return null;
        var words = PhraseSet.Words(said);
        if (!OpensWithARole(texts, words, locale)) return null;
        if (Commands.GoalStatement.Find(texts, said, locale) is not null || Commands.GoalStatement.FindInALaterClause(texts, said, locale) is not null) return null;
        if (For(texts, locale).AimCues.AnyIn(words)) return null;
        return RoleIn(texts, said, locale);
    }

    /// <summary>An opener in the first words ("right now i'm", "i work as").</summary>
    private static bool OpensWithARole(TextCatalog texts, IReadOnlyList<string> words, string? locale) =>
        For(texts, locale).Openers.Find(words).Any(hit => hit.Start <= 2);

    private static CareerRole? RoleIn(TextCatalog texts, string text, string? locale)
    {
        var careers = GoalVocabulary.From(texts, locale).Careers;
        return careers.FindJob(text)?.Role ?? careers.FindRoles(text).FirstOrDefault()?.Role;
    }

    /// <summary>"im a" and "im" open the same way: the article before the role is not part of the opener.</summary>
    private static string WithoutArticle(string phrase) =>
        phrase.LastIndexOf(' ') is var space and > 0 && Articles.Contains(phrase[(space + 1)..]) ? phrase[..space] : phrase;
}
