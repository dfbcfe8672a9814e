using System.Globalization;
using Humanizer;

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
    public const string Outside = "outside";

    public static IReadOnlyList<string> All { get; } = [Strengths, Growth, Interests, Values, Environment, Skills, Transferable, Role, Vision5, Vision10, Outside];

    /// <summary>
    /// How many questions the assessment asks, in words in the user's language ("eleven"), for the sentences that say
    /// so ({count} in assessment.intro and menu.whereToStart.fresh): counted from <see cref="All"/>, never written down.
    /// </summary>
    public static string CountInWords(string? locale)
    {
        CultureInfo culture;
        try { culture = CultureInfo.GetCultureInfo(string.IsNullOrEmpty(locale) ? "en-US" : locale); }
        catch (CultureNotFoundException) { culture = CultureInfo.GetCultureInfo("en-US"); }
        return All.Count.ToWords(culture);
    }

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
        ["outside assessments"] = Outside, ["outside results"] = Outside, ["strengthsfinder"] = Outside,
        ["myers-briggs"] = Outside, ["myers briggs"] = Outside, ["mbti"] = Outside, ["feedback"] = Outside,
    };

    /// <summary>The part asked after <paramref name="part"/>, or null after the last.</summary>
    public static string? After(string part) => All.SkipWhile(p => p != part).Skip(1).FirstOrDefault();

    /// <summary>The part asked before <paramref name="part"/>, or null before the first.</summary>
    public static string? Before(string part) => All.TakeWhile(p => p != part).LastOrDefault();

    /// <summary>The part a user's words name ("edit my values", "redo growth areas"), or null.</summary>
    public static string? Find(string? name) => name is not null && Names.TryGetValue(name.Trim(), out var part) ? part : null;
}
