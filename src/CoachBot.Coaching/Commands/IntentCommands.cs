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
            "help" => new(CoachCommandKind.Help), // keys, not words
            "selfAssessment" => new(CoachCommandKind.SelfAssessment), // keys, not words
            "editProfilePart" => PartIn(text) is { } part ? new(CoachCommandKind.EditProfilePart, Part: part) : new(CoachCommandKind.SelfAssessment), // keys, not words
            "newGoal" => new(CoachCommandKind.NewGoal), // keys, not words
            "myPlan" => new(CoachCommandKind.MyPlan), // keys, not words
            "editPlan" => new(CoachCommandKind.EditPlan, Goal: number), // keys, not words
            "schedule" => new(CoachCommandKind.Schedule, Text: ScheduleIn(text, scheduleWords, locale)), // keys, not words
            "stopCheckIns" => new(CoachCommandKind.Schedule, Text: "off"), // keys, not words
            "export" => new(CoachCommandKind.Export), // keys, not words
            "delete" => new(CoachCommandKind.Delete), // keys, not words
            "cancel" => new(CoachCommandKind.Cancel), // keys, not words
            "startOver" => new(CoachCommandKind.StartOver), // keys, not words
            "aiOn" => new(CoachCommandKind.AiOn), // keys, not words
            "aiOff" => new(CoachCommandKind.AiOff), // keys, not words
            "stepDone" => number is { } step ? new(CoachCommandKind.StepDone, Step: step) : new(CoachCommandKind.EditPlan), // keys, not words
            "pauseGoal" => new(CoachCommandKind.PauseGoal, Goal: number), // keys, not words
            "resumeGoal" => new(CoachCommandKind.ResumeGoal, Goal: number), // keys, not words
            "completeGoal" => new(CoachCommandKind.CompleteGoal, Goal: number), // keys, not words
            "dropGoal" => new(CoachCommandKind.DropGoal, Goal: number), // keys, not words
            "checkInStart" => new(CoachCommandKind.CheckInStart), // keys, not words
            "checkInSnooze" => new(CoachCommandKind.CheckInSnooze, // keys, not words
                Part: Words.Current.SnoozeTomorrow.IsMatch(text) ? CheckInCommands.SnoozeTomorrow : CheckInCommands.SnoozeHour),
            "checkInSkip" => new(CoachCommandKind.CheckInSkip), // keys, not words
            "pauseCheckIns" => new(CoachCommandKind.PauseCheckIns, Text: UntilIn(text)), // keys, not words
            "resumeCheckIns" => new(CoachCommandKind.ResumeCheckIns), // keys, not words
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
        var start = Words.Current.ScheduleStart.Match(lowered);
        if (!start.Success) return null;
        var candidate = lowered[start.Index..].Trim().TrimEnd('.', '!', '?');
        var change = ScheduleParser.Parse(candidate, words, locale);
        return change.IsEmpty ? null : candidate;
    }

    private static string? UntilIn(string text) =>
        Words.Current.Until.Match(text) is { Success: true } until ? until.Groups["date"].Value.Trim().TrimEnd('.', '!', '?') : null;

    private static int? FirstNumber(string text) =>
        Number().Match(text) is { Success: true } m && int.TryParse(m.Value, out var n) ? n : null;

    /// <summary>The words of intents.details.*, read once (<see cref="Smart.CoachingWords.Install"/>).</summary>
    internal static readonly Smart.InstalledWords<IntentDetailWords> Words = new(static texts => new IntentDetailWords(texts));

    [GeneratedRegex(@"\b\d{1,2}\b")]
    private static partial Regex Number();
}

/// <summary>Keys of the words a command's sentence names besides its intent, in dialogs/en-US/intents.yaml (<c>details.*</c>).</summary>
[TextKeys]
public static class IntentDetailTexts
{
    public const string SnoozeTomorrow = "intents.details.snoozeTomorrow";
    public const string ScheduleStarts = "intents.details.scheduleStarts";
    public const string Until = "intents.details.until";
}

/// <summary>The patterns of <see cref="IntentDetailTexts"/>, built once; an empty list fails naming its key.</summary>
internal sealed class IntentDetailWords
{
    public Regex SnoozeTomorrow { get; }
    public Regex ScheduleStart { get; }
    public Regex Until { get; }

    public IntentDetailWords(TextCatalog texts)
    {
        string Any(string key) => "(?:" + string.Join('|', Smart.ShippedDialogs.List(texts, key)
            .Select(i => i.ToLowerInvariant()).Distinct().OrderByDescending(i => i.Length)
            .Select(i => string.Join(@"\s+", i.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))) + ")";
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
        SnoozeTomorrow = new Regex(Any(IntentDetailTexts.SnoozeTomorrow), options | RegexOptions.IgnoreCase);
        ScheduleStart = new Regex($@"\b{Any(IntentDetailTexts.ScheduleStarts)}\b", options);
        Until = new Regex($@"\b{Any(IntentDetailTexts.Until)}\s+(?<date>.+)$", options | RegexOptions.IgnoreCase);
    }
}
