using CoachBot.BotFramework.Recognizers;

namespace CoachBot.BotFramework.Tests.Recognizers;

/// <summary>
/// The one-typo shortcut of <see cref="EditDistance.Between"/> gives what the full table gives: every pair of short
/// words over a small alphabet (so prefixes, swaps, repeats and length changes all occur) is compared with a plain
/// optimal-string-alignment table written here.
/// </summary>
public sealed class EditDistanceTests
{
    [Theory]
    [InlineData("june", "jnue", 1)]
    [InlineData("june", "june", 0)]
    [InlineData("septmber", "september", 1)]
    [InlineData("tomorow", "tomorrow", 1)]
    [InlineData("tommorow", "tomorrow", 2)]
    [InlineData("aab", "ab", 1)]
    [InlineData("ab", "ba", 1)]
    [InlineData("abc", "cab", 2)]
    [InlineData("lead", "read", 1)]
    [InlineData("lead", "deal", 2)]
    [InlineData("abcd", "abdce", 2)]
    public void OneTypoAllowedCountsUpToTwo(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(a, b, 1));
        Assert.Equal(expected, EditDistance.Between(b, a, 1));
    }

    [Fact]
    public void OneTypoShortcutAgreesWithTheFullTable()
    {
        var words = AllWords("abc", 4);
        foreach (var a in words)
            foreach (var b in words)
                Assert.True(Math.Min(Reference(a, b), 2) == EditDistance.Between(a, b, 1), $"'{a}' / '{b}'");
    }

    private static List<string> AllWords(string alphabet, int maxLength)
    {
        var all = new List<string> { "" };
        var last = new List<string> { "" };
        for (var length = 1; length <= maxLength; length++)
        {
            last = last.SelectMany(w => alphabet.Select(c => w + c)).ToList();
            all.AddRange(last);
        }
        return all;
    }

    private static int Reference(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }
}
