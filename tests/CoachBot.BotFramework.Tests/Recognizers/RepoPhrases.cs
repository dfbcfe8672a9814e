using CoachBot.BotFramework.Recognizers;
using CoachBot.BotFramework.Tests.Dialogs;

namespace CoachBot.BotFramework.Tests.Recognizers;

/// <summary>The shipped dialogs/en-US/recognizers.yaml, read once for all recognizer tests.</summary>
internal static class RepoPhrases
{
    private static readonly Lazy<RecognizerPhrases> Phrases = new(() => RecognizerPhrases.From(DialogTestTexts.Load(), "en-US"));

    public static RecognizerPhrases EnUs => Phrases.Value;
}
