using System.Text.RegularExpressions;
using CoachBot.Coaching.Dialogs;

namespace CoachBot.Coaching.Commands;

/// <summary>
/// Recognizes the commands that work from anywhere ("my plan", "set a new goal", "delete my data", "done 2"...).
/// Only a message that is the command as a whole counts, so an answer that merely mentions a word ("I'd like more
/// help from my manager") is still an answer.
/// </summary>
public static partial class CommandRecognizer
{
    private static readonly (CoachCommandKind Kind, string[] Phrases)[] Phrases =
    [
        (CoachCommandKind.Help, ["help", "menu", "?", "what can you do", "options", "commands", "show menu", "main menu"]),
        (CoachCommandKind.SelfAssessment, ["self-assessment", "self assessment", "selfassessment", "assessment", "start self-assessment",
            "start the self-assessment", "do the self-assessment", "assess me", "start assessment", "my profile", "profile", "edit profile", "edit my profile"]),
        (CoachCommandKind.NewGoal, ["set a new goal", "new goal", "set a goal", "add a goal", "add goal", "set goal", "create a goal", "goal", "set new goal"]),
        (CoachCommandKind.MyPlan, ["my plan", "plan", "show my plan", "show plan", "my goals", "goals", "show my goals", "view plan", "view my plan"]),
        (CoachCommandKind.EditPlan, ["edit plan", "edit my plan", "change plan", "change my plan", "edit steps", "update plan", "update my plan"]),
        (CoachCommandKind.Schedule, ["schedule", "my schedule", "check-in schedule", "check in schedule", "change schedule", "checkins", "check-ins"]),
        (CoachCommandKind.Export, ["export my data", "export", "export data", "my data", "download my data", "show my data"]),
        (CoachCommandKind.Delete, ["delete my data", "delete data", "delete everything", "forget me", "delete my account", "erase my data", "remove my data"]),
        (CoachCommandKind.Cancel, ["cancel", "stop", "quit", "exit", "never mind", "nevermind", "abort"]),
        (CoachCommandKind.StartOver, ["start over", "restart", "reset", "start again", "begin again"]),
        (CoachCommandKind.AiOff, ["ai off", "turn off ai", "turn ai off", "no ai", "disable ai"]),
        (CoachCommandKind.AiOn, ["ai on", "turn on ai", "turn ai on", "enable ai"]),
    ];

    public static CoachCommand? Recognize(string? text)
    {
        // "set a new goal: <the goal>" carries the goal itself, so it may be long.
        if (NewGoalWithText().Match(UserTextLower(text)) is { Success: true } withText)
            return new CoachCommand(CoachCommandKind.NewGoal, Text: withText.Groups["text"].Value.Trim());

        var key = Normalize(text);
        if (key.Length == 0 || key.Length > 80) return null;

        foreach (var (kind, phrases) in Phrases)
            if (phrases.Contains(key)) return new CoachCommand(kind);

        if (EditPart().Match(key) is { Success: true } edit && AssessmentParts.Find(edit.Groups["part"].Value) is { } part)
            return new CoachCommand(CoachCommandKind.EditProfilePart, Part: part);

        if (StepDone().Match(key) is { Success: true } done)
            return new CoachCommand(CoachCommandKind.StepDone, Goal: Number(done.Groups["goal"]), Step: Number(done.Groups["step"]));

        if (GoalAction().Match(key) is { Success: true } action)
        {
            var kind = action.Groups["verb"].Value switch
            {
                "pause" => CoachCommandKind.PauseGoal,
                "resume" or "restart" or "unpause" => CoachCommandKind.ResumeGoal,
                "complete" or "finish" => CoachCommandKind.CompleteGoal,
                _ => CoachCommandKind.DropGoal,
            };
            return new CoachCommand(kind, Goal: Number(action.Groups["goal"]));
        }
        return null;
    }

    private static int? Number(Group group) => group.Success && int.TryParse(group.Value, out var n) ? n : null;

    private static string UserTextLower(string? text) => (text ?? "").Trim();

    /// <summary>Lower case, straight quotes, single spaces, trailing punctuation dropped.</summary>
    private static string Normalize(string? text)
    {
        var lowered = (text ?? "").Trim().ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
        lowered = string.Join(' ', lowered.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        return lowered == "?" ? lowered : lowered.TrimEnd('.', '!', '?', ' ').TrimStart('/');
    }

    [GeneratedRegex(@"^(?:edit|redo|update|change)\s+(?:my\s+)?(?<part>[a-z0-9 \-]+)$")]
    private static partial Regex EditPart();

    [GeneratedRegex(@"^(?:(?:mark\s+)?step\s+(?:(?<goal>\d+)\.)?(?<step>\d+)\s+(?:as\s+)?(?:done|complete|completed|finished)|(?:done|finished|completed)\s+(?:step\s+)?(?:(?<goal>\d+)\.)?(?<step>\d+))$")]
    private static partial Regex StepDone();

    [GeneratedRegex(@"^(?<verb>pause|resume|unpause|restart|complete|finish|drop|abandon|delete|remove)\s+(?:my\s+)?goal(?:\s+(?<goal>\d+))?$")]
    private static partial Regex GoalAction();

    [GeneratedRegex(@"^(?:set a new goal|new goal|set a goal|add a goal)\s*[:\-–]\s*(?<text>.{3,})$", RegexOptions.IgnoreCase)]
    private static partial Regex NewGoalWithText();
}
