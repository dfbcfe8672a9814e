using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Assessment;

/// <summary>A role worth exploring and the user's skills it uses (none when only the field the user named suggests it).</summary>
public sealed record RoleDirection(CareerRole Role, IReadOnlyList<CareerSkill> Uses);

/// <summary>
/// Two or three roles for a user who doesn't know yet what they want: scored by the held skills each role needs
/// (careers.yaml) and the field they named ("something in tech"), leaving out the role they have now.
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

        return careers.Roles
            .Where(role => !current.Contains(role.Key))
            .Select((role, order) =>
            {
                var uses = role.SkillKeys.Where(held.IsStrength).Select(k => held.Get(k)!).OrderByDescending(h => h.Weight).ToList();
                var score = uses.Sum(h => h.Weight) + (fieldRoles.Contains(role.Key) ? 2.5 : 0);
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
}
