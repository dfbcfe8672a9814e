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
        Assert.Contains("plans.industryChange.5", keys);
        Assert.Contains("plans.target.Generic", keys);
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
        var yaml = File.ReadAllLines(Path.Combine(RepoDialogs.RepoRoot(), "dialogs", "en-US", "plans.yaml"));
        var stepCounts = Enum.GetValues<GoalType>().ToDictionary(t => PlanTemplates.KeyPrefix(t)["plans.".Length..], t => PlanTemplates.For(t).Count);
        string? section = null;
        var counted = new Dictionary<string, int>();
        foreach (var line in yaml)
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!line.StartsWith(' ')) { section = line.Split(':')[0]; continue; }
            if (section is not null && stepCounts.ContainsKey(section)) counted[section] = counted.GetValueOrDefault(section) + 1;
        }
        Assert.Equal(stepCounts.OrderBy(kv => kv.Key), counted.OrderBy(kv => kv.Key));
        Assert.All(used, k => Assert.True(RepoDialogs.Texts.Contains(k), k));
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
