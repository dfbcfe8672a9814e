using System.Text.RegularExpressions;
using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Plans;

namespace CoachBot.Coaching.Commands;

/// <summary>Keys of the words of the commands that carry a detail, in dialogs/en-US/intents.yaml (<c>grammar.*</c>).</summary>
[TextKeys]
public static class CommandGrammarTexts
{
    private const string Grammar = "intents.grammar.";

    public const string Pause = Grammar + "pause";
    public const string PauseWhat = Grammar + "pauseWhat";
    public const string Until = Grammar + "until";
    public const string My = Grammar + "my";
    public const string ScheduleVerbs = Grammar + "scheduleVerbs";
    public const string SchedulePrefix = Grammar + "schedulePrefix";
    public const string Schedule = Grammar + "schedule";
    public const string ScheduleTo = Grammar + "scheduleTo";
    public const string CheckInAsks = Grammar + "checkInAsks";
    public const string CheckIn = Grammar + "checkIn";
    public const string CheckIns = Grammar + "checkIns";
    public const string Repeats = Grammar + "repeats";
    public const string On = Grammar + "on";
    public const string EditVerbs = Grammar + "editVerbs";
    public const string Mark = Grammar + "mark";
    public const string As = Grammar + "as";
    public const string DoneAfter = Grammar + "doneAfter";
    public const string DoneBefore = Grammar + "doneBefore";
    public const string Step = Grammar + "step";
    public const string Goal = Grammar + "goal";
    public const string NewGoal = Grammar + "newGoal";
}

/// <summary>
/// The patterns of the commands that carry a detail ("pause until June 30", "check in every friday", "edit my values",
/// "mark step 3 as done", "pause goal 2", "set a new goal: ..."), built once per catalog from the words of
/// <c>dialogs/&lt;locale&gt;/intents.yaml</c> (<c>grammar.*</c>): the code holds the shape, the data the words. Each
/// list is matched as written, longest first; an empty list fails start-up with its key named.
/// </summary>
internal sealed class CommandGrammar
{
    public Regex PauseUntil { get; }
    public Regex ScheduleWithText { get; }
    public Regex EditPart { get; }
    public Regex StepDone { get; }
    public Regex GoalAction { get; }
    public Regex NewGoalWithText { get; }

    public CommandGrammar(TextCatalog texts, string? locale)
    {
        string Any(string key)
        {
            var items = texts.Get(key, locale).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(i => i.ToLowerInvariant()).Distinct().OrderByDescending(i => i.Length).ToArray();
            if (items.Length == 0) throw new InvalidDataException($"dialogs: '{key}' must list at least one phrase.");
            // Words one space apart in the data match any run of spaces in the message.
            return "(?:" + string.Join('|', items.Select(i => string.Join(@"\s+", i.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))) + ")";
        }
        Regex Build(string pattern, RegexOptions options = RegexOptions.None) =>
            new("^" + pattern + "$", options | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        var my = Any(CommandGrammarTexts.My);
        var repeats = Any(CommandGrammarTexts.Repeats);
        PauseUntil = Build($@"{Any(CommandGrammarTexts.Pause)}(?: {my})?(?: {Any(CommandGrammarTexts.PauseWhat)})? {Any(CommandGrammarTexts.Until)} (?<date>.+)");
        ScheduleWithText = Build(
            $@"(?:(?:{Any(CommandGrammarTexts.ScheduleVerbs)} )?(?:{my} )?(?:{Any(CommandGrammarTexts.SchedulePrefix)} )?{Any(CommandGrammarTexts.Schedule)}(?: {Any(CommandGrammarTexts.ScheduleTo)})?:? "
            + $@"|(?:{Any(CommandGrammarTexts.CheckInAsks)} )?{Any(CommandGrammarTexts.CheckIn)} (?={repeats}|{Any(CommandGrammarTexts.On)} )"
            + $@"|{Any(CommandGrammarTexts.CheckIns)} (?={repeats}))(?<text>.{{3,}})");
        EditPart = Build($@"{Any(CommandGrammarTexts.EditVerbs)}\s+(?:{my}\s+)?(?<part>[a-z0-9 \-]+)");
        var step = StepReference.PatternOf(Any(CommandGrammarTexts.Step));
        StepDone = Build($@"(?:(?:{Any(CommandGrammarTexts.Mark)}\s+)?{step}\s+(?:{Any(CommandGrammarTexts.As)}\s+)?{Any(CommandGrammarTexts.DoneAfter)}"
            + $@"|{Any(CommandGrammarTexts.DoneBefore)}\s+{step})");
        GoalAction = Build($@"(?<verb>[a-z]+)\s+(?:{my}\s+)?{Any(CommandGrammarTexts.Goal)}(?:\s+(?<goal>\d+))?");
        NewGoalWithText = Build($@"{Any(CommandGrammarTexts.NewGoal)}\s*[:\-–]\s*(?<text>.{{3,}})", RegexOptions.IgnoreCase);
    }
}
