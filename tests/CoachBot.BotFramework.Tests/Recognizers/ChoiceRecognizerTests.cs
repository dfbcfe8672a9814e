using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Tests.Recognizers;

public class ChoiceRecognizerTests
{
    private static readonly Choice[] Goals =
    [
        new("promotion", "Get promoted"),
        new("careerChange", "Change careers"),
        new("business", "Start a business", ["own company", "founder"]),
        new("learnSkill", "Learn a new skill"),
    ];

    private static readonly Choice[] Priorities =
    [
        new("growth", "Growth"),
        new("salary", "Salary and benefits"),
        new("balance", "Work-life balance"),
        new("culture", "Team culture"),
    ];

    public static TheoryData<string, int> PickedGoals => new()
    {
        // by position
        { "2", 1 },
        { "#2", 1 },
        { "number 2", 1 },
        { "option two", 1 },
        { "the second", 1 },
        { "the second one", 1 },
        { "2nd", 1 },
        { "4.", 3 },
        { "the last one", 3 },
        // by title
        { "change careers", 1 },
        { "CHANGE CAREERS!", 1 },
        { "Get promoted.", 0 },
        { "promoted", 0 },
        { "I want to change careers", 1 },
        { "career change", 1 },
        { "learn", 3 },
        // by synonym
        { "start my own company", 2 },
        { "founder", 2 },
        // with typos
        { "promtoed", 0 },
        { "chnage careers", 1 },
        { "lern a new skil", 3 },
        { "Start a busines", 2 },
    };

    [Theory]
    [MemberData(nameof(PickedGoals))]
    public void PicksTheChoiceTheUserMeant(string text, int index)
    {
        var found = ChoiceRecognizer.Recognize(text, Goals, "en-US");

        Assert.NotNull(found);
        Assert.Equal(Goals[index].Key, found.Key);
        Assert.Equal(Goals[index].Title, found.Title);
    }

    [Fact]
    public void ExactTitleScoresHigherThanAPartOfIt()
    {
        var exact = ChoiceRecognizer.Recognize("get promoted", Goals, null)!;
        var partial = ChoiceRecognizer.Recognize("promoted", Goals, null)!;
        var typo = ChoiceRecognizer.Recognize("promtoed", Goals, null)!;

        Assert.Equal(1.0, exact.Score);
        Assert.True(partial.Score < exact.Score);
        Assert.True(typo.Score < partial.Score);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("banana")]
    [InlineData("5")]
    [InlineData("0")]
    [InlineData("the sixth")]
    [InlineData("2 and 3")]
    public void AnswerThatPicksNothingIsNull(string? text) => Assert.Null(ChoiceRecognizer.Recognize(text, Goals, "en-US"));

    [Theory]
    [InlineData("remote")]
    [InlineData("witing")]
    public void AmbiguousAnswerPicksNothing(string text)
    {
        Choice[] choices = [new("remoteWork", "Remote work"), new("remoteRole", "Remote role"), new("writing", "Writing"), new("waiting", "Waiting")];

        Assert.Null(ChoiceRecognizer.Recognize(text, choices, "en-US"));
    }

    [Fact]
    public void ShortWordsAreNotStretchedIntoTypos()
    {
        Choice[] choices = [new("bat", "Bat"), new("car", "Car")];

        Assert.Null(ChoiceRecognizer.Recognize("cat", choices, "en-US"));
    }

    [Fact]
    public void TitleThatLooksLikeANumberIsFoundByItsText()
    {
        Choice[] choices = [new("few", "1-2 hours"), new("some", "3-5 hours"), new("many", "More than 5 hours")];

        Assert.Equal("some", ChoiceRecognizer.Recognize("3-5 hours", choices, "en-US")?.Key);
        Assert.Equal("many", ChoiceRecognizer.Recognize("more than 5", choices, "en-US")?.Key);
    }

    public static TheoryData<string, int[]> MultiSelections => new()
    {
        { "1, 3 and 4", [0, 2, 3] },
        { "1 3 4", [0, 2, 3] },
        { "2,4", [1, 3] },
        { "growth and salary", [0, 1] },
        { "Salary and benefits, team culture", [1, 3] },
        { "- growth\n- team culture", [0, 3] },
        { "* Growth\n* Work-life balance", [0, 2] },
        { "• salary and benefits\n• growth", [1, 0] },
        { "culture & growth", [3, 0] },
        { "work life balance and 1", [2, 0] },
        { "the first and the last", [0, 3] },
        { "growth, growth, 1", [0] },
        { "all of them", [0, 1, 2, 3] },
        { "growht; team cultre", [0, 3] },
        { "banana", [] },
        { "", [] },
    };

    [Theory]
    [MemberData(nameof(MultiSelections))]
    public void MultiSelectFindsEveryChoiceInOrderWithoutRepeats(string text, int[] indexes)
    {
        var found = ChoiceRecognizer.RecognizeMany(text, Priorities, "en-US");

        Assert.Equal(indexes.Select(i => Priorities[i].Key), found.Select(f => f.Key));
        Assert.All(found, f => Assert.Equal(Priorities.Single(p => p.Key == f.Key).Title, f.Title));
    }
}

public class ExactChoiceTests
{
    private static readonly Choice[] Menu = [new("myPlan", "My plan", ["plan"]), new("help", "Help")];

    [Theory]
    [InlineData("My plan", "myPlan")]
    [InlineData("my plan!", "myPlan")]
    [InlineData("plan", "myPlan")]
    [InlineData("HELP", "help")]
    public void AButtonPressIsItsWholeTitleOrSynonym(string text, string key) =>
        Assert.Equal(key, ChoiceRecognizer.RecognizeExact(text, Menu)?.Key);

    [Theory]
    [InlineData("1")]
    [InlineData("the first one")]
    [InlineData("show me my plan")]
    [InlineData("")]
    public void PositionsAndSentencesAreNoButtonPress(string text) => Assert.Null(ChoiceRecognizer.RecognizeExact(text, Menu));
}
