using CoachBot.Coaching.Conversation;

namespace CoachBot.Coaching.Assessment;

/// <summary>
/// Two things a list answer holds that are no item of it: a role the person had ("i used to be an office manager"),
/// which is experience to acknowledge, not an interest to be "drawn to"; and a bare time ("15 years ago", "back in
/// 2010"), which only says when. The words come from dialogs/ (assessment.listen.pastRoles, .timeItem, .timeUnits).
/// </summary>
public static class PastRole
{
    /// <summary>The role after a past-role lead-in, with its article as said ("an office manager"); null when the item is no past role.</summary>
    public static string? Of(string item, AssessmentWords words)
    {
        var text = item.Trim().TrimEnd('.', '!', ',', ';');
        var lower = AssessmentWords.Normalize(text);
        foreach (var lead in words.PastRoles)
            if (lower.Length > lead.Length && lower.StartsWith(lead + " ", StringComparison.Ordinal))
                return KeyPhrase.CleanOrEmpty(text[(lead.Length + 1)..], words) is { Length: > 0 } role && KeyPhrase.CanEcho(role) && NamesARole(role, words) ? role : null;
        return null;
    }

    // "i was happiest helping people" is no role: one is "a"/"an" something, or a role careers.yaml knows.
    private static bool NamesARole(string role, AssessmentWords words) =>
        AssessmentWords.Normalize(role).Split(' ', 2)[0] is "a" or "an" || words.Careers.FindRoles(role).Count > 0;

    /// <summary>The role as kept in the profile: without its article ("office manager").</summary>
    public static string Kept(string role)
    {
        var parts = role.Split(' ', 2);
        return parts.Length == 2 && AssessmentWords.Normalize(parts[0]) is "a" or "an" or "the" ? parts[1] : role;
    }

    /// <summary>True when the item only says when ("15 years ago", "last year", "back in 2010").</summary>
    public static bool IsOnlyTime(string item, AssessmentWords words)
    {
        var said = PhraseSet.Words(item);
        if (said.Count == 0 || !said.All(w => w.All(char.IsDigit) || words.TimeItem.Contains(w))) return false;
        return said.Any(w => words.TimeUnits.Contains(w) || w.Length == 4 && w.All(char.IsDigit));
    }
}
