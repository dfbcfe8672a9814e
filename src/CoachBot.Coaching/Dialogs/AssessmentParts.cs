using CoachBot.Coaching.Model;

namespace CoachBot.Coaching.Dialogs;

/// <summary>The parts of the self-assessment, in the order they are asked, and the names people use for them.</summary>
public static class AssessmentParts
{
    public const string Strengths = "strengths";
    public const string Growth = "growth";
    public const string Interests = "interests";
    public const string Values = "values";
    public const string Environment = "environment";
    public const string Skills = "skills";
    public const string Transferable = "transferable";
    public const string Role = "role";
    public const string Vision5 = "vision5";
    public const string Vision10 = "vision10";

    public static IReadOnlyList<string> All { get; } = [Strengths, Growth, Interests, Values, Environment, Skills, Transferable, Role, Vision5, Vision10];

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["strengths"] = Strengths, ["strength"] = Strengths,
        ["growth areas"] = Growth, ["growth"] = Growth, ["weaknesses"] = Growth, ["growth area"] = Growth,
        ["interests"] = Interests, ["passions"] = Interests, ["interests and passions"] = Interests,
        ["values"] = Values, ["priorities"] = Values, ["value"] = Values,
        ["work environment"] = Environment, ["environment"] = Environment,
        ["skills"] = Skills, ["skill"] = Skills, ["skills inventory"] = Skills,
        ["transferable skills"] = Transferable, ["transferable"] = Transferable,
        ["role"] = Role, ["current role"] = Role, ["job"] = Role,
        ["vision"] = Vision5, ["5 year vision"] = Vision5, ["5-year vision"] = Vision5, ["five year vision"] = Vision5,
        ["10 year vision"] = Vision10, ["10-year vision"] = Vision10, ["ten year vision"] = Vision10,
    };

    /// <summary>The part a user's words name ("edit my values", "redo growth areas"), or null.</summary>
    public static string? Find(string? name) => name is not null && Names.TryGetValue(name.Trim(), out var part) ? part : null;

    /// <summary>The part's current answer as one line, or null when it is empty.</summary>
    public static string? Current(Profile profile, string part) => part switch
    {
        Strengths => Join(profile.Strengths),
        Growth => Join(profile.GrowthAreas),
        Interests => Join(profile.Interests),
        Values => Join(profile.Values),
        Environment => profile.WorkEnvironment,
        Skills => Join(profile.Skills.Select(s => $"{s.Name} {s.Rating}/5").ToList()),
        Transferable => Join(profile.TransferableSkills),
        Role => profile.CurrentRole,
        Vision5 => profile.Vision5Years,
        Vision10 => profile.Vision10Years,
        _ => null,
    };

    private static string? Join(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(", ", items);
}
