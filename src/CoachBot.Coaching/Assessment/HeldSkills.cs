using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Assessment;

/// <summary>A careers.yaml skill the profile says the user has: how strongly, and whether only outside results say so.</summary>
public sealed record HeldSkill(CareerSkill Skill, double Weight, bool FromOutsideOnly);

/// <summary>
/// What the profile says about skills, in careers.yaml keys: the ones held (strengths, transferable skills, skills
/// rated 3 or more, interests, and outside results, which weigh less than the user's own words), the ones rated,
/// and the growth areas.
/// </summary>
public sealed class HeldSkills
{
    private readonly Dictionary<string, HeldSkill> _held = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _rated = new(StringComparer.Ordinal);
    private readonly HashSet<string> _growth = new(StringComparer.Ordinal);

    public HeldSkills(Profile profile, AssessmentWords words)
    {
        var careers = words.Careers;
        foreach (var rated in profile.Skills)
            foreach (var skill in SkillsIn(careers, rated.Name))
                _rated.TryAdd(skill.Key, rated.Rating);
        foreach (var item in profile.GrowthAreas)
            foreach (var skill in SkillsIn(careers, item)) _growth.Add(skill.Key);

        foreach (var item in profile.Strengths) Add(SkillsIn(careers, item), 2, false);
        foreach (var item in profile.TransferableSkills)
            Add(item.Key is { } key && careers.Skill(key) is { } known ? [known] : SkillsIn(careers, item.Text), 2, false);
        foreach (var (key, rating) in _rated)
            if (rating >= 3) Add([careers.Skill(key)!], rating >= 4 ? 2 : 1, false);
        foreach (var item in profile.Interests) Add(SkillsIn(careers, item), 1, false);

        foreach (var theme in words.Themes.Where(t => profile.Outside.Themes.Contains(t.Name)))
            Add(theme.SkillKeys.Select(careers.Skill).OfType<CareerSkill>(), 2, true);
        foreach (var letter in profile.Outside.PersonalityType?.Take(4) ?? [])
            if (words.TypeLeans.TryGetValue(letter, out var leans)) Add(leans.Select(careers.Skill).OfType<CareerSkill>(), 0.5, true);
        foreach (var said in profile.Outside.Feedback) Add(careers.FindSkills(said), 1, true);
    }

    public IReadOnlyCollection<HeldSkill> All => _held.Values;

    /// <summary>Held, and not rated low or named as a growth area.</summary>
    public bool IsStrength(string key) =>
        _held.ContainsKey(key) && !_growth.Contains(key) && (!_rated.TryGetValue(key, out var rating) || rating >= 3);

    public HeldSkill? Get(string key) => _held.GetValueOrDefault(key);

    public int? Rating(string key) => _rated.TryGetValue(key, out var rating) ? rating : null;

    public bool IsGrowthArea(string key) => _growth.Contains(key);

    private void Add(IEnumerable<CareerSkill> skills, double weight, bool outside)
    {
        foreach (var skill in skills)
        {
            _held[skill.Key] = _held.TryGetValue(skill.Key, out var had)
                ? had with { Weight = had.Weight + weight, FromOutsideOnly = had.FromOutsideOnly && outside }
                : new HeldSkill(skill, weight, outside);
        }
    }

    /// <summary>The skills a phrase names: the whole phrase as one skill ("presenting"), else every skill inside it.</summary>
    private static IReadOnlyList<CareerSkill> SkillsIn(CareerVocabulary careers, string phrase) =>
        careers.SkillNamedBy(phrase) is { } whole ? [whole] : careers.FindSkills(phrase);
}
