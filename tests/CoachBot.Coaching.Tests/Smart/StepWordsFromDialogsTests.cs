using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Smart;
using CoachBot.TestSupport;

namespace CoachBot.Coaching.Tests.Smart;

/// <summary>
/// Issue 11: the words that name a goal's steps ("milestones:", "Step 1:") and the labels that say nothing to do are
/// read from dialogs/en-US/smartwords.yaml (stepWords, clauseLabelWords): a word added only there is read.
/// </summary>
public sealed class StepWordsFromDialogsTests
{
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    private static SmartAnalysis Read(string text, TextCatalog texts) =>
        SmartAnalyzer.Analyze(new SmartInput(text, new CoachBot.Coaching.Model.Profile(), Now, TimeZoneInfo.Utc, Vocabulary: GoalVocabulary.From(texts)));

    [Fact]
    public void AStepWordAddedOnlyInDialogsMarksWhatFollowsAsMilestones()
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace("stepWords: \"milestone*; steps; step\"", "stepWords: \"milestone*; steps; step; stage*\"", StringComparison.Ordinal));
        const string Goal = "become a team lead by december 2027. my stages: the leadership course by march, a mentor by may";
        const string Shipped = "become a team lead by december 2027. my milestones: the leadership course by march, a mentor by may";
        string[] expected = ["the leadership course 2027-03-31", "a mentor 2027-05-31"];
        static string[] Milestones(SmartAnalysis a) => [.. a.Milestones.Select(m => $"{m.Text} {m.Due:yyyy-MM-dd}")];
        Assert.Equal(expected, Milestones(Read(Shipped, RepoDialogs.Texts)));
        Assert.Empty(Milestones(Read(Goal, RepoDialogs.Texts)));
        Assert.Equal(expected, Milestones(Read(Goal, texts)));
    }

    [Fact]
    public void AJoinerAddedOnlyInDialogsStartsTheNextStep()
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace("clauseJoiners: \"and;", "clauseJoiners: \"subsequently; and;", StringComparison.Ordinal));
        const string Goal = "mentor two juniors by march subsequently become a team lead by december 2027";
        static string[] Milestones(SmartAnalysis a) => [.. a.Milestones.Select(m => $"{m.Text} {m.Due:yyyy-MM-dd}")];
        Assert.DoesNotContain("mentor two juniors 2027-03-31", Milestones(Read(Goal, RepoDialogs.Texts)));
        Assert.Contains("mentor two juniors 2027-03-31", Milestones(Read(Goal, texts)));
    }

    [Theory]
    [InlineData("stepWords: \"milestone*; steps; step\"", "stepWords: \" \"", "smartwords.stepWords")]
    [InlineData("clauseLabelWords: \"first;", "clauseLabelWordz: \"first;", "smartwords.clauseLabelWords")]
    [InlineData("clauseJoiners: \"and;", "clauseJoinerz: \"and;", "smartwords.clauseJoiners")]
    [InlineData("clauseReasonStarts: \"because;", "clauseReasonStartz: \"because;", "smartwords.clauseReasonStarts")]
    public void ABrokenListFailsNamingItsKey(string replace, string with, string key)
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace(replace, with, StringComparison.Ordinal));
        Assert.Contains(key, Assert.Throws<InvalidDataException>(() => SmartVocabulary.From(texts)).Message, StringComparison.Ordinal);
    }
}
