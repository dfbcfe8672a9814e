using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Plans;
using CoachBot.Coaching.Smart;

namespace CoachBot.Coaching.Tests;

public sealed class TextKeysTests
{
    [Fact]
    public void EveryKeyTheAnalyzerCanLeadToExistsInDialogs()
    {
        var keys = SmartTexts.AllKeys.ToList();
        Assert.Contains("smart.reason.PastDeadline", keys);
        Assert.Contains("smart.ask.TimeBound", keys);
        foreach (var letter in Enum.GetValues<SmartLetter>())
            foreach (var reason in Enum.GetValues<SmartReason>())
                if (SmartTexts.AskKey(new LetterVerdict(letter, false, reason)) is { } ask) Assert.Contains(ask, keys);
        RepoDialogs.Texts.Validate(keys);
    }

    [Fact]
    public void EveryKeyThePlanBuilderCanUseExistsInDialogs()
    {
        var keys = PlanTemplates.AllKeys.ToList();
        Assert.Contains("plans.industryChange.apply", keys);
        Assert.Contains("plans.jobSearch.interviews", keys);
        // Every template key of TEAM.md has its steps.
        foreach (var type in Enum.GetValues<GoalType>())
            Assert.Contains(keys, k => k.StartsWith(PlanTemplates.KeyPrefix(type) + ".", StringComparison.Ordinal) || type == GoalType.SpeakOrPublish);
        RepoDialogs.Texts.Validate(keys);
    }

    [Fact]
    public void EveryTextKeysConstantOfTheCoachingLibraryExists() =>
        RepoDialogs.Texts.Validate(TextKeyDiscovery.KeysIn(typeof(SmartTexts).Assembly));

    [Fact]
    public void EveryChoiceSetAndKeyTheCoachingLibrarySwitchesOnExists()
    {
        var sets = TextKeyDiscovery.ChoiceSetsIn(typeof(SmartTexts).Assembly).ToList();
        Assert.Contains(sets, s => s.Id == "reflection.progress" && s.RequiredKeys.Contains("onTrack"));
        Assert.Contains(sets, s => s.Id == "menu.main");
        RepoDialogs.Texts.Choices.Validate(sets);
    }

    [Fact]
    public void PlansYamlHasNoStepTheTemplatesForgot()
    {
        // A title in plans.yaml that no template uses is dead text, or a template lost a step.
        var used = PlanTemplates.AllKeys.ToHashSet(StringComparer.Ordinal);
        var stepKeys = RepoDialogs.Texts.KeysStartingWith("plans.")
            .Where(k => !k.StartsWith("plans.general.", StringComparison.Ordinal) && !k.StartsWith("plans.match.", StringComparison.Ordinal)
                && !k.StartsWith("plans.shortTerm.", StringComparison.Ordinal) && !k.StartsWith("plans.support.", StringComparison.Ordinal))
            .ToList();
        Assert.Empty(stepKeys.Where(k => !used.Contains(k)));
        Assert.All(used, k => Assert.True(RepoDialogs.Texts.Contains(k), k));
        // Every plans.general wording stands for a step that exists.
        // Every plans.general wording stands for a step that exists (a short-term goal's too).
        used.UnionWith(RepoDialogs.Texts.KeysStartingWith("plans.shortTerm."));
        Assert.All(RepoDialogs.Texts.KeysStartingWith("plans.general."), k => Assert.Contains("plans." + k["plans.general.".Length..], used));
    }

    [Theory]
    [InlineData("smart.reason.ConcreteOutcome")]
    [InlineData("smart.statement")]
    [InlineData("plans.skillGap")]
    public void PlaceholdersAreFilled(string key)
    {
        var text = RepoDialogs.Texts.Get(key, "en-US", ("evidence", "team lead"), ("outcome", "lead a team"), ("deadline", "30 June 2027"), ("skill", "SQL"));
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
    }
}

public sealed class GoalHelpTextsTests
{
    [Fact]
    public void EveryGoalPromptHasItsFiveQuestionAnswers()
    {
        var missing = CoachBot.Coaching.Dialogs.GoalHelp.AllKeys.Where(k => !RepoDialogs.Texts.Contains(k)).ToList();
        Assert.Empty(missing);
        Assert.Equal(7 * 5, CoachBot.Coaching.Dialogs.GoalHelp.AllKeys.Count());
    }
}

/// <summary>Every prompt the dialogs create names its question context, and every context answers each kind of question.</summary>
public sealed class PromptHelpTextsTests
{
    public static TheoryData<string> Keys() => [.. CoachBot.Coaching.Dialogs.PromptHelp.AllKeys];

    [Theory, MemberData(nameof(Keys))]
    public void EveryPromptContextAnswersEachKindOfQuestion(string key) => Assert.True(RepoDialogs.Texts.Contains(key), $"{key} is missing in dialogs/en-US");

    /// <summary>
    /// Walks every <c>new PromptOptions</c> in the coaching project's sources: one without a QuestionContext would answer
    /// "why do you ask?" with the generic sentence instead of one about its own question.
    /// </summary>
    [Fact]
    public void EveryPromptTheDialogsCreateNamesItsQuestionContext()
    {
        var dir = Path.Combine(RepoDialogs.RepoRoot(), "src", "CoachBot.Coaching");
        var found = 0;
        var missing = new List<string>();
        foreach (var file in Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories))
        {
            var source = File.ReadAllText(file);
            for (var at = source.IndexOf("new PromptOptions", StringComparison.Ordinal); at >= 0;
                 at = source.IndexOf("new PromptOptions", at + 1, StringComparison.Ordinal))
            {
                found++;
                var open = source.IndexOf('{', at);
                var depth = 0;
                var end = open;
                for (; end < source.Length; end++)
                {
                    if (source[end] == '{') depth++;
                    else if (source[end] == '}' && --depth == 0) break;
                }
                if (!source[open..end].Contains("QuestionContext =", StringComparison.Ordinal))
                    missing.Add($"{Path.GetFileName(file)} line {source[..at].Count(c => c == '\n') + 1}");
            }
        }
        Assert.True(found > 20, $"only {found} prompts found: has the code moved?");
        Assert.Empty(missing);
    }
}
