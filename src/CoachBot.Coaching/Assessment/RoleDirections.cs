using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Assessment;

/// <summary>A role worth exploring and the user's skills it uses (none when only the field the user named suggests it).</summary>
public sealed record RoleDirection(CareerRole Role, IReadOnlyList<CareerSkill> Uses);

/// <summary>
/// Two or three roles for a user who doesn't know yet what they want: scored by the held skills each role needs
/// (careers.yaml), the field they named ("something in tech") and the work their five- and ten-year pictures name
/// ("leading a small analytics team" is data work), leaving out the role they have now.
/// </summary>
public static class RoleDirections
{
    public const int Max = 3;

    public static IReadOnlyList<RoleDirection> For(Profile profile, HeldSkills held, AssessmentWords words, string? hint)
    {
        var careers = words.Careers;
        var current = careers.FindRoles(profile.CurrentRole).Select(m => m.Role.Key).ToHashSet(StringComparer.Ordinal);
        var fieldRoles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in new[] { hint, profile.Vision5Years, profile.Vision10Years }.Concat(profile.Interests))
            if (careers.FindField(text) is { } field && words.FieldRoles.TryGetValue(field.Key, out var roles))
                fieldRoles.UnionWith(roles);

        var aimed = AimedRoles(careers, hint, profile.Vision5Years, profile.Vision10Years);

        return careers.Roles
            // Someone with a role the vocabulary knows is not pointed back at a starting job ("admin assistant" to an accountant).
            .Where(role => !current.Contains(role.Key) && !(role.Entry && current.Count > 0))
            .Select((role, order) =>
            {
                var uses = role.SkillKeys.Where(held.IsStrength).Select(k => held.Get(k)!).OrderByDescending(h => h.Weight).ToList();
                var score = uses.Sum(h => h.Weight) + (fieldRoles.Contains(role.Key) ? 2.5 : 0) + (aimed.Contains(role.Key) ? 3 : 0);
                // A field the user named narrows the roles: outside it, skills alone must carry a role.
                if (fieldRoles.Count > 0 && !fieldRoles.Contains(role.Key)) score -= 2;
                return (role, uses, score, order);
            })
            .Where(r => r.score > 0)
            .OrderByDescending(r => r.score).ThenBy(r => r.order)
            .Take(Max)
            .Select(r => new RoleDirection(r.role, r.uses.Take(2).Select(h => h.Skill).ToList()))
            .ToList();
    }

    /// <summary>The roles a picture of the future names, by a role's name or the words of its work ("analytics").</summary>
    private static HashSet<string> AimedRoles(CareerVocabulary careers, params string?[] texts)
    {
        var aimed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            aimed.UnionWith(careers.FindRoles(text).Select(m => m.Role.Key));
            var words = GoalWords.Split(text);
            for (var i = 0; i < words.Count; i++)
                if (careers.JobWordsAt(words, i) is { } job) aimed.Add(job.Role.Key);
        }
        return aimed;
    }
}
