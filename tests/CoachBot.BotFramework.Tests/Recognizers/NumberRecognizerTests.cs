using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Tests.Recognizers;

public class NumberRecognizerTests
{
    public static TheoryData<string, decimal> Numbers => new()
    {
        { "7", 7m },
        { "  42  ", 42m },
        { "1,500", 1500m },
        { "1,000,000", 1_000_000m },
        { "7.5", 7.5m },
        { "-3", -3m },
        { "minus 4", -4m },
        { "zero", 0m },
        { "seven", 7m },
        { "Seven!", 7m },
        { "ELEVEN", 11m },
        { "fifteen", 15m },
        { "twenty-one", 21m },
        { "twenty one", 21m },
        { "ninety-nine", 99m },
        { "one hundred and five", 105m },
        { "three thousand two hundred", 3200m },
        { "a hundred", 100m },
        { "a dozen", 12m },
        { "two dozen", 24m },
        { "a million", 1_000_000m },
        { "two and a half", 2.5m },
        { "5 thousand", 5000m },
        { "5k", 5000m },
        { "third", 3m },
        { "3rd", 3m },
        { "twenty-first", 21m },
        { "about 6", 6m },
        { "maybe 7 hours", 7m },
        { "6/10", 6m },
        { "I'd say 8/10", 8m },
        { "6 out of 10", 6m },
        { "7-8 hours", 7m },
        { "none", 0m },
    };

    [Theory]
    [MemberData(nameof(Numbers))]
    public void ReadsTheFirstNumber(string text, decimal expected)
    {
        Assert.True(NumberRecognizer.TryRecognize(text, "en-US", out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("banana")]
    [InlineData("a few")]
    [InlineData("9:30")]
    [InlineData("6/30/2027")]
    [InlineData("some of them")]
    public void TextWithoutANumberIsNotOne(string? text)
    {
        Assert.False(NumberRecognizer.TryRecognize(text, "en-US", out var value));
        Assert.Equal(0m, value);
    }

    [Fact]
    public void RecognizeAllFindsEveryNumberOfAList()
    {
        var numbers = NumberRecognizer.RecognizeAll("1, 3 and 4", "en-US");

        Assert.Equal([1m, 3m, 4m], numbers.Select(n => n.Value));
    }

    [Fact]
    public void RecognizeAllKeepsWordNumbersWholeAndSaysWhereTheyStand()
    {
        var text = "twenty one people and a dozen more, the third time";
        var numbers = NumberRecognizer.RecognizeAll(text, "en-US");

        Assert.Equal([21m, 12m, 3m], numbers.Select(n => n.Value));
        Assert.Equal(["twenty one", "a dozen", "third"], numbers.Select(n => text.Substring(n.Start, n.Length)));
        Assert.Equal([false, false, true], numbers.Select(n => n.IsOrdinal));
    }

    [Fact]
    public void HundredAndFiveIsOneNumberButThreeAndFourAreTwo()
    {
        Assert.Equal([105m], NumberRecognizer.RecognizeAll("one hundred and five", null).Select(n => n.Value));
        Assert.Equal([3m, 4m], NumberRecognizer.RecognizeAll("three and four", null).Select(n => n.Value));
    }
}
