using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Tests.Recognizers;

public sealed class TextTokenizerTests
{
    [Theory]
    [InlineData("Learn C# and C++", "learn|c#|and|c++")]
    [InlineData("a+b, growth+salary", "a|b|growth|salary")]
    [InlineData("#2", "2")]
    [InlineData("by 2027-06-30, at 9:30", "by|2027-06-30|at|9:30")]
    [InlineData("I’m done 👍", "i'm|done|👍")]
    [InlineData("twenty-one", "twenty|one")]
    public void SplitsWordsNumbersAndSymbolsAsEveryReaderExpects(string text, string expected) =>
        Assert.Equal(expected, string.Join('|', TextTokenizer.Tokenize(text).Select(t => t.Text)));

    [Theory]
    [InlineData("promtoed", "promoted", 1)]
    [InlineData("carrer", "career", 1)]
    [InlineData("lead", "read", 1)]
    [InlineData("abc", "xyz", 3)]
    public void EditDistanceCountsASwapOfNeighboursAsOne(string a, string b, int distance) =>
        Assert.Equal(distance, EditDistance.Between(a, b, 5));

    [Fact]
    public void FourLetterWordsMayBeExactOnlyWhenACallerAsks()
    {
        Assert.Equal(1, EditDistance.AllowedFor(4));
        Assert.Equal(0, EditDistance.AllowedFor(4, exactUpTo: 4));
        Assert.Equal(2, EditDistance.AllowedFor(8, exactUpTo: 4));
    }
}
