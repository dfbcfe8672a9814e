using CoachBot.BotFramework.Understanding;

namespace CoachBot.Understanding.Embeddings.Tests;

public class CandidateSetsTests
{
    /// <summary>The choice sets and intents of TEAM.md ("Contracts shared between helpers"), keys exactly as agreed.</summary>
    private static readonly Dictionary<string, string[]> Agreed = new()
    {
        ["menu.main"] = ["selfAssessment", "newGoal", "myPlan", "schedule", "help"],
        ["reflection.progress"] = ["done", "onTrack", "behind", "blocked"],
        ["reflection.fix"] = ["alternative", "help", "smaller", "move", "keep"],
        ["goal.proposal"] = ["accept", "edit", "useSuggestion"],
        ["goal.plan"] = ["accept", "edit"],
        ["assessment.values"] = ["workLifeBalance", "advancement", "purpose", "salary", "flexibility", "culture", "learning", "autonomy",
            "stability", "recognition", "creativity", "helpingOthers"],
        ["assessment.transferable"] = ["communication", "leadership", "problemSolving", "teamwork", "projectManagement", "negotiation",
            "analysis", "teaching", "creativity", "adaptability"],
        ["checkin.invite"] = ["startNow", "snoozeHour", "snoozeTomorrow", "skipThisTime"],
        ["core.confirm"] = ["yes", "no"],
        ["intents"] = ["help", "selfAssessment", "editProfilePart", "newGoal", "myPlan", "editPlan", "schedule", "stopCheckIns", "export",
            "delete", "cancel", "startOver", "aiOn", "aiOff", "stepDone", "pauseGoal", "resumeGoal", "completeGoal", "dropGoal", "checkInStart",
            "checkInSnooze", "checkInSkip", "pauseCheckIns", "resumeCheckIns", "greeting", "thanks", "goodbye", "question", "notUnderstood",
            "otherLanguage", "nextStep", "progress", "dueSoon", "aboutCoach.privacyManager", "aboutCoach.whatStored", "aboutCoach.whoCanRead",
            "aboutCoach.realCoach", "aboutCoach.whoAreYou", "aboutCoach.areYouBot"],
    };

    [Fact]
    public void TheDraftExamplesCoverEveryAgreedSetAndKeyInOrder()
    {
        var sets = SharedModel.Examples.ToDictionary(s => s.Id, s => s.Candidates.Select(c => c.Key).ToArray());
        Assert.Equal(Agreed.Keys.Order(), sets.Keys.Order());
        foreach (var (id, keys) in Agreed) Assert.Equal(keys, sets[id]);
    }

    [Fact]
    public void EveryDraftKeyHasSeveralExamplesAndTheSetsAreValid()
    {
        Assert.Empty(CandidateSets.Check(SharedModel.Examples));
        Assert.All(SharedModel.Examples.SelectMany(s => s.Candidates.Select(c => (s.Id, c))),
            pair => Assert.True(pair.c.Phrases.Count >= 4, $"{pair.Id}.{pair.c.Key} has {pair.c.Phrases.Count} examples"));
    }

    [Fact]
    public void EveryProblemIsNamed()
    {
        CandidateSet[] sets =
        [
            new("reflection.progress", [new("done", ["finished it"]), new("done", ["all sorted"]), new("behind", ["Finished  it", ""])]),
            new("reflection.progress", [new("blocked", ["stuck"])]),
            new("", []),
            new("core.confirm", [new(" ", ["yes"])]),
        ];
        var problems = CandidateSets.Check(sets).ToList();
        Assert.Contains(problems, p => p.Contains("reflection.progress.done: the key is given twice"));
        Assert.Contains(problems, p => p.Contains("\"Finished  it\" is an example of both done and behind"));
        Assert.Contains(problems, p => p.Contains("reflection.progress.behind: an example phrase is empty"));
        Assert.Contains(problems, p => p.Contains("reflection.progress: the set is given twice"));
        Assert.Contains(problems, p => p.Contains("A candidate set has no id"));
        Assert.Contains(problems, p => p.Contains("core.confirm: a candidate has no key"));
        Assert.Equal(6, problems.Count);
    }

    [Fact]
    public void CollectJoinsSourcesAndRejectsBadData()
    {
        var joined = CandidateSets.Collect([
            new CandidateSetList([new("a.one", [new("x", ["first"])])]),
            new CandidateSetList([new("a.two", [new("y", ["second"])])]),
        ]);
        Assert.Equal(["a.one", "a.two"], joined.Select(s => s.Id));

        var ex = Assert.Throws<InvalidDataException>(() => CandidateSets.Collect([
            new CandidateSetList([new("a.one", [new("x", ["first"])])]),
            new CandidateSetList([new("a.one", [new("y", ["second"])])]),
        ]));
        Assert.Contains("a.one: the set is given twice", ex.Message);
    }

    [Fact]
    public void AnExamplesFileTakesTitleSynonymsAndExamples()
    {
        var path = Path.Combine(Path.GetTempPath(), $"examples-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, """
            choices:
              reflection.progress:
                done:
                  title: "Done"
                  synonyms: ["finished"]
                  examples: ["sent it off on Friday"]
                behind: { examples: ["slipping"] }
            """);
        try
        {
            var set = Assert.Single(ExamplesFile.Read(path));
            Assert.Equal("reflection.progress", set.Id);
            Assert.Equal(["Done", "finished", "sent it off on Friday"], set.Candidates[0].Phrases);
            Assert.Equal(["slipping"], set.Candidates[1].Phrases);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("menu: {}", "'choices:'")]
    [InlineData("choices:\n  menu.main: [a, b]", "menu.main must be a map of keys")]
    [InlineData("choices:\n  menu.main:\n    help: \"Help\"", "menu.main.help must be a map")]
    [InlineData("choices:\n  menu.main:\n    help: { examples: \"what now\" }", "menu.main.help.examples must be a list")]
    [InlineData("choices:\n  menu.main:\n    help: { examples: [\"ok\"", "examples-bad")]
    public void ABadExamplesFileIsRefusedWithItsPlace(string yaml, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"examples-bad-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, yaml);
        try
        {
            var ex = Assert.Throws<InvalidDataException>(() => ExamplesFile.Read(path));
            Assert.Contains(expected, ex.Message);
            Assert.Contains(path, ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
