using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Dialogs;

/// <summary>Turns the user's words into the outcome part of a SMART statement: filler and deadline words dropped.</summary>
public static partial class GoalWording
{
    public static string Outcome(string text, string? deadlinePhrase)
    {
        var outcome = text.Trim();
        if (!string.IsNullOrEmpty(deadlinePhrase))
            outcome = outcome.Replace(deadlinePhrase, "", StringComparison.OrdinalIgnoreCase);
        outcome = Filler().Replace(outcome, "");
        outcome = TrailingDeadlineWord().Replace(outcome, "").Trim(' ', ',', '.', '!', ';', '-');
        if (outcome.Length == 0) return text.Trim();
        return char.ToUpperInvariant(outcome[0]) + outcome[1..];
    }

    [GeneratedRegex(@"^\s*(?:i\s+(?:really\s+)?(?:want|would like|'d like|wish|hope|plan|need)\s+to|i'?m\s+going\s+to|my\s+goal\s+is\s+to|i\s+will|to)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"\s+(?:by|before|within|in|until|no later than)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingDeadlineWord();
}
