using CoachBot.BotFramework.Text;
using CoachBot.BotFramework.Understanding;

namespace CoachBot.BotFramework.Tests.Understanding;

/// <summary>What says nothing to the coach, and what is written in another language, from the repository's dialogs.</summary>
public sealed class NoiseAndLanguageTests
{
    private static readonly TextCatalog Texts = TextCatalog.Load(CoachBot.TestSupport.RepoPaths.Dialogs);

    [Theory]
    [InlineData("asdfgh")]
    [InlineData("jjjjjjj")]
    [InlineData("lol")]
    [InlineData("🙃")]
    [InlineData("...")]
    [InlineData("<br><br>")]
    [InlineData("[image]")]
    [InlineData("Sent from my iPhone")]
    [InlineData("ok so")]
    public void NoiseIsNoise(string text) => Assert.True(NoiseDetector.From(Texts).IsNoise(text));

    [Theory]
    [InlineData("my plan")]
    [InlineData("asdf is the tool we use")]
    [InlineData("sent from my manager: the new targets")]
    [InlineData("7")]
    [InlineData("type")]
    public void WordsThatSaySomethingAreNotNoise(string text) => Assert.False(NoiseDetector.From(Texts).IsNoise(text));

    [Theory]
    [InlineData("was bedeutet measurable?", "de")]
    [InlineData("qué significa measurable?", "es")]
    [InlineData("que veut dire measurable ?", "fr")]
    public void AQuestionAboutAWordInAnotherLanguageIsThatLanguage(string text, string language) =>
        Assert.Equal(language, LanguageDetector.From(Texts).OtherLanguageOf(text));

    [Theory]
    [InlineData("it was good and that was it")]
    [InlineData("stop the check-ins bitte")]
    [InlineData("what was the question?")]
    public void EnglishWithAForeignWordStaysEnglish(string text) => Assert.Null(LanguageDetector.From(Texts).OtherLanguageOf(text));
}
