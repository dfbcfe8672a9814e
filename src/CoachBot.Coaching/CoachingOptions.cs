namespace CoachBot.Coaching;

/// <summary>The configuration section <c>Coaching</c>: what a deployment tells the coach about its people.</summary>
public sealed class CoachingOptions
{
    public const string SectionName = "Coaching";

    /// <summary>
    /// The employer's contact for when someone needs a person rather than a coach ("HR at hr@contoso.example", an
    /// employee assistance line). Given with the crisis reply and when a user asks for a real coach; empty: none.
    /// </summary>
    public string? SupportContact { get; set; }

    public IEnumerable<string> FindProblems()
    {
        if (SupportContact is { Length: > 300 }) yield return "Coaching:SupportContact must be at most 300 characters.";
    }
}
