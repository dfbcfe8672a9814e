using System.Text.RegularExpressions;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Dialogs;

namespace CoachBot.Coaching.Commands;

/// <summary>
/// The command an intent of <c>dialogs/en-US/intents.yaml</c> (or a main-menu choice) stands for, with what the
/// sentence names: a profile part, a goal or step number, a schedule it states, "tomorrow" for a snooze.
/// </summary>
public static partial class IntentCommands
{
    public const string CommandsSet = "intents.commands";
    public const string SocialSet = "intents.social";

    public static CoachCommand? For(string key, string text, ScheduleWords? scheduleWords = null, string? locale = null)
    {
        var number = FirstNumber(text);
        return key switch
        {
            "help" => new(CoachCommandKind.Help),
            "selfAssessment" => new(CoachCommandKind.SelfAssessment),
            "editProfilePart" => PartIn(text) is { } part ? new(CoachCommandKind.EditProfilePart, Part: part) : new(CoachCommandKind.SelfAssessment),
            "newGoal" => new(CoachCommandKind.NewGoal),
            "myPlan" => new(CoachCommandKind.MyPlan),
            "editPlan" => new(CoachCommandKind.EditPlan, Goal: number),
            "schedule" => new(CoachCommandKind.Schedule, Text: ScheduleIn(text, scheduleWords, locale)),
            "stopCheckIns" => new(CoachCommandKind.Schedule, Text: "off"),
            "export" => new(CoachCommandKind.Export),
            "delete" => new(CoachCommandKind.Delete),
            "cancel" => new(CoachCommandKind.Cancel),
            "startOver" => new(CoachCommandKind.StartOver),
            "aiOn" => new(CoachCommandKind.AiOn),
            "aiOff" => new(CoachCommandKind.AiOff),
            "stepDone" => number is { } step ? new(CoachCommandKind.StepDone, Step: step) : new(CoachCommandKind.EditPlan),
            "pauseGoal" => new(CoachCommandKind.PauseGoal, Goal: number),
            "resumeGoal" => new(CoachCommandKind.ResumeGoal, Goal: number),
            "completeGoal" => new(CoachCommandKind.CompleteGoal, Goal: number),
            "dropGoal" => new(CoachCommandKind.DropGoal, Goal: number),
            "checkInStart" => new(CoachCommandKind.CheckInStart),
            "checkInSnooze" => new(CoachCommandKind.CheckInSnooze,
                Part: text.Contains("tomorrow", StringComparison.OrdinalIgnoreCase) ? CheckInCommands.SnoozeTomorrow : CheckInCommands.SnoozeHour),
            "checkInSkip" => new(CoachCommandKind.CheckInSkip),
            "pauseCheckIns" => new(CoachCommandKind.PauseCheckIns, Text: UntilIn(text)),
            "resumeCheckIns" => new(CoachCommandKind.ResumeCheckIns),
            _ => null,
        };
    }

    /// <summary>The profile part a sentence names ("can we redo the values part?"), longest name first.</summary>
    private static string? PartIn(string text)
    {
        var words = Regex.Split(text.ToLowerInvariant(), @"[^a-z0-9\-]+").Where(w => w.Length > 0).ToArray();
        for (var length = 3; length >= 1; length--)
            for (var i = 0; i + length <= words.Length; i++)
                if (AssessmentParts.Find(string.Join(' ', words, i, length)) is { } part) return part;
        return null;
    }

    /// <summary>A schedule the sentence states whole ("... every monday at 9"), from its first schedule word on.</summary>
    private static string? ScheduleIn(string text, ScheduleWords? words, string? locale)
    {
        if (words is null) return null;
        var lowered = text.ToLowerInvariant();
        var start = ScheduleStart().Match(lowered);
        if (!start.Success) return null;
        var candidate = lowered[start.Index..].Trim().TrimEnd('.', '!', '?');
        var change = ScheduleParser.Parse(candidate, words, locale);
        return change.IsEmpty ? null : candidate;
    }

    private static string? UntilIn(string text) =>
        Until().Match(text) is { Success: true } until ? until.Groups["date"].Value.Trim().TrimEnd('.', '!', '?') : null;

    private static int? FirstNumber(string text) =>
        Number().Match(text) is { Success: true } m && int.TryParse(m.Value, out var n) ? n : null;

    [GeneratedRegex(@"\b(?:every|each|on|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekdays|daily|weekly|monthly|twice|once)\b")]
    private static partial Regex ScheduleStart();

    [GeneratedRegex(@"\b(?:until|till|til)\s+(?<date>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Until();

    [GeneratedRegex(@"\b\d{1,2}\b")]
    private static partial Regex Number();
}
