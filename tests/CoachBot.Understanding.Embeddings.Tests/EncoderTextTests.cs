using System.Globalization;

namespace CoachBot.Understanding.Embeddings.Tests;

public class EncoderTextTests
{
    [Theory]
    [InlineData("  Way   BEHIND\tsorry\r\n", "way behind sorry")]
    [InlineData("Café résumé naïve", "cafe resume naive")]
    [InlineData("   ", "")]
    [InlineData("I'M STUCK", "i'm stuck")]
    public void TextIsMadePlainBeforeEncoding(string text, string expected) =>
        Assert.Equal(expected, EncoderText.Prepare(text));

    [Fact]
    public void LowerCasingDoesNotDependOnTheCurrentCulture()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            // Turkish lower-cases "I" to a dotless ı, which the model's vocabulary does not know.
            Assert.Equal("i need ideas", EncoderText.Prepare("I NEED IDEAS"));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void LongTextIsCutAtAWordBoundary()
    {
        var text = string.Join(' ', Enumerable.Repeat("behind", 200));
        var prepared = EncoderText.Prepare(text);
        Assert.InRange(prepared.Length, EncoderText.MaxChars - 7, EncoderText.MaxChars);
        Assert.All(prepared.Split(' '), word => Assert.Equal("behind", word));
    }

    [Fact]
    public void OneEndlessWordIsCutToo() =>
        Assert.InRange(EncoderText.Prepare(new string('x', 5000)).Length, EncoderText.MaxChars, EncoderText.MaxChars + 40);
}
