namespace CoachBot.Coaching.Model;

/// <summary>What the self-assessment learned about the user. Every part can be empty (skipped) and edited alone later.</summary>
public sealed class Profile
{
    public List<string> Strengths { get; set; } = [];

    /// <summary>Weaknesses, framed as areas to grow.</summary>
    public List<string> GrowthAreas { get; set; } = [];

    public List<string> Interests { get; set; } = [];

    /// <summary>The values that matter most, ranked, at most three: picked from <c>assessment.values</c> or in the user's words.</summary>
    public List<ProfileChoice> Values { get; set; } = [];

    public string? WorkEnvironment { get; set; }

    public List<SkillRating> Skills { get; set; } = [];

    /// <summary>Picked from <c>assessment.transferable</c> or in the user's words.</summary>
    public List<ProfileChoice> TransferableSkills { get; set; } = [];

    public string? CurrentRole { get; set; }

    public string? Vision5Years { get; set; }

    public string? Vision10Years { get; set; }

    /// <summary>
    /// Results of assessments done elsewhere (StrengthsFinder themes, a Myers-Briggs type, feedback from others). New in
    /// this shape: a record stored before it has none and loads with an empty one, so no migration step is needed.
    /// </summary>
    public OutsideResults Outside { get; set; } = new();

    /// <summary>True once the user confirmed the profile summary.</summary>
    public bool Confirmed { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty =>
        Strengths.Count == 0 && GrowthAreas.Count == 0 && Interests.Count == 0 && Values.Count == 0 && Skills.Count == 0
        && TransferableSkills.Count == 0 && WorkEnvironment is null && CurrentRole is null && Vision5Years is null && Vision10Years is null
        && Outside.IsEmpty;
}

/// <summary>A skill and how good the user says they are at it, 1 (beginner) to 5 (expert).</summary>
public sealed record SkillRating(string Name, int Rating);

/// <summary>What outside assessments said: StrengthsFinder themes (as the theme names), a Myers-Briggs type ("INTJ"), feedback from others in the user's words.</summary>
public sealed class OutsideResults
{
    public List<string> Themes { get; set; } = [];

    public string? PersonalityType { get; set; }

    public List<string> Feedback { get; set; } = [];

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Themes.Count == 0 && PersonalityType is null && Feedback.Count == 0;
}
