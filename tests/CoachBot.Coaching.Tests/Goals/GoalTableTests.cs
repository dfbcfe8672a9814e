using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Tests.Goals;

/// <summary>
/// The SMART reading, the statement, the template, the deadline and the plan over every item of the goal table
/// (tests/Data/goals/goal-table.yaml), in the reference context of TEAM.md: Monday 2027-01-04, 10:00, Europe/Berlin.
/// Items of kind question are read here too (never a goal); how the dialog answers them is the dialog-level test of
/// round two.
/// </summary>
public sealed class GoalTableTests
{
    internal static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero); // 10:00 in Berlin
    internal static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    internal static readonly DateOnly Today = new(2027, 1, 4);
    internal static GoalVocabulary Words => GoalVocabulary.From(RepoDialogs.Texts);

    public static TheoryData<string> AllItems => GoalTable.Ids(_ => true);
    public static TheoryData<string> GoalItems => GoalTable.Ids(i => i.Kind == "goal");

    [Fact]
    public void TheTableIsLargeEnough() => Assert.True(GoalTable.Items.Count(i => i.Kind == "goal") >= 60, $"{GoalTable.Items.Count} items");

    [Theory]
    [MemberData(nameof(AllItems))]
    public void EachItemIsReadAsTheKindItIs(string id) => EachItemIsReadAsTheKindItIsCheck(id);

    private static void EachItemIsReadAsTheKindItIsCheck(string id)
    {
        var item = GoalTable.Get(id);
        var analysis = Analyze(item);
        var expected = item.Kind switch
        {
            "goal" => [GoalTextKind.Goal],
            "question" => [GoalTextKind.Question],
            "keepPrevious" => [GoalTextKind.KeepGoal],
            "otherLanguage" => [GoalTextKind.OtherLanguage],
            _ => new[] { GoalTextKind.Gibberish, GoalTextKind.Markup, GoalTextKind.Greeting, GoalTextKind.Empty },
        };
        Assert.True(expected.Contains(analysis.Kind), $"{id} \"{item.Text}\": read as {analysis.Kind}, expected {item.Kind}");
        if (item.Kind != "goal")
        {
            Assert.Null(SmartStatement.Compose(Input(item), analysis));
            Assert.False(analysis.Specific.Met);
        }
    }

    [Theory]
    [MemberData(nameof(GoalItems))]
    public void EachLetterIsJudgedAsTheTableSays(string id) => EachLetterIsJudgedAsTheTableSaysCheck(id);

    private static void EachLetterIsJudgedAsTheTableSaysCheck(string id)
    {
        var item = GoalTable.Get(id);
        var analysis = Analyze(item);
        var actual = analysis.Letters.ToDictionary(l => Short(l.Letter), l => l.Met);
        var wrong = item.Smart.Where(kv => actual[kv.Key] != kv.Value).Select(kv => $"{kv.Key} expected {kv.Value} ({analysis.Letters.First(l => Short(l.Letter) == kv.Key).Reason}: {analysis.Letters.First(l => Short(l.Letter) == kv.Key).Evidence})").ToList();
        Assert.True(wrong.Count == 0, $"{id} \"{item.Text}\": {string.Join("; ", wrong)}");
    }

    [Theory]
    [MemberData(nameof(GoalItems))]
    public void TheDeadlineIsTheOneTheUserWrote(string id) => TheDeadlineIsTheOneTheUserWroteCheck(id);

    private static void TheDeadlineIsTheOneTheUserWroteCheck(string id)
    {
        var item = GoalTable.Get(id);
        var analysis = Analyze(item);
        Assert.True(item.Deadline == analysis.Deadline, $"{id} \"{item.Text}\": deadline {analysis.Deadline}, expected {item.Deadline}");
    }

    [Theory]
    [MemberData(nameof(GoalItems))]
    public void TheTemplateFitsTheGoal(string id) => TheTemplateFitsTheGoalCheck(id);

    private static void TheTemplateFitsTheGoalCheck(string id)
    {
        var item = GoalTable.Get(id);
        if (item.Template is null) return; // too vague for a statement: the coach explores first
        var analysis = Analyze(item);
        Assert.True(analysis.TemplateKey == item.Template || item.AlsoTemplate.Contains(analysis.TemplateKey),
            $"{id} \"{item.Text}\": template {analysis.TemplateKey}, expected {item.Template}");
    }

    [Theory]
    [MemberData(nameof(GoalItems))]
    public void TheStatementIsASentenceWithTheOutcomeTheTableExpects(string id) => TheStatementIsASentenceWithTheOutcomeTheTableExpectsCheck(id);

    private static void TheStatementIsASentenceWithTheOutcomeTheTableExpectsCheck(string id)
    {
        var item = GoalTable.Get(id);
        var input = Input(item);
        var analysis = SmartAnalyzer.Analyze(input);
        var statement = SmartStatement.Compose(input, analysis);
        Assert.NotNull(statement);
        var sentence = Render(statement);
        GrammarCheck.AssertStatement(sentence, statement);
        if (item.Outcome is { } outcome)
        {
            Assert.True(FirstWord(outcome) == FirstWord(statement.Outcome), $"{id}: outcome \"{statement.Outcome}\", expected \"{outcome}\"");
            foreach (var word in item.KeyWords)
                Assert.True(statement.Outcome.Contains(word, StringComparison.OrdinalIgnoreCase), $"{id}: outcome \"{statement.Outcome}\" lacks \"{word}\"");
        }
        if (item.Measure is { } measure)
        {
            Assert.True(statement.Measure is not null, $"{id}: no measure, expected \"{measure}\"");
            var expectedWords = ContentWords(measure);
            var shared = expectedWords.Intersect(ContentWords(statement.Measure!)).Count();
            Assert.True(shared * 2 >= expectedWords.Count, $"{id}: measure \"{statement.Measure}\", expected \"{measure}\"");
        }
        foreach (var fragment in item.NotInStatement)
            Assert.DoesNotContain(fragment, sentence, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The feedback quotes the goal cleaned, as the statement says it: the finish line read from the goal is in the
    /// statement, and no fragment the statement must not hold ("find accountant job part time") is in the feedback.
    /// </summary>
    [Theory]
    [MemberData(nameof(GoalItems))]
    public void TheFeedbackQuotesTheGoalAsTheStatementSaysIt(string id)
    {
        var item = GoalTable.Get(id);
        var input = Input(item);
        var analysis = SmartAnalyzer.Analyze(input);
        var statement = SmartStatement.Compose(input, analysis);
        // The letters that quote the goal's words; a question the coach asks holds a "?" of its own.
        var feedback = string.Join("\n", analysis.Letters.Where(l => l.Met && l.Letter is SmartLetter.Specific or SmartLetter.Measurable)
            .Select(l => SmartFeedback.Line(RepoDialogs.Texts, "en-US", l)));
        foreach (var fragment in item.NotInStatement.Where(f => f.Any(char.IsLetter)))
            Assert.False(feedback.Contains(fragment, StringComparison.OrdinalIgnoreCase), $"{id}: \"{fragment}\" in the feedback: {feedback}");
        if (statement is null || analysis.Measurable is not { Met: true, Reason: SmartReason.HasFinishLine, Evidence: { } quoted } || analysis.MeasureText is not null) return;
        var sentence = Render(statement);
        Assert.True(sentence.Contains(quoted, StringComparison.OrdinalIgnoreCase), $"{id}: feedback quotes \"{quoted}\", the statement says \"{sentence}\"");
        GrammarCheck.AssertQuote(quoted);
    }

    [Theory]
    [MemberData(nameof(GoalItems))]
    public void TheUsersMilestonesBecomeDatedStepsAndNoFragmentReachesThePlan(string id) => TheUsersMilestonesBecomeDatedStepsAndNoFragmentReachesThePlanCheck(id);

    private static void TheUsersMilestonesBecomeDatedStepsAndNoFragmentReachesThePlanCheck(string id)
    {
        var item = GoalTable.Get(id);
        var input = Input(item);
        var analysis = SmartAnalyzer.Analyze(input);
        var statement = SmartStatement.Compose(input, analysis);
        var goal = new Goal { Id = "g1", Text = item.Text, Statement = statement is null ? "" : Render(statement), Deadline = analysis.Deadline, Type = analysis.Type, CreatedOn = Today };
        var steps = new PlanBuilder(RepoDialogs.Texts).Build(goal, new Profile(), Today);
        Assert.NotEmpty(steps);
        foreach (var (text, date) in item.Milestones)
        {
            var expected = ContentWords(text);
            var step = steps.Select(s => (Step: s, Shared: ContentWords(s.Title).Intersect(expected).Count()))
                .Where(s => s.Shared * 2 >= expected.Count).OrderByDescending(s => s.Shared).ThenBy(s => Math.Abs(s.Step.Due.DayNumber - date.DayNumber))
                .Select(s => s.Step).FirstOrDefault();
            Assert.True(step is not null, $"{id}: no step for milestone \"{text}\" in: {string.Join(" | ", steps.Select(s => s.Title))}");
            Assert.True(PlanSpacing.OnWorkingDay(date, Today, goal.Deadline ?? date) == step!.Due, $"{id}: \"{step.Title}\" due {step.Due}, expected {date}");
        }
        foreach (var s in steps)
        {
            GrammarCheck.AssertStep(s.Title);
            foreach (var fragment in item.NotInStatement)
                Assert.DoesNotContain(fragment, s.Title, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Equal(steps.Count, steps.Select(s => s.Title.ToLowerInvariant()).Distinct().Count());
    }

    internal static SmartInput Input(GoalTableItem item) => new(item.Text, new Profile(), Now, Berlin, item.Locale, Vocabulary: Words);

    private static SmartAnalysis Analyze(GoalTableItem item) => SmartAnalyzer.Analyze(Input(item));

    internal static string Render(GoalStatement statement) =>
        statement.Render(RepoDialogs.Texts, "en-US", d => UserTimeZone.FormatDate(d, "en-US"));

    private static string Short(SmartLetter letter) => letter == SmartLetter.TimeBound ? "T" : letter.ToString()[..1];

    private static string FirstWord(string phrase) => phrase.Split(' ', 2)[0].ToLowerInvariant();

    internal static HashSet<string> ContentWords(string text) =>
        text.ToLowerInvariant().Split([' ', ',', '.', ':', ';', '-', '!', '?', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length > 2 && w is not ("the" or "and" or "my" or "your" or "for" or "with" or "have" or "i've" or "when"))
            .Select(w => w.TrimEnd('s'))
            .Select(w => w switch { "three" => "3", "four" => "4", "two" => "2", "five" => "5", _ => w })
            .ToHashSet();
}
