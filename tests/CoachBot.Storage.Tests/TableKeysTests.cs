using CoachBot.Storage.Tables;

namespace CoachBot.Storage.Tests;

public class TableKeysTests
{
    [Theory]
    [InlineData("msteams:29:1a-b_c.d", "msteams:29:1a-b_c.d")]
    [InlineData("emoji 😀 漢字", "emoji 😀 漢字")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("a%2Fb", "a%252Fb")]
    [InlineData("\\#?", "%5C%23%3F")]
    [InlineData("tab\tnul\0", "tab%09nul%00")]
    [InlineData("\u007F\u0085\u009F\u00A0", "%7F%85%9F\u00A0")]
    public void EscapesForbiddenCharactersReversibly(string key, string expected)
    {
        var escaped = TableKeys.Escape(key);
        Assert.Equal(expected, escaped);
        Assert.Equal(key, TableKeys.Unescape(escaped));
    }

    [Fact]
    public void NoForbiddenCharacterSurvives()
    {
        foreach (var c in Enumerable.Range(0, 0xA0).Select(i => (char)i))
        {
            var key = "k" + c + "k";
            var escaped = TableKeys.Escape(key);
            Assert.DoesNotContain(escaped, e => e is '/' or '\\' or '#' or '?' || char.IsControl(e));
            Assert.Equal(key, TableKeys.Unescape(escaped));
        }
    }

    [Fact]
    public void LoneSurrogatesAreEscapedBecauseTheyCannotTravelAsUtf8()
    {
        // Not [InlineData]: the test runner's own serialization would replace them before the test saw them.
        Assert.Equal("lone %uD83D", TableKeys.Escape("lone \uD83D"));
        Assert.Equal("%uDC00x", TableKeys.Escape("\uDC00x"));
        Assert.Equal("pair 😀", TableKeys.Escape("pair 😀"));
        Assert.Equal("lone \uD83D", TableKeys.Unescape("lone %uD83D"));
    }

    [Fact]
    public void LongKeysBecomeAHashThatNoEscapedKeyCanEqual()
    {
        var a = TableKeys.Escape(new string('a', 1000));
        var b = TableKeys.Escape(new string('a', 999) + "b");
        Assert.Matches("^%h[0-9a-f]{64}$", a);
        Assert.NotEqual(a, b);
        Assert.Null(TableKeys.Unescape(a));
        // The longest key that stays readable, and one '/' more that tips it over (escaping triples it).
        Assert.Equal(new string('a', TableKeys.MaxKeyChars), TableKeys.Escape(new string('a', TableKeys.MaxKeyChars)));
        Assert.StartsWith("%h", TableKeys.Escape(new string('a', TableKeys.MaxKeyChars - 2) + "/"));
        // A user whose key looks like a hash is escaped, not confused with one.
        Assert.Equal("%25h" + new string('0', 64), TableKeys.Escape("%h" + new string('0', 64)));
    }

    [Fact]
    public void KeysThatDifferOnlyInALoneSurrogateHashApart()
    {
        var a = TableKeys.Escape(new string('x', 300) + "\uD800");
        var b = TableKeys.Escape(new string('x', 300) + "\uD801");
        Assert.NotEqual(a, b);
    }
}
