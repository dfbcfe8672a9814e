using CoachBot.BotFramework.Text;
using CoachBot.Coaching.Model;
using CoachBot.Coaching.Smart;
using CoachBot.TestSupport;

namespace CoachBot.Coaching.Tests.Smart;

/// <summary>
/// Issue 11: the words around a goal's date that decide what the date is (a month "before" ends the month before; a
/// date "after", "from" or "starting" is a start, not a deadline) are read from dialogs/en-US/smartwords.yaml: a word
/// added only there changes the reading.
/// </summary>
public sealed class DateWordsFromDialogsTests
{
    /// <summary>Fixed now: Monday 4 January 2027, UTC.</summary>
    private static readonly DateTimeOffset Now = new(2027, 1, 4, 9, 0, 0, TimeSpan.Zero);

    private static DateOnly? DeadlineOf(string goal, TextCatalog texts) =>
        SmartAnalyzer.Analyze(new SmartInput(goal, new Profile(), Now, TimeZoneInfo.Utc, Vocabulary: GoalVocabulary.From(texts))).Deadline;

    [Fact]
    public void ABeforeWordAddedOnlyInDialogsEndsTheMonthBefore()
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace("beforeMonthLeads: \"before\"", "beforeMonthLeads: \"before; ahead of\"", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2027, 5, 31), DeadlineOf("land a job as a data analyst before june", RepoDialogs.Texts));
        Assert.Equal(new DateOnly(2027, 6, 30), DeadlineOf("land a job as a data analyst ahead of june", RepoDialogs.Texts));
        Assert.Equal(new DateOnly(2027, 5, 31), DeadlineOf("land a job as a data analyst ahead of june", texts));
    }

    [Fact]
    public void AStartWordAddedOnlyInDialogsMakesTheDateAStart()
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace("startLeads: \"after;", "startLeads: \"following; after;", StringComparison.Ordinal));
        Assert.Null(DeadlineOf("go back to work after 3 years at home", RepoDialogs.Texts));
        Assert.Equal(new DateOnly(2027, 6, 30), DeadlineOf("land a job as a data analyst from february to june", RepoDialogs.Texts));
        Assert.NotNull(DeadlineOf("go back to work following 3 years at home", RepoDialogs.Texts));
        Assert.Null(DeadlineOf("go back to work following 3 years at home", texts));
    }

    [Theory]
    [InlineData("ageLeads: \"i'm; im; i am\"", "ageLeads: \" \"", "smartwords.ageLeads")]
    [InlineData("storySubjects: \"i\"", "storySubjectz: \"i\"", "smartwords.storySubjects")]
    [InlineData("beforeMonthLeads: \"before\"", "beforeMonthLeads: \"\"", "smartwords.beforeMonthLeads")]
    [InlineData("startLeads: \"after; from; starting\"", "startLeads: \";\"", "smartwords.startLeads")]
    [InlineData("spanEnds: \"to\"", "spanEndz: \"to\"", "smartwords.spanEnds")]
    [InlineData("indefiniteArticles: \"a; an\"", "indefiniteArticles: \"\"", "smartwords.indefiniteArticles")]
    [InlineData("relativeTails: \"from now; ago\"", "relativeTailz: \"from now; ago\"", "smartwords.relativeTails")]
    [InlineData("dateAlternativeJoiners: \"or; to; -\"", "dateAlternativeJoiners: \" \"", "smartwords.dateAlternativeJoiners")]
    public void ABrokenListFailsNamingItsKey(string replace, string with, string key)
    {
        var texts = EditedDialogs.Load("smartwords.yaml", yaml => yaml.Replace(replace, with, StringComparison.Ordinal));
        Assert.Contains(key, Assert.Throws<InvalidDataException>(() => SmartVocabulary.From(texts)).Message, StringComparison.Ordinal);
    }
}
