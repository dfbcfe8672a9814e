using System.Text.RegularExpressions;

namespace CoachBot.Coaching.Plans;

public enum PlanEditKind
{
    Finish, Done, Reopen, Skip, Remove, Move, Rename, Add,
    /// <summary>The goal's wording ("rename goal 2 to ...").</summary>
    RenameGoal,
    /// <summary>The goal's deadline ("change the deadline of goal 1 to 30 September").</summary>
    GoalDeadline,
    /// <summary>The goal's finish line ("change the finish line of goal 1 to a signed offer").</summary>
    GoalMeasure,
    /// <summary>Revert the last change to a plan.</summary>
    Undo,
    DropGoal,
    CompleteGoal,
}

/// <summary>
/// One change to a plan, typed the way people say it: "done 2", "mark 2 done", "remove 3", "move 2 to March 15",
/// "rename 1 to Update my CV", "add Talk to my manager by Friday", "finished". Steps are named as <see cref="StepReference"/>
/// reads them ("2", "step 2", "2.1" for step 1 of goal 2). Changes to the goal itself name it as "goal 2" (or mean the
/// goal being edited): "rename goal 2 to ...", "change the deadline of goal 1 to 30 September", "change the finish line to
/// ...", "drop goal 1", "complete goal"; "undo" reverts the last change. For those, <see cref="Goal"/> is the number named.
/// </summary>
public sealed record PlanEditCommand(PlanEditKind Kind, StepReference Step = default, string? Text = null)
{
    /// <summary>The goal named by a change to the goal itself ("goal 2"); null when it means the goal being edited.</summary>
    public int? Goal => Kind >= PlanEditKind.RenameGoal ? Step.Goal : null;

    /// <summary>A change to a goal itself (wording, deadline, finish line, undo), as a command from anywhere; null for anything else.</summary>
    public static PlanEditCommand? ParseGoalChange(string? input) =>
        Parse(input) is { Kind: PlanEditKind.RenameGoal or PlanEditKind.GoalDeadline or PlanEditKind.GoalMeasure or PlanEditKind.Undo } change ? change : null;

    /// <summary>The patterns built from intents.planEdit.*, once per process (<see cref="Smart.CoachingWords.Install"/>).</summary>
    internal static readonly Smart.InstalledWords<PlanEditGrammar> Grammar = new(static texts => new PlanEditGrammar(texts));

    public static PlanEditCommand? Parse(string? input)
    {
        var text = (input ?? "").Trim().TrimEnd('.', '!').Replace('’', '\'');
        if (text.Length == 0) return null;
        var g = Grammar.Current;
        if (g.Finish.IsMatch(text)) return new(PlanEditKind.Finish);
        if (g.Undo.IsMatch(text)) return new(PlanEditKind.Undo);
        if (g.GoalStatus.Match(text) is { Success: true } status)
            return new(status.Groups["complete"].Success ? PlanEditKind.CompleteGoal : PlanEditKind.DropGoal, GoalRef(status));
        if (g.GoalDeadline.Match(text) is { Success: true } deadline) return new(PlanEditKind.GoalDeadline, GoalRef(deadline), deadline.Groups["rest"].Value.Trim());
        if (g.GoalMeasure.Match(text) is { Success: true } measure) return new(PlanEditKind.GoalMeasure, GoalRef(measure), measure.Groups["rest"].Value.Trim());
        if (g.RenameGoal.Match(text) is { Success: true } wording) return new(PlanEditKind.RenameGoal, GoalRef(wording), wording.Groups["rest"].Value.Trim());
        if (g.Done.Match(text) is { Success: true } done) return new(PlanEditKind.Done, StepReference.From(done));
        if (g.Reopen.Match(text) is { Success: true } reopen) return new(PlanEditKind.Reopen, StepReference.From(reopen));
        if (g.Skip.Match(text) is { Success: true } skip) return new(PlanEditKind.Skip, StepReference.From(skip));
        if (g.Remove.Match(text) is { Success: true } remove) return new(PlanEditKind.Remove, StepReference.From(remove));
        if (g.Move.Match(text) is { Success: true } move) return new(PlanEditKind.Move, StepReference.From(move), move.Groups["rest"].Value.Trim());
        if (g.Rename.Match(text) is { Success: true } rename) return new(PlanEditKind.Rename, StepReference.From(rename), rename.Groups["rest"].Value.Trim());
        if (g.Add.Match(text) is { Success: true } add) return new(PlanEditKind.Add, default, add.Groups["rest"].Value.Trim());
        return null;
    }

    private static StepReference GoalRef(Match match) =>
        new(match.Groups["goal"].Success && int.TryParse(match.Groups["goal"].Value, out var n) ? n : null, 0);
}

/// <summary>Keys of the plan editor's words in dialogs/en-US/intents.yaml (<c>planEdit.*</c>).</summary>
[BotFramework.Text.TextKeys]
public static class PlanEditTexts
{
    private const string PlanEdit = "intents.planEdit.";

    public const string Finish = PlanEdit + "finish";
    public const string Undo = PlanEdit + "undo";
    public const string GoalDeterminers = PlanEdit + "goalDeterminers";
    public const string Goal = PlanEdit + "goal";
    public const string GoalNumber = PlanEdit + "goalNumber";
    public const string GoalPossessive = PlanEdit + "goalPossessive";
    public const string GoalCompleteVerbs = PlanEdit + "goalCompleteVerbs";
    public const string GoalDropVerbs = PlanEdit + "goalDropVerbs";
    public const string DeadlineVerbs = PlanEdit + "deadlineVerbs";
    public const string DeadlineVerbsBeforeGoal = PlanEdit + "deadlineVerbsBeforeGoal";
    public const string DeadlineNames = PlanEdit + "deadlineNames";
    public const string DeadlineNamesAfterGoal = PlanEdit + "deadlineNamesAfterGoal";
    public const string Deadline = PlanEdit + "deadline";
    public const string The = PlanEdit + "the";
    public const string New = PlanEdit + "new";
    public const string Is = PlanEdit + "is";
    public const string OfGoal = PlanEdit + "ofGoal";
    public const string DeadlineLinks = PlanEdit + "deadlineLinks";
    public const string MeasureVerbs = PlanEdit + "measureVerbs";
    public const string MeasureNames = PlanEdit + "measureNames";
    public const string MeasureLinks = PlanEdit + "measureLinks";
    public const string RenameGoalVerbs = PlanEdit + "renameGoalVerbs";
    public const string WordingNames = PlanEdit + "wordingNames";
    public const string WordingOf = PlanEdit + "wordingOf";
    public const string RenameVerbs = PlanEdit + "renameVerbs";
    public const string RenameLinks = PlanEdit + "renameLinks";
    public const string Mark = PlanEdit + "mark";
    public const string As = PlanEdit + "as";
    public const string DoneAfter = PlanEdit + "doneAfter";
    public const string DoneBefore = PlanEdit + "doneBefore";
    public const string Off = PlanEdit + "off";
    public const string ReopenVerbs = PlanEdit + "reopenVerbs";
    public const string SkipVerbs = PlanEdit + "skipVerbs";
    public const string RemoveVerbs = PlanEdit + "removeVerbs";
    public const string MoveVerbs = PlanEdit + "moveVerbs";
    public const string MoveLinks = PlanEdit + "moveLinks";
    public const string AddVerbs = PlanEdit + "addVerbs";
}

/// <summary>
/// The plan editor's patterns, built once from the words of <c>intents.planEdit.*</c> (and <c>intents.grammar.step</c>
/// for a step's name): the code holds the shape, the data the words. Each list is matched as written, longest first,
/// words one space apart matching any run of spaces; an empty list fails start-up with its key named.
/// </summary>
internal sealed class PlanEditGrammar
{
    public Regex Finish { get; }
    public Regex Undo { get; }
    public Regex GoalStatus { get; }
    public Regex GoalDeadline { get; }
    public Regex GoalMeasure { get; }
    public Regex RenameGoal { get; }
    public Regex Done { get; }
    public Regex Reopen { get; }
    public Regex Skip { get; }
    public Regex Remove { get; }
    public Regex Move { get; }
    public Regex Rename { get; }
    public Regex Add { get; }

    public PlanEditGrammar(BotFramework.Text.TextCatalog texts)
    {
        string Any(string key) => "(?:" + string.Join('|', Smart.ShippedDialogs.List(texts, key)
            .Select(i => i.ToLowerInvariant()).Distinct().OrderByDescending(i => i.Length)
            .Select(i => string.Join(@"\s+", i.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))) + ")";
        static Regex Build(string pattern) => new("^" + pattern + "$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

        var step = StepReference.PatternOf(Any(Commands.CommandGrammarTexts.Step));
        var goal = $@"(?:{Any(PlanEditTexts.GoalDeterminers)}\s+)?{Any(PlanEditTexts.Goal)}(?:\s*(?:{Any(PlanEditTexts.GoalNumber)}\s*|#\s*)?(?<goal>\d+))?(?:{Any(PlanEditTexts.GoalPossessive)})?";
        var the = Any(PlanEditTexts.The);
        var ofGoal = $@"(?:\s+{Any(PlanEditTexts.OfGoal)}\s+{goal})?";
        var deadline = Any(PlanEditTexts.Deadline);
        var isOrColon = $@"(?:\s+{Any(PlanEditTexts.Is)}|:)";

        Finish = Build(Any(PlanEditTexts.Finish));
        Undo = Build(Any(PlanEditTexts.Undo));
        GoalStatus = Build($@"(?:(?<complete>{Any(PlanEditTexts.GoalCompleteVerbs)})|{Any(PlanEditTexts.GoalDropVerbs)})\s+{goal}");
        GoalDeadline = Build($@"(?:{Any(PlanEditTexts.DeadlineVerbs)}\s+(?:{the}\s+)?{Any(PlanEditTexts.DeadlineNames)}{ofGoal}"
            + $@"|{Any(PlanEditTexts.DeadlineVerbsBeforeGoal)}\s+{goal}\s+{Any(PlanEditTexts.DeadlineNamesAfterGoal)}"
            + $@"|(?:{the}\s+)?(?:{Any(PlanEditTexts.New)}\s+)?{deadline}{ofGoal}{isOrColon}"
            + $@"|{goal}\s+{deadline}{isOrColon})\s*(?:{Any(PlanEditTexts.DeadlineLinks)})?\s*(?<rest>.+)");
        GoalMeasure = Build($@"{Any(PlanEditTexts.MeasureVerbs)}\s+(?:{the}\s+)?{Any(PlanEditTexts.MeasureNames)}{ofGoal}\s*(?:{Any(PlanEditTexts.MeasureLinks)}|:)\s*(?<rest>.+)");
        var renameLinks = $@"(?:{Any(PlanEditTexts.RenameLinks)}|:)";
        RenameGoal = Build($@"{Any(PlanEditTexts.RenameGoalVerbs)}\s+(?:{the}\s+{Any(PlanEditTexts.WordingNames)}\s+{Any(PlanEditTexts.WordingOf)}\s+)?{goal}\s*{renameLinks}\s*(?<rest>.+)");
        Done = Build($@"(?:(?:{Any(PlanEditTexts.Mark)}\s+)?{step}\s+(?:{Any(PlanEditTexts.As)}\s+)?{Any(PlanEditTexts.DoneAfter)}"
            + $@"|{Any(PlanEditTexts.DoneBefore)}\s+(?:{Any(PlanEditTexts.Off)}\s+)?{step})");
        Reopen = Build($@"{Any(PlanEditTexts.ReopenVerbs)}\s+{step}");
        Skip = Build($@"{Any(PlanEditTexts.SkipVerbs)}\s+{step}");
        Remove = Build($@"{Any(PlanEditTexts.RemoveVerbs)}\s+{step}");
        Move = Build($@"{Any(PlanEditTexts.MoveVerbs)}\s+{step}\s+(?:{Any(PlanEditTexts.MoveLinks)})?\s*(?<rest>.+)");
        Rename = Build($@"{Any(PlanEditTexts.RenameVerbs)}\s+{step}\s+{renameLinks}\s*(?<rest>.+)");
        Add = Build($@"{Any(PlanEditTexts.AddVerbs)}\s*:?\s+(?<rest>.+)");
    }
}
