using System.Collections.Frozen;
using System.Text.RegularExpressions;
using CoachBot.BotFramework.Recognizers;
using CoachBot.Coaching.CheckIns;
using CoachBot.Coaching.Dialogs;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Commands;

/// <summary>
/// Recognizes the commands that work from anywhere ("my plan", "set a new goal", "delete my data", "done 2"...).
/// Only a message that is the command as a whole counts, so an answer that merely mentions a word ("I'd like more
/// help from my manager") is still an answer.
/// </summary>
public static partial class CommandRecognizer
{
    private static readonly (CoachCommandKind Kind, string[] Phrases)[] PhrasesAsWritten =
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
        (CoachCommandKind.AiOff, ["ai off", "turn off ai", "turn ai off", "no ai", "disable ai", "ai suggestions off", "turn off ai suggestions"]),
        (CoachCommandKind.AiOn, ["ai on", "turn on ai", "turn ai on", "enable ai", "ai suggestions on", "turn on ai suggestions", "turn ai back on"]),
        (CoachCommandKind.CheckInStart, ["start now", "check in", "check-in", "checkin", "start check-in", "start check in", "start my check-in",
            "start the check-in", "do a check-in", "do my check-in", "reflect", "reflection", "start reflection", "let's reflect", "let's check in"]),
        (CoachCommandKind.ResumeCheckIns, ["resume", "resume check-ins", "resume checkins", "resume check ins", "unpause check-ins",
            "restart check-ins", "start check-ins", "check-ins on", "turn on check-ins"]),
        (CoachCommandKind.PauseCheckIns, ["pause check-ins", "pause checkins", "pause check ins", "pause my check-ins"]),
    ];

    // Check-in answers and schedule changes that carry a detail (which snooze, which skip, the new schedule).
    private static readonly (string[] Phrases, CoachCommand Command)[] CheckInPhrasesAsWritten =
    [
        (["snooze", "snooze an hour", "snooze 1 hour", "snooze one hour", "snooze for an hour", "snooze for 1 hour", "remind me in an hour"],
            new CoachCommand(CoachCommandKind.CheckInSnooze, Part: CheckInCommands.SnoozeHour)),
        (["snooze until tomorrow", "snooze till tomorrow", "until tomorrow", "snooze to tomorrow", "remind me tomorrow"],
            new CoachCommand(CoachCommandKind.CheckInSnooze, Part: CheckInCommands.SnoozeTomorrow)),
        (["skip this time", "skip this check-in", "skip the check-in", "skip check-in", "skip this week", "skip next check-in",
            "skip the next check-in", "skip this one check-in"], new CoachCommand(CoachCommandKind.CheckInSkip)),
        (["stop check-ins", "stop checkins", "stop check ins", "turn off check-ins", "check-ins off", "no more check-ins"],
            new CoachCommand(CoachCommandKind.Schedule, Text: "off")),
    ];

    /// <summary>Every phrase by its <see cref="PhraseKey"/>, the way an answer is compared with it.</summary>
    private static readonly FrozenDictionary<string, CoachCommand> ByPhrase = PhrasesAsWritten
        .SelectMany(p => p.Phrases.Select(phrase => (Key: PhraseKey.Of(phrase), Command: new CoachCommand(p.Kind))))
        .Concat(CheckInPhrasesAsWritten.SelectMany(p => p.Phrases.Select(phrase => (Key: PhraseKey.Of(phrase), p.Command))))
        .Where(p => p.Key.Length > 0)
        .DistinctBy(p => p.Key)
        .ToFrozenDictionary(p => p.Key, p => p.Command, StringComparer.Ordinal);

    public static CoachCommand? Recognize(string? text)
    {
        // "set a new goal: <the goal>" carries the goal itself, so it may be long.
        if (NewGoalWithText().Match((text ?? "").Trim()) is { Success: true } withText)
            return new CoachCommand(CoachCommandKind.NewGoal, Text: withText.Groups["text"].Value.Trim());

        if (PlanEditCommand.ParseGoalChange(text) is { Kind: not PlanEditKind.Undo } longChange && (text ?? "").Trim().Length <= 400)
            return new CoachCommand(CoachCommandKind.EditPlan, Goal: longChange.Goal, Text: text!.Trim());

        var key = Normalize(text);
        if (key.Length == 0 || key.Length > 80) return null;
        if (key == "?") return new CoachCommand(CoachCommandKind.Help);
        if (WholePhrase(key) is { } phrase) return phrase;

        if (PauseUntil().Match(key) is { Success: true } pause)
            return new CoachCommand(CoachCommandKind.PauseCheckIns, Text: pause.Groups["date"].Value);

        if (ScheduleWithText().Match(key) is { Success: true } schedule)
            return new CoachCommand(CoachCommandKind.Schedule, Text: schedule.Groups["text"].Value);

        if (EditPart().Match(key) is { Success: true } edit && AssessmentParts.Find(edit.Groups["part"].Value) is { } part)
            return new CoachCommand(CoachCommandKind.EditProfilePart, Part: part);

        if (StepDone().Match(key) is { Success: true } done)
        {
            var step = StepReference.From(done);
            return new CoachCommand(CoachCommandKind.StepDone, Goal: step.Goal, Step: step.Step);
        }

        // Changes to a goal itself ("rename goal 2 to ...", "change the deadline of goal 1 to ...", "undo"): the plan editor's words.
        if (PlanEditCommand.ParseGoalChange(text) is { } change)
            return new CoachCommand(CoachCommandKind.EditPlan, Goal: change.Goal, Text: (text ?? "").Trim());

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

    /// <summary>Words around a command that change nothing: "stop the check-ins please", "turn off check-ins for good".</summary>
    private static readonly string[] PoliteEndings = ["please", "pls", "plz", "now", "for good", "again", "thanks", "thank you", "bitte", "por favor"];

    /// <summary>Openings of a command asked for politely: "can we start over", "let's do the self-assessment".</summary>
    private static readonly string[] PoliteOpenings = ["can we", "could we", "can you", "could you", "can i", "could i", "let's", "lets", "please",
        "i want to", "i'd like to", "i would like to", "i wanna", "ok", "okay"];

    /// <summary>Words a command is the same without ("turn off the ai", "do a check-in").</summary>
    private static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(["the", "a"], StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, CoachCommand> ByPhraseWithoutArticles = ByPhrase
        .Select(p => (Key: PhraseKey.Of(p.Key, Articles), Command: p.Value))
        .Where(p => p.Key.Length > 0)
        .DistinctBy(p => p.Key)
        .ToFrozenDictionary(p => p.Key, p => p.Command, StringComparer.Ordinal);

    /// <summary>
    /// The command the whole text is: as written; without the polite words around it (when two words or more are
    /// left, so "can you help?" stays a question); without articles; or with two neighbouring letters swapped, the
    /// commonest slip of fast typing ("cancle", "exprot my data"). Other typos do not count here: an answer such as
    /// "expert" must never run "export".
    /// </summary>
    private static CoachCommand? WholePhrase(string key)
    {
        foreach (var candidate in Variants(key))
        {
            var phrase = PhraseKey.Of(candidate);
            if (ByPhrase.TryGetValue(phrase, out var found)) return found;
            if (ByPhraseWithoutArticles.TryGetValue(PhraseKey.Of(candidate, Articles), out found)) return found;
        }
        foreach (var candidate in Variants(key))
        {
            var phrase = PhraseKey.Of(candidate, Articles);
            if (phrase.Length < 4) continue;
            foreach (var (known, command) in ByPhraseWithoutArticles)
                if (known.Length == phrase.Length && OneSwapApart(phrase, known)) return command;
        }
        return null;
    }

    private static IEnumerable<string> Variants(string key)
    {
        yield return key;
        var trimmed = key;
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var ending in PoliteEndings)
                if (trimmed.EndsWith(" " + ending, StringComparison.Ordinal)) { trimmed = trimmed[..^(ending.Length + 1)].TrimEnd(',', ' '); changed = true; }
            foreach (var opening in PoliteOpenings)
                if (trimmed.StartsWith(opening + " ", StringComparison.Ordinal)) { trimmed = trimmed[(opening.Length + 1)..].TrimStart(',', ' '); changed = true; }
        }
        if (trimmed != key && trimmed.Contains(' ')) yield return trimmed;
    }

    /// <summary>True when <paramref name="typed"/> is <paramref name="known"/> with two neighbouring letters swapped, once.</summary>
    private static bool OneSwapApart(string typed, string known)
    {
        var first = -1;
        for (var i = 0; i < typed.Length; i++)
        {
            if (typed[i] == known[i]) continue;
            if (first >= 0) return i == first + 1 && typed[first] == known[i] && typed[i] == known[first] && typed[(i + 1)..] == known[(i + 1)..];
            first = i;
        }
        return false;
    }

    private static int? Number(Group group) => group.Success && int.TryParse(group.Value, out var n) ? n : null;

    /// <summary>The text the patterns below read (they capture dates and zones as written): lower case, straight quotes, single spaces, trailing punctuation dropped.</summary>
    private static string Normalize(string? text)
    {
        var lowered = (text ?? "").Trim().ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
        lowered = string.Join(' ', lowered.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        return lowered == "?" ? lowered : lowered.TrimEnd('.', '!', '?', ' ').TrimStart('/');
    }

    [GeneratedRegex(@"^pause(?: my)?(?: check-?ins?| check ins?| reminders)? (?:until|till|til|to) (?<date>.+)$")]
    private static partial Regex PauseUntil();

    [GeneratedRegex(@"^(?:(?:set |change )?(?:my )?(?:check-?in )?schedule(?: to)?:? |check in (?=every|each|monthly|weekly)|check-ins (?=every|each|monthly|weekly))(?<text>.{3,})$")]
    private static partial Regex ScheduleWithText();

    [GeneratedRegex(@"^(?:edit|redo|update|change)\s+(?:my\s+)?(?<part>[a-z0-9 \-]+)$")]
    private static partial Regex EditPart();

    [GeneratedRegex(@"^(?:(?:mark\s+)?" + StepReference.Pattern + @"\s+(?:as\s+)?(?:done|complete|completed|finished)|(?:done|finished|completed)\s+" + StepReference.Pattern + ")$")]
    private static partial Regex StepDone();

    [GeneratedRegex(@"^(?<verb>pause|resume|unpause|restart|complete|finish|drop|abandon|delete|remove)\s+(?:my\s+)?goal(?:\s+(?<goal>\d+))?$")]
    private static partial Regex GoalAction();

    [GeneratedRegex(@"^(?:set a new goal|new goal|set a goal|add a goal)\s*[:\-–]\s*(?<text>.{3,})$", RegexOptions.IgnoreCase)]
    private static partial Regex NewGoalWithText();
}
