namespace CoachBot.Coaching.Dialogs;

/// <summary>
/// A goal while it is being refined, carried from one round of the refinement loop to the next (and saved in the
/// dialog frame, so a restart resumes it). <see cref="Asked"/> counts the questions per letter: after two tries the
/// coach accepts the letter as it is rather than nag.
/// </summary>
public sealed record GoalDraft(
    string Text = "",
    string? Measure = null,
    int? Confidence = null,
    decimal? Hours = null,
    string? Relevance = null,
    DateOnly? Deadline = null,
    string? Pending = null,
    Dictionary<string, int>? Asked = null)
{
    public int AskedCount(string question) => Asked?.GetValueOrDefault(question) ?? 0;

    public GoalDraft CountAsked(string question)
    {
        var asked = new Dictionary<string, int>(Asked ?? []);
        asked[question] = AskedCount(question) + 1;
        return this with { Asked = asked };
    }

    /// <summary>The goal in the user's words plus the finish line they added, for the LLM's rewrite.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string AnalyzedText => Measure is null ? Text : $"{Text}, {Measure}";
}
